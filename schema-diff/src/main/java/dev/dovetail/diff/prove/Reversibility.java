package dev.dovetail.diff.prove;

import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.diff.compare.SchemaDiffer;
import dev.dovetail.diff.introspect.CatalogReader;
import dev.dovetail.diff.plan.Planner;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What "a down undoes its up" means, for {@code migrations:diff}'s proof and {@code migrations:verify}'s
 * reversibility check alike: run right after its up, the down gives back exactly the schema before the up, as the
 * catalog reads it. Every property of the model counts, the validity of a constraint included: a down of
 * {@code VALIDATE CONSTRAINT} must make the constraint {@code NOT VALID} again (by dropping it and adding it back
 * {@code NOT VALID}), and a down whose up dropped a helper constraint must add it back. Each migration is judged on its
 * own, because Flyway undoes one migration at a time: a plan whose downs restore the start only when all of them run in
 * reverse does not pass.
 *
 * <p>Callers replay migrations in order on one scratch database; for each, they read the state before the up (the
 * state after the previous up), run the up, read the state after it, run the down and ask {@link #notUndone}, then run
 * the up again and go on.
 */
public final class Reversibility {

  private final CatalogReader reader;
  private final SchemaDiffer differ = new SchemaDiffer();

  /** @param includePrivileges whether privileges are part of the states compared */
  public Reversibility(boolean includePrivileges) {
    this.reader = new CatalogReader(includePrivileges);
  }

  /** @return the state of the database on {@code connection}, as the rule compares it */
  public DatabaseSchema read(Connection connection) {
    return reader.read(connection);
  }

  /**
   * Judges a down that has just run right after its up.
   *
   * @param before the state before the up, from {@link #read}
   * @return empty when the database is back to {@code before}; otherwise what still differs, one change per line
   */
  public Optional<String> notUndone(Connection connection, DatabaseSchema before) {
    DatabaseSchema undone = reader.read(connection);
    return undone.equals(before) ? Optional.empty() : Optional.of(differences(undone, before));
  }

  /** @return the changes still needed to turn {@code actual} into {@code expected}, one per line */
  public String differences(DatabaseSchema actual, DatabaseSchema expected) {
    List<SchemaChange> remaining = differ.diff(actual, expected);
    if (remaining.isEmpty()) {
      return "  (the models differ in a detail the diff does not yet cover)";
    }
    return remaining.stream().map(c -> "  - still needed: " + Planner.describe(c)).collect(Collectors.joining("\n"));
  }
}
