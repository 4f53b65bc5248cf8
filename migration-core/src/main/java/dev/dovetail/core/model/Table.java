package dev.dovetail.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordinary or partitioned table. Column order is kept as read (it is the order {@code CREATE TABLE} uses) but does not
 * take part in equality: a column added later lands at the end, and that is not a difference worth a
 * migration. Constraints and indexes are sorted by name.
 *
 * @param name the table's qualified name
 * @param columns the columns in attribute order
 * @param constraints primary key, unique, foreign key and check constraints
 * @param indexes the indexes that do not back a constraint
 * @param comment the table's comment, or null
 * @param unlogged whether the table is {@code UNLOGGED}
 * @param storageParameters its storage parameters ({@code fillfactor=70}), sorted
 * @param triggers its triggers, sorted by name
 * @param partitionKey a partitioned table's key ({@code RANGE (created_at)}, {@code pg_get_partkeydef}), or null
 * @param partitions a partitioned table's partitions, sorted by name (those partitioned again hold their own)
 * @param replicaIdentity what it logs to identify an old row for logical replication ({@code REPLICA IDENTITY});
 *     null reads as the default
 * @param clusterIndex the index {@code CLUSTER} uses by default ({@code ALTER TABLE … CLUSTER ON}), or null
 * @param statisticsTargets the statistics targets of its columns that are not the default ({@code ALTER COLUMN … SET
 *     STATISTICS}), by column name
 * @param parents the tables it inherits from ({@code INHERITS}), in the order PostgreSQL keeps them, which is not
 *     compared (it orders only the columns of a new child, and column order is not compared either); partitioning
 *     is not inheritance here (see {@code partitions})
 * @param inheritedColumns the columns it has from a parent only, not declared by itself ({@code attislocal} false):
 *     a new table is created without them. Not compared: PostgreSQL has no statement that makes a column of a table
 *     that stays inherited only ({@code INHERIT} keeps the table's own columns its own), so the two readings are
 *     the same table for the diff
 * @param columnSettings the storage, compression and attribute options of its columns that are not the defaults
 *     ({@link ColumnSettings}), by column name
 */
public record Table(
    QualifiedName name,
    List<Column> columns,
    List<Constraint> constraints,
    List<Index> indexes,
    String comment,
    boolean unlogged,
    List<String> storageParameters,
    List<Trigger> triggers,
    String partitionKey,
    List<Partition> partitions,
    ReplicaIdentity replicaIdentity,
    String clusterIndex,
    Map<String, Integer> statisticsTargets,
    List<QualifiedName> parents,
    java.util.Set<String> inheritedColumns,
    Map<String, ColumnSettings> columnSettings) implements java.io.Serializable {

  /** A table whose columns have the default storage, compression and options. */
  public Table(
      QualifiedName name,
      List<Column> columns,
      List<Constraint> constraints,
      List<Index> indexes,
      String comment,
      boolean unlogged,
      List<String> storageParameters,
      List<Trigger> triggers,
      String partitionKey,
      List<Partition> partitions,
      ReplicaIdentity replicaIdentity,
      String clusterIndex,
      Map<String, Integer> statisticsTargets,
      List<QualifiedName> parents,
      java.util.Set<String> inheritedColumns) {
    this(name, columns, constraints, indexes, comment, unlogged, storageParameters, triggers, partitionKey, partitions,
        replicaIdentity, clusterIndex, statisticsTargets, parents, inheritedColumns, Map.of());
  }

  /** A table that inherits from none. */
  public Table(
      QualifiedName name,
      List<Column> columns,
      List<Constraint> constraints,
      List<Index> indexes,
      String comment,
      boolean unlogged,
      List<String> storageParameters,
      List<Trigger> triggers,
      String partitionKey,
      List<Partition> partitions,
      ReplicaIdentity replicaIdentity,
      String clusterIndex,
      Map<String, Integer> statisticsTargets) {
    this(name, columns, constraints, indexes, comment, unlogged, storageParameters, triggers, partitionKey, partitions,
        replicaIdentity, clusterIndex, statisticsTargets, List.of(), java.util.Set.of());
  }

  /** A table with the default replica identity, no clustered index and default statistics targets. */
  public Table(
      QualifiedName name,
      List<Column> columns,
      List<Constraint> constraints,
      List<Index> indexes,
      String comment,
      boolean unlogged,
      List<String> storageParameters,
      List<Trigger> triggers,
      String partitionKey,
      List<Partition> partitions) {
    this(name, columns, constraints, indexes, comment, unlogged, storageParameters, triggers, partitionKey, partitions,
        ReplicaIdentity.DEFAULT, null, Map.of());
  }

  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    constraints = constraints.stream().sorted(Comparator.comparing(Constraint::name)).toList();
    indexes = indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
    storageParameters = storageParameters.stream().sorted().toList();
    triggers = triggers.stream().sorted(Comparator.comparing(Trigger::name)).toList();
    partitions = partitions.stream().sorted(Comparator.comparing(Partition::name)).toList();
    replicaIdentity = replicaIdentity == null ? ReplicaIdentity.DEFAULT : replicaIdentity;
    statisticsTargets = statisticsTargets == null
        ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(statisticsTargets));
    parents = parents == null ? List.of() : List.copyOf(parents);
    inheritedColumns = inheritedColumns == null
        ? java.util.Set.of()
        : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(inheritedColumns));
    columnSettings = columnSettings == null
        ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(columnSettings));
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** @return every partition of a partitioned table, those below partitions too, each before its own partitions */
  public List<Partition> allPartitions() {
    return partitions.stream().flatMap(p -> p.tree().stream()).toList();
  }

  /** @return the foreign keys of this table, in name order */
  public List<ForeignKey> foreignKeys() {
    return constraints.stream()
        .filter(ForeignKey.class::isInstance)
        .map(ForeignKey.class::cast)
        .toList();
  }

  /** @return a table without a comment */
  public static Table of(QualifiedName name, List<Column> columns, List<Constraint> constraints, List<Index> indexes) {
    return new Table(name, columns, constraints, indexes, null, false, List.of(), List.of(), null, List.of());
  }

  /** @return a copy with the given constraints */
  public Table withConstraints(List<Constraint> newConstraints) {
    return with(columns, newConstraints);
  }

  /** @return a copy with the given indexes, everything else kept */
  public Table withIndexes(List<Index> newIndexes) {
    return new Table(name, columns, constraints, newIndexes, comment, unlogged, storageParameters, triggers, partitionKey,
        partitions, replicaIdentity, clusterIndex, statisticsTargets, parents, inheritedColumns, columnSettings);
  }

  /** @return a copy with the given columns and constraints, everything else kept */
  public Table with(List<Column> newColumns, List<Constraint> newConstraints) {
    return new Table(name, newColumns, newConstraints, indexes, comment, unlogged, storageParameters, triggers, partitionKey,
        partitions, replicaIdentity, clusterIndex, statisticsTargets, parents, inheritedColumns, columnSettings);
  }

  /** @return whether the column is the table's own: declared by it, or not inherited at all */
  public boolean declares(String columnName) {
    return !inheritedColumns.contains(columnName);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Table other)) {
      return false;
    }
    return name.equals(other.name)
        && sortedColumns().equals(other.sortedColumns())
        && constraints.equals(other.constraints)
        && indexes.equals(other.indexes)
        && Objects.equals(comment, other.comment)
        && unlogged == other.unlogged
        && storageParameters.equals(other.storageParameters)
        && triggers.equals(other.triggers)
        && Objects.equals(partitionKey, other.partitionKey)
        && partitions.equals(other.partitions)
        && replicaIdentity.equals(other.replicaIdentity)
        && Objects.equals(clusterIndex, other.clusterIndex)
        && statisticsTargets.equals(other.statisticsTargets)
        && columnSettings.equals(other.columnSettings)
        && java.util.Set.copyOf(parents).equals(java.util.Set.copyOf(other.parents));
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, sortedColumns(), constraints, indexes, comment, unlogged, storageParameters, triggers, partitionKey, partitions,
        replicaIdentity, clusterIndex, statisticsTargets, columnSettings, java.util.Set.copyOf(parents));
  }

  private List<Column> sortedColumns() {
    return columns.stream().sorted(Comparator.comparing(Column::name)).toList();
  }
}
