package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.QualifiedName;
import java.util.Objects;

/**
 * A partition's bound changes: {@code DETACH PARTITION}, then {@code ATTACH PARTITION … FOR VALUES} with the
 * new bound, which checks that every row of the partition fits it.
 */
public record AlterPartitionBound(QualifiedName table, Partition from, Partition to) implements SchemaChange {

  public AlterPartitionBound {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  @Override
  public AlterPartitionBound inverse() {
    return new AlterPartitionBound(table, to, from);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.PARTITION, to.name(), table.toString(), Verb.ALTER);
  }

  @Override
  public String baseName() {
    return NameWords.join("alter_partition_bound", NameWords.table(to.name()));
  }

  @Override
  public String describe() {
    return "Moves partition " + to.name() + " of " + table + " to " + to.bound() + " (detach, attach).";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
