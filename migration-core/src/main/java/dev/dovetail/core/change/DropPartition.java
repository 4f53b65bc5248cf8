package dev.dovetail.core.change;

import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.QualifiedName;
import java.util.Objects;

/** {@code DETACH PARTITION}, then {@code DROP TABLE}: the partition's rows are lost. */
public record DropPartition(QualifiedName table, Partition partition) implements SchemaChange {

  public DropPartition {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(partition, "partition");
  }

  @Override
  public CreatePartition inverse() {
    return new CreatePartition(table, partition);
  }

  @Override
  public boolean destructive() {
    return true;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
