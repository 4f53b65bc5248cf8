package dev.dovetail.core.plan;

import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One rendered SQL statement of a migration.
 *
 * @param sql the statement text, without a trailing semicolon
 * @param lock the locks it takes on existing relations ({@code ACCESS EXCLUSIVE on public.orders}), or {@link Lock#NONE}
 * @param hazards what can go wrong
 */
public record Statement(String sql, Lock lock, List<Hazard> hazards) {

  /** Statements that wait for every transaction older than themselves before they finish. */
  private static final Pattern WAITS_FOR_OLDER_TRANSACTIONS =
      Pattern.compile("(?is)^\\s*(CREATE\\s+(UNIQUE\\s+)?INDEX\\s+CONCURRENTLY|REINDEX\\s.*\\bCONCURRENTLY)\\b.*");

  public Statement {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(lock, "lock");
    hazards = List.copyOf(hazards);
  }

  /**
   * @return the distinct hazards of the statements, in order of appearance: a hazard two statements share is listed
   *     once (two hazards of one type with different messages are two hazards; a run counts the type once per
   *     migration, {@link MigrationPlan#hazardCounts()})
   */
  public static List<Hazard> hazards(List<Statement> statements) {
    Set<Hazard> hazards = new LinkedHashSet<>();
    statements.forEach(s -> hazards.addAll(s.hazards()));
    return List.copyOf(hazards);
  }

  /**
   * @return the distinct locks the statements take, in order of appearance, without {@link Lock#NONE}; a part of a
   *     lock that an earlier statement took already is left out
   */
  public static List<Lock> locks(List<Statement> statements) {
    Set<Lock.Part> seen = new LinkedHashSet<>();
    List<Lock> locks = new java.util.ArrayList<>();
    for (Statement statement : statements) {
      // a part said by an earlier statement is said once (the same lock on the same table, taken again)
      List<Lock.Part> fresh = statement.lock().parts().stream().filter(seen::add).toList();
      if (!fresh.isEmpty()) {
        locks.add(new Lock(fresh));
      }
    }
    return List.copyOf(locks);
  }

  /** @return this statement with {@code more} hazards after its own */
  public Statement with(Hazard... more) {
    List<Hazard> all = new ArrayList<>(hazards);
    all.addAll(List.of(more));
    return new Statement(sql, lock, all);
  }

  /** @return this statement without hazards (the same text and lock in a down, where they were said once already) */
  public Statement withoutHazards() {
    return new Statement(sql, lock, List.of());
  }

  /**
   * @return whether the statement waits for every transaction that started before it, however idle
   *     ({@code CREATE INDEX CONCURRENTLY}, {@code REINDEX … CONCURRENTLY}), so that a runner holding a transaction
   *     open on another connection while it runs makes it wait for ever
   */
  public boolean waitsForOlderTransactions() {
    return waitsForOlderTransactions(sql);
  }

  /** @return whether {@code sql} is a statement that {@link #waitsForOlderTransactions() waits for older transactions} */
  public static boolean waitsForOlderTransactions(String sql) {
    return WAITS_FOR_OLDER_TRANSACTIONS.matcher(sql).matches();
  }

  public static Statement of(String sql, Lock lock, Hazard... hazards) {
    return new Statement(sql, lock, List.of(hazards));
  }
}
