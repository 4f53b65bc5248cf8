package dev.dovetail.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A partition of a partitioned {@link Table}, or of a partition that is partitioned again (a sub-partition). It takes
 * its columns, constraints, indexes and triggers from the table it is a partition of, so only what is its own is kept
 * here.
 *
 * @param name the partition's qualified name (it may live in another schema than its table)
 * @param bound its bound as PostgreSQL deparses it ({@code FOR VALUES FROM (…) TO (…)}, {@code DEFAULT})
 * @param comment its comment, or null
 * @param constraints the constraints it has of its own, not from its table (a key, check or foreign key declared on
 *     the partition alone), sorted by name
 * @param indexes the indexes it has of its own, neither built for an index of its table nor behind one of its own
 *     constraints, sorted by name
 * @param replicaIdentity its own replica identity (a partition does not take its table's); null reads as the default
 * @param triggers the triggers it has of its own, not cloned from its table's, sorted by name
 * @param partitionKey its own key when it is partitioned again ({@code PARTITION BY …}, as {@code pg_get_partkeydef}
 *     gives it), or null
 * @param partitions the partitions it has when it is partitioned again, sorted by name
 */
public record Partition(
    QualifiedName name, String bound, String comment, List<Constraint> constraints, List<Index> indexes,
    ReplicaIdentity replicaIdentity, List<Trigger> triggers, String partitionKey, List<Partition> partitions)
    implements java.io.Serializable {

  public Partition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bound, "bound");
    constraints = constraints.stream().sorted(Comparator.comparing(Constraint::name)).toList();
    indexes = indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
    replicaIdentity = replicaIdentity == null ? ReplicaIdentity.DEFAULT : replicaIdentity;
    triggers = triggers.stream().sorted(Comparator.comparing(Trigger::name)).toList();
    partitions = partitions.stream().sorted(Comparator.comparing(Partition::name)).toList();
    if (partitionKey == null && !partitions.isEmpty()) {
      throw new IllegalArgumentException("partition " + name + " has partitions but no partition key");
    }
  }

  /** A partition that is not partitioned again. */
  public Partition(
      QualifiedName name, String bound, String comment, List<Constraint> constraints, List<Index> indexes,
      ReplicaIdentity replicaIdentity, List<Trigger> triggers) {
    this(name, bound, comment, constraints, indexes, replicaIdentity, triggers, null, List.of());
  }

  /** A partition without triggers of its own. */
  public Partition(
      QualifiedName name, String bound, String comment, List<Constraint> constraints, List<Index> indexes,
      ReplicaIdentity replicaIdentity) {
    this(name, bound, comment, constraints, indexes, replicaIdentity, List.of());
  }

  /** A partition with nothing of its own but its bound and comment, and the default replica identity. */
  public Partition(QualifiedName name, String bound, String comment) {
    this(name, bound, comment, List.of(), List.of(), ReplicaIdentity.DEFAULT);
  }

  /** A partition with nothing of its own but its bound, comment and replica identity. */
  public Partition(QualifiedName name, String bound, String comment, ReplicaIdentity replicaIdentity) {
    this(name, bound, comment, List.of(), List.of(), replicaIdentity);
  }

  /** @return this partition and, when it is partitioned again, every partition below it, each before its own */
  public List<Partition> tree() {
    List<Partition> tree = new ArrayList<>();
    tree.add(this);
    partitions.forEach(p -> tree.addAll(p.tree()));
    return tree;
  }

  /** @return the partition as a table of its own constraints, indexes and triggers, for the comparisons tables have */
  public Table ownObjects() {
    return new Table(name, List.of(), constraints, indexes, null, false, List.of(), triggers, null, List.of());
  }
}
