package dev.dovetail.core.model;

import java.util.Objects;

/**
 * A partition of a partitioned {@link Table}. It takes its columns, constraints, indexes and triggers from
 * its table, so only what is its own is kept here.
 *
 * @param name the partition's qualified name (it may live in another schema than its table)
 * @param bound its bound as PostgreSQL deparses it ({@code FOR VALUES FROM (…) TO (…)}, {@code DEFAULT})
 * @param comment its comment, or null
 * @param replicaIdentity its own replica identity (a partition does not take its table's); null reads as the default
 */
public record Partition(QualifiedName name, String bound, String comment, ReplicaIdentity replicaIdentity) {

  /** A partition with the default replica identity. */
  public Partition(QualifiedName name, String bound, String comment) {
    this(name, bound, comment, ReplicaIdentity.DEFAULT);
  }

  public Partition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bound, "bound");
    replicaIdentity = replicaIdentity == null ? ReplicaIdentity.DEFAULT : replicaIdentity;
  }
}
