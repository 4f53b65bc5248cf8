package dev.dovetail.core.change;

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
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
