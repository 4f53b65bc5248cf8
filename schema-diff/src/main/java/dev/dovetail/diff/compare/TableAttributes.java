package dev.dovetail.diff.compare;

import dev.dovetail.core.change.AlterClusterOn;
import dev.dovetail.core.change.AlterColumnSettings;
import dev.dovetail.core.change.AlterColumnStatistics;
import dev.dovetail.core.change.AlterReplicaIdentity;
import dev.dovetail.core.change.DropConstraint;
import dev.dovetail.core.change.DropIndex;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.ColumnSettings;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.ExclusionConstraint;
import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.PrimaryKey;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.ReplicaIdentity;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A table's replica identity ({@code REPLICA IDENTITY}, a partition's too), its clustered index ({@code CLUSTER ON})
 * and its columns' statistics targets ({@code SET STATISTICS}): attributes that {@code CREATE TABLE} cannot state,
 * so each is a change of its own, after the table (and the index it names) exists.
 *
 * <ul>
 *   <li>a new table (or partition) gets its attributes after its creation;
 *   <li>a table (partition, column) that goes has them reset first, so that its drop's down, which creates it bare,
 *       and then this reset's down give it back as it was;
 *   <li>an attribute that names an index which the run drops and creates again (an index whose definition changes, a
 *       key rebuilt; PostgreSQL forgets the attribute with the index) is reset before the drop and set again once
 *       the new index exists, as {@link Dependents} puts back what is in the way of a change.
 * </ul>
 *
 * A column retyped in place keeps its statistics target and its indexes keep both marks (PostgreSQL carries them
 * over); the planner does not move such a column to a shadow column.
 */
final class TableAttributes {

  private TableAttributes() {}

  /**
   * @param changes the changes of the run so far (with {@link Dependents}' already): which indexes they drop
   * @return {@code changes} with the attribute changes added
   */
  static List<SchemaChange> compare(List<SchemaChange> changes, Keyed<QualifiedName, Table> tables) {
    Set<QualifiedName> dropped = droppedIndexes(changes);
    List<SchemaChange> result = new ArrayList<>(changes);
    for (Keyed.Both<Table> t : tables.kept()) {
      Table before = t.from();
      Table after = t.to();
      QualifiedName name = before.name();
      replicaIdentity(result, name, before.replicaIdentity(), after.replicaIdentity(), dropped);
      cluster(result, name, before.clusterIndex(), after.clusterIndex(), dropped);
      statistics(result, before, after);
      settings(result, before, after);
      Keyed<QualifiedName, Partition> partitions = Keyed.of(before.allPartitions(), after.allPartitions(), Partition::name);
      for (Partition p : partitions.removed()) {
        replicaIdentity(result, p.name(), p.replicaIdentity(), ReplicaIdentity.DEFAULT, dropped);
      }
      for (Keyed.Both<Partition> p : partitions.kept()) {
        replicaIdentity(result, p.from().name(), p.from().replicaIdentity(), p.to().replicaIdentity(), dropped);
      }
      for (Partition p : partitions.added()) {
        replicaIdentity(result, p.name(), ReplicaIdentity.DEFAULT, p.replicaIdentity(), dropped);
      }
    }
    for (Table table : tables.removed()) {
      attributes(result, table, true);
    }
    for (Table table : tables.added()) {
      attributes(result, table, false);
    }
    return result;
  }

  /** The attributes of a table that comes (set after its creation) or goes (reset before its drop). */
  private static void attributes(List<SchemaChange> result, Table table, boolean goes) {
    QualifiedName name = table.name();
    if (!table.replicaIdentity().isDefault()) {
      add(result, new AlterReplicaIdentity(name, ReplicaIdentity.DEFAULT, table.replicaIdentity()), goes);
    }
    if (table.clusterIndex() != null) {
      add(result, new AlterClusterOn(name, null, table.clusterIndex()), goes);
    }
    table.statisticsTargets().forEach((column, target) -> add(result, new AlterColumnStatistics(name, column, null, target), goes));
    table.columnSettings().forEach((column, s) -> add(result, new AlterColumnSettings(name, column, ColumnSettings.DEFAULT, s), goes));
    for (Partition p : table.allPartitions()) {
      if (!p.replicaIdentity().isDefault()) {
        add(result, new AlterReplicaIdentity(p.name(), ReplicaIdentity.DEFAULT, p.replicaIdentity()), goes);
      }
    }
  }

