package dev.dovetail.core.change;

import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.QualifiedName;
import java.util.Objects;

/** {@code CREATE TABLE … PARTITION OF} a partitioned table that exists, with the partition's comment. */
public record CreatePartition(QualifiedName table, Partition partition) implements SchemaChange {

  public CreatePartition {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(partition, "partition");
  }

  @Override
  public DropPartition inverse() {
    return new DropPartition(table, partition);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
