package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.QualifiedName;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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
  public Subject subject() {
    return Subject.of(Kind.PARTITION, partition.name(), table.toString(), Verb.DROP);
  }

  @Override
  public String describe() {
    return "Detaches partition " + partition.name() + " from " + table + " and drops it with its rows.";
  }

  /** The partition's name, and those of the partitions below it. */
  @Override
  public Set<QualifiedName> freesNames() {
    return partition.tree().stream().map(Partition::name).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