  private static void add(List<SchemaChange> result, SchemaChange set, boolean reset) {
    result.add(reset ? set.inverse() : set);
  }

  private static void replicaIdentity(
      List<SchemaChange> result, QualifiedName table, ReplicaIdentity from, ReplicaIdentity to, Set<QualifiedName> dropped) {
    if (from.equals(to)) {
      if (from.index() != null
          && (dropped.contains(index(table, from.index())) || from.parentIndex() != null && dropped.contains(from.parentIndex()))) {
        result.add(new AlterReplicaIdentity(table, from, ReplicaIdentity.DEFAULT));
        result.add(new AlterReplicaIdentity(table, ReplicaIdentity.DEFAULT, to));
      }
      return;
    }
    result.add(new AlterReplicaIdentity(table, from, to));
  }

  private static void cluster(List<SchemaChange> result, QualifiedName table, String from, String to, Set<QualifiedName> dropped) {
    if (Objects.equals(from, to)) {
      if (from != null && dropped.contains(index(table, from))) {
        result.add(new AlterClusterOn(table, from, null));
        result.add(new AlterClusterOn(table, null, to));
      }
      return;
    }
    result.add(new AlterClusterOn(table, from, to));
  }

  /**
   * Statistics targets of the columns of a table that stays: changed on a column that stays, reset before a column
   * goes, set after a column comes.
   */
  private static void statistics(List<SchemaChange> result, Table before, Table after) {
    Set<String> columns = new TreeSet<>(before.statisticsTargets().keySet());
    columns.addAll(after.statisticsTargets().keySet());
    Map<String, Integer> from = before.statisticsTargets();
    Map<String, Integer> to = after.statisticsTargets();
    for (String column : columns) {
      boolean stays = before.column(column).isPresent() && after.column(column).isPresent();
      Integer target = stays || after.column(column).isPresent() ? to.get(column) : null;
      Integer now = stays || before.column(column).isPresent() ? from.get(column) : null;
      if (!Objects.equals(now, target)) {
        result.add(new AlterColumnStatistics(before.name(), column, now, target));
      }
    }
  }

  /**
   * Storage, compression and attribute options of the columns of a table that stays, as {@link #statistics} does
   * statistics targets. A type change in place gives the column its new type's storage and the default compression
   * (it keeps the options): a column whose type changes has its storage and compression set back before the change
   * and set after it, each ordered by the column's type ({@code Footprints}), so that the down restores them too.
   */
  private static void settings(List<SchemaChange> result, Table before, Table after) {
    Set<String> columns = new TreeSet<>(before.columnSettings().keySet());
    columns.addAll(after.columnSettings().keySet());
    for (String column : columns) {
      boolean stays = before.column(column).isPresent() && after.column(column).isPresent();
      ColumnSettings target = ColumnSettings.orDefault(stays || after.column(column).isPresent() ? after.columnSettings().get(column) : null);
      ColumnSettings now = ColumnSettings.orDefault(stays || before.column(column).isPresent() ? before.columnSettings().get(column) : null);
      boolean retyped = stays && !before.column(column).get().type().equals(after.column(column).get().type());
      if (retyped && (now.storage() != null || now.compression() != null || target.storage() != null || target.compression() != null)) {
        ColumnSettings options = new ColumnSettings(null, null, null, now.options());
        if (!now.equals(options)) {
          result.add(new AlterColumnSettings(before.name(), column, now, options));
        }
        now = options;
      }
      if (!now.equals(target)) {
        result.add(new AlterColumnSettings(before.name(), column, now, target));
      }
    }
  }

  /** @return the indexes (those behind keys too, by the constraint's name) the changes drop, by qualified name */
  private static Set<QualifiedName> droppedIndexes(List<SchemaChange> changes) {
    Set<QualifiedName> dropped = new HashSet<>();
    for (SchemaChange change : changes) {
      if (change instanceof DropIndex drop) {
        dropped.add(drop.index().qualifiedName());
      } else if (change instanceof DropConstraint drop && backedByIndex(drop.constraint())) {
        dropped.add(index(drop.table(), drop.constraint().name()));
      }
    }
    return dropped;
  }

  private static boolean backedByIndex(Constraint constraint) {
    return constraint instanceof PrimaryKey || constraint instanceof UniqueConstraint || constraint instanceof ExclusionConstraint;
  }

  private static QualifiedName index(QualifiedName table, String index) {
    return new QualifiedName(table.schema(), index);
  }
}
