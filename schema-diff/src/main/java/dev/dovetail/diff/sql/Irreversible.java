package dev.dovetail.diff.sql;

import dev.dovetail.core.plan.HazardType;
import dev.dovetail.core.plan.Lock;
import dev.dovetail.core.plan.Statement;
import java.sql.SQLException;

/**
 * The down of a change PostgreSQL cannot run back (an extension updated to a version it has no path back from): a
 * statement that fails on purpose, with the reason and the way back by hand, instead of a down that looks runnable
 * and fails halfway or, worse, a missing one. The proof and {@code migrations:verify} accept exactly this failure:
 * {@link #raisedBy} recognises it by its SQLSTATE and the start of its message.
 */
public final class Irreversible {

  /** The start of the message, so that the failure names itself in any runner's log. */
  static final String MARK = "irreversible: ";

  /** {@code raise_exception}, what {@code RAISE EXCEPTION} reports without an ERRCODE. */
  private static final String RAISE_EXCEPTION = "P0001";

  private Irreversible() {}

  /** @return a statement that fails with {@code reason}; it takes no lock and changes nothing */
  public static Statement down(String reason) {
    return Statement.of("DO " + Sql.dollarQuoted(" BEGIN RAISE EXCEPTION '%', " + Sql.literal(MARK + reason) + "; END "), Lock.NONE);
  }

  /** @return whether an up file's text carries the {@code IRREVERSIBLE} hazard in its header, as Dovetail writes it */
  public static boolean flagged(String upFile) {
    return upFile.lines().takeWhile(l -> l.startsWith("--") || l.isBlank()).anyMatch(l -> l.startsWith("--   " + HazardType.IRREVERSIBLE + ": "));
  }

  /** @return whether {@code failure}, or what caused it, is the failure a {@link #down} statement raises */
  public static boolean raisedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && RAISE_EXCEPTION.equals(sql.getSQLState())
          && sql.getMessage() != null && sql.getMessage().contains("ERROR: " + MARK)) {
        return true;
      }
    }
    return false;
  }
}
