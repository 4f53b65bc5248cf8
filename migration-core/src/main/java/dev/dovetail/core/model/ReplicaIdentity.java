package dev.dovetail.core.model;

import java.util.Objects;

/**
 * What a table writes to the write-ahead log to identify the old version of a row it updates or deletes, for logical
 * replication ({@code ALTER TABLE … REPLICA IDENTITY}; {@code pg_class.relreplident}, and for an index the one with
 * {@code pg_index.indisreplident}).
 *
 * @param kind default (the primary key, if any), full (the whole row), nothing, or a unique index
 * @param index the index's name (in the table's schema) when {@code kind} is {@link Kind#INDEX}, else null
 * @param parentIndex for a partition's index, the index of its partitioned table that gave it to the partition (they
 *     are dropped and created together), else null
 */
public record ReplicaIdentity(Kind kind, String index, QualifiedName parentIndex) implements java.io.Serializable {

  /** The replica identity of a table, or of a partition by an index of its own. */
  public ReplicaIdentity(Kind kind, String index) {
    this(kind, index, null);
  }

  /** The kinds of replica identity. */
  public enum Kind {
    DEFAULT,
    FULL,
    NOTHING,
    INDEX
  }

  /** The default: the primary key, if any. */
  public static final ReplicaIdentity DEFAULT = new ReplicaIdentity(Kind.DEFAULT, null);

  public ReplicaIdentity {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.INDEX) != (index != null)) {
      throw new IllegalArgumentException("an index names the replica identity if and only if it uses one: " + kind + " " + index);
    }
    if (parentIndex != null && index == null) {
      throw new IllegalArgumentException("a parent index without an index: " + parentIndex);
    }
  }

  /**
   * @param code {@code pg_class.relreplident}: {@code d}, {@code f}, {@code n} or {@code i}
   * @param index the index with {@code indisreplident}, or null; {@code i} without one (its index was dropped) logs
   *     nothing, as PostgreSQL treats it
   * @return the replica identity
   */
  public static ReplicaIdentity of(String code, String index) {
    return of(code, index, null);
  }

  /**
   * @param parentIndex for a partition's index, the partitioned table's index it comes from, or null
   * @return the replica identity, see {@link #of(String, String)}
   */
  public static ReplicaIdentity of(String code, String index, QualifiedName parentIndex) {
    return switch (code == null ? "d" : code) {
      case "f" -> new ReplicaIdentity(Kind.FULL, null);
      case "n" -> new ReplicaIdentity(Kind.NOTHING, null);
      case "i" -> index == null ? new ReplicaIdentity(Kind.NOTHING, null) : new ReplicaIdentity(Kind.INDEX, index, parentIndex);
      default -> DEFAULT;
    };
  }

  /** @return whether it is the default */
  public boolean isDefault() {
    return kind == Kind.DEFAULT;
  }

  /** @return how a sentence says it: {@code default}, {@code full}, {@code nothing}, {@code using index accounts_email} */
  @Override
  public String toString() {
    return kind == Kind.INDEX ? "using index " + index : kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
