package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE … CLUSTER ON …} and {@code SET WITHOUT CLUSTER}: the index a bare {@code CLUSTER} of the table
 * uses. It reorders nothing itself.
 *
 * @param table the table
 * @param fromIndex the index marked now (in the table's schema), or null
 * @param toIndex the index to be marked, or null for none
 */
public record AlterClusterOn(QualifiedName table, String fromIndex, String toIndex) implements SchemaChange {

  public AlterClusterOn {
    Objects.requireNonNull(table, "table");
    if (Objects.equals(fromIndex, toIndex)) {
      throw new IllegalArgumentException("the clustered index of " + table + " stays " + toIndex);
    }
  }

  @Override
  public AlterClusterOn inverse() {
    return new AlterClusterOn(table, toIndex, fromIndex);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.TABLE, table, Verb.ALTER);
  }

  @Override
  public String baseName() {
    return NameWords.join(toIndex == null ? "set_without_cluster" : "cluster_on", NameWords.table(table),
        toIndex == null ? "" : NameWords.word(toIndex));
  }

  @Override
  public String describe() {
    return toIndex == null
        ? "Marks no index of table " + table + " for CLUSTER (was " + fromIndex + ")."
        : "Marks index " + toIndex + " of table " + table + " for CLUSTER" + (fromIndex == null ? "." : " (was " + fromIndex + ").");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
