package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.QualifiedName;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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
  public Subject subject() {
    return Subject.of(Kind.PARTITION, partition.name(), table.toString(), Verb.CREATE);
  }

  @Override
  public String describe() {
    return "Creates partition " + partition.name() + " of " + table + " " + partition.bound() + ".";
  }

  /** The partition's name, and those of the partitions below it. */
  @Override
  public Set<QualifiedName> takesNames() {
    return partition.tree().stream().map(Partition::name).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
