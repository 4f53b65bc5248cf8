package dev.dovetail.core.plan;

import dev.dovetail.core.change.SchemaChange;
import java.util.List;
import java.util.Objects;

/**
 * One migration pair: a single logical change, its up statements and the down statements that undo them.
 *
 * @param name the descriptive file-name part, lower snake case, verb first ({@code create_table_orders})
 * @param description one sentence for the file header
 * @param phase the deployment phase
 * @param change the change this migration applies
 * @param up the statements that apply the change
 * @param down the statements that undo it, in execution order; empty when there is nothing to undo (a
 *     validated constraint stays valid, backfilled values stay)
 * @param transactional whether the files run in one transaction; {@code false} for statements PostgreSQL
 *     refuses inside one ({@code CREATE INDEX CONCURRENTLY}) and for batched backfills that commit per batch
 */
public record Migration(
    String name,
    String description,
    Phase phase,
    SchemaChange change,
    List<Statement> up,
    List<Statement> down,
    boolean transactional) {

  /** A migration whose files each run in one transaction. */
  public Migration(String name, String description, Phase phase, SchemaChange change, List<Statement> up, List<Statement> down) {
    this(name, description, phase, change, up, down, true);
  }

  public Migration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(change, "change");
    up = List.copyOf(up);
    down = List.copyOf(down);
    if (up.isEmpty()) {
      throw new IllegalArgumentException("migration " + name + " has no up statement");
    }
  }

  /** @return the distinct hazards of the up statements, in order of appearance */
  public List<Hazard> hazards() {
    return Statement.hazards(up);
  }

}
