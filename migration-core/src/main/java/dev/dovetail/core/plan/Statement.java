package dev.dovetail.core.plan;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One rendered SQL statement of a migration.
 *
 * @param sql the statement text, without a trailing semicolon
 * @param lock the strongest lock it takes, in PostgreSQL's words (for example {@code ACCESS EXCLUSIVE on public.orders}), or empty
 * @param hazards what can go wrong
 */
public record Statement(String sql, String lock, List<Hazard> hazards) {

  public Statement {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(lock, "lock");
    hazards = List.copyOf(hazards);
  }

  /**
   * @return the hazards of the statements, one per type in order of first appearance: two statements of one file with
   *     hazards of the same type make one hazard whose message joins their distinct messages, so a file, its review
   *     section and the counts of a run name each type once per migration
   */
  public static List<Hazard> hazards(List<Statement> statements) {
    Map<HazardType, Set<String>> messages = new LinkedHashMap<>();
    statements.forEach(s -> s.hazards().forEach(h -> messages.computeIfAbsent(h.type(), t -> new LinkedHashSet<>()).add(h.message())));
    return messages.entrySet().stream().map(e -> new Hazard(e.getKey(), String.join("; ", e.getValue()))).toList();
  }

  /** @return the distinct locks the statements take, in order of appearance */
  public static List<String> locks(List<Statement> statements) {
    Set<String> locks = new LinkedHashSet<>();
    statements.stream().map(Statement::lock).filter(l -> !l.isEmpty()).forEach(locks::add);
    return List.copyOf(locks);
  }

  public static Statement of(String sql, String lock, Hazard... hazards) {
    return new Statement(sql, lock, List.of(hazards));
  }
}
