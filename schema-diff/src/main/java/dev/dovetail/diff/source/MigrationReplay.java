package dev.dovetail.diff.source;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.dir.MigrationScript;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Replays existing up migrations, in version order, on a scratch database: the current state when no live
 * database is configured. Each file runs as one implicit transaction, as Flyway runs it, unless it
 * cannot run in one.
 */
public final class MigrationReplay {

  private MigrationReplay() {}

  /** Applies the scripts on a connection opened with {@link SqlScript#driverOptions()}. */
  public static void apply(Connection connection, List<MigrationScript> scripts) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new MigrationException(ErrorCode.SCRATCH_FAILED, "preparing scratch connection: " + e.getMessage(), e);
    }
    for (MigrationScript script : scripts) {
      run(connection, SqlScript.read(script.path(), script.path().toString(), ErrorCode.MIGRATION_REPLAY_FAILED), script.transactional(), ErrorCode.MIGRATION_REPLAY_FAILED);
      restoreSession(connection, script);
    }
  }

  /**
   * Gives the session back the role and {@code search_path} it had before the file, as Flyway does after each
   * migration: a {@code SET ROLE} or {@code SET search_path} in one migration does not carry into the next, whose
   * failures would otherwise be reported against the wrong file.
   */
  private static void restoreSession(Connection connection, MigrationScript after) {
    try (java.sql.Statement statement = connection.createStatement()) {
      statement.execute("RESET ROLE; RESET search_path");
    } catch (SQLException e) {
      throw new MigrationException(
          ErrorCode.SCRATCH_FAILED, "resetting the scratch session after " + after.path() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs one migration file as Flyway would: in one transaction, or statement by statement when its
   * {@code .conf} says {@code executeInTransaction=false} or when it holds a statement PostgreSQL refuses in a
   * transaction (Flyway detects those too).
   *
   * @param transactional what the file's {@code .conf} says ({@code true} without one)
   */
  public static void run(Connection connection, SqlScript script, boolean transactional, ErrorCode failure) {
    if (transactional && !script.containsNonTransactionalStatement()) {
      script.execute(connection, failure);
    } else {
      script.executeEachStatement(connection, failure);
    }
  }
}
