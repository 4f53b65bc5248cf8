package dev.dovetail.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A partition of a partitioned {@link Table}. It takes its columns, constraints, indexes and triggers from
 * its table, so only what is its own is kept here.
 *
 * @param name the partition's qualified name (it may live in another schema than its table)
 * @param bound its bound as PostgreSQL deparses it ({@code FOR VALUES FROM (…) TO (…)}, {@code DEFAULT})
 * @param comment its comment, or null
 * @param constraints the constraints it has of its own, not from its table (a key, check or foreign key declared on
 *     the partition alone), sorted by name
 * @param indexes the indexes it has of its own, neither built for an index of its table nor behind one of its own
 *     constraints, sorted by name
 * @param replicaIdentity its own replica identity (a partition does not take its table's); null reads as the default
 */
public record Partition(
    QualifiedName name, String bound, String comment, List<Constraint> constraints, List<Index> indexes,
    ReplicaIdentity replicaIdentity) implements java.io.Serializable {

  public Partition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bound, "bound");
    constraints = constraints.stream().sorted(Comparator.comparing(Constraint::name)).toList();
    indexes = indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
    replicaIdentity = replicaIdentity == null ? ReplicaIdentity.DEFAULT : replicaIdentity;
  }

  /** A partition with nothing of its own but its bound and comment, and the default replica identity. */
  public Partition(QualifiedName name, String bound, String comment) {
    this(name, bound, comment, List.of(), List.of(), ReplicaIdentity.DEFAULT);
  }

  /** A partition with nothing of its own but its bound, comment and replica identity. */
  public Partition(QualifiedName name, String bound, String comment, ReplicaIdentity replicaIdentity) {
    this(name, bound, comment, List.of(), List.of(), replicaIdentity);
  }

  /** @return the partition as a table of its own constraints and indexes, for the comparisons tables have */
  public Table ownObjects() {
    return Table.of(name, List.of(), constraints, indexes);
  }
}
