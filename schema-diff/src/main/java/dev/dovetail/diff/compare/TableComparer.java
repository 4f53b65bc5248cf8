package dev.dovetail.diff.compare;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.change.AddColumn;
import dev.dovetail.core.change.AddConstraint;
import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.AlterPartitionBound;
import dev.dovetail.core.change.AlterTableStorage;
import dev.dovetail.core.change.ColumnAspect;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreatePartition;
import dev.dovetail.core.change.CreateTable;
import dev.dovetail.core.change.DropColumn;
import dev.dovetail.core.change.DropConstraint;
import dev.dovetail.core.change.DropPartition;
import dev.dovetail.core.change.DropTable;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tables, their columns, storage and partitions; the constraints, indexes and triggers of a table that stays are
 * {@link ConstraintComparer}'s. A new table comes with its constraints, indexes, triggers, partitions and owned
 * sequences; a table that goes takes them along. Foreign keys that close a cycle among new tables are added on their
 * own, once all of them exist (and dropped on their own among tables that go).
 */
final class TableComparer {

  private TableComparer() {}

  static List<SchemaChange> compare(DatabaseSchema current, DatabaseSchema declared, OwnedSequences owned) {
    List<SchemaChange> changes = new ArrayList<>();
    Keyed<QualifiedName, Table> tables = Keyed.of(current.tables(), declared.tables(), Table::name);
    Inheritance inheritance = new Inheritance(tables.from(), tables.to());
    for (Keyed.Both<Table> t : tables.kept()) {
      List<SchemaChange> columns = columns(t.from(), t.to(), owned, inheritance);
      List<SchemaChange> parents = inheritance.changes(t.from(), t.to());
      changes.addAll(ConstraintComparer.compare(inheritance.checksAfterParents(t.from(), t.to()), t.to(), columns));
      changes.addAll(parents);
    }
    Map<ForeignKey, QualifiedName> dropLater = cycleClosing(tables.removed());
    dropLater.forEach((fk, table) -> changes.add(new DropConstraint(table, fk)));
    for (Table table : tables.removed()) {
      changes.add(new DropTable(without(table, dropLater), OwnedSequences.ownedBy(owned.dropped(), table.name(), null)));
    }
    Map<ForeignKey, QualifiedName> addLater = cycleClosing(tables.added());
    for (Table table : tables.added()) {
      changes.add(new CreateTable(without(table, addLater), OwnedSequences.ownedBy(owned.created(), table.name(), null)));
    }
    addLater.forEach((fk, table) -> changes.add(new AddConstraint(table, fk)));
    return changes;
  }

  /** @return the comment, storage, column and partition changes of a table that stays */
  private static List<SchemaChange> columns(Table before, Table after, OwnedSequences owned, Inheritance inheritance) {
    QualifiedName name = before.name();
    List<SchemaChange> changes = new ArrayList<>(
        Comments.of(Comments.target(CommentTarget.Kind.TABLE, name, null), before.comment(), after.comment()));
    if (before.unlogged() != after.unlogged() || !before.storageParameters().equals(after.storageParameters())) {
      changes.add(new AlterTableStorage(name, before.unlogged(), after.unlogged(), before.storageParameters(), after.storageParameters()));
    }
    Keyed<String, Column> columns = Keyed.of(before.columns(), after.columns(), Column::name);
    for (Column old : columns.removed()) {
      if (!inheritance.goesWithParent(before, after, old)) {
        changes.add(new DropColumn(name, old, OwnedSequences.ownedBy(owned.dropped(), name, old.name())));
      }
    }
    for (Keyed.Both<Column> c : columns.kept()) {
      changes.addAll(Comments.of(Comments.target(CommentTarget.Kind.COLUMN, name, c.to().name()), c.from().comment(), c.to().comment()));
      if (!c.to().withComment(null).equals(c.from().withComment(null)) && !inheritance.changesWithParent(before, after, c)) {
        changes.add(alter(before, after, c.from(), c.to()));
      }
    }
    // New columns keep their declared order, so a table reads the way it was declared.
    after.columns().stream()
        .filter(c -> !columns.from().containsKey(c.name()))
        .filter(c -> !inheritance.comesWithParent(before, after, c))
        .forEach(c -> changes.add(new AddColumn(name, c, OwnedSequences.ownedBy(owned.created(), name, c.name()))));
    changes.addAll(partitions(before, after));
    return changes;
  }

  /** @return the change of a column; generated columns that read a retyped one and stay are rebuilt around it */
  private static AlterColumn alter(Table before, Table after, Column old, Column updated) {
    AlterColumn change = new AlterColumn(before.name(), old, updated);
    Set<ColumnAspect> aspects = change.aspects();
    boolean retypes = (aspects.contains(ColumnAspect.TYPE) || aspects.contains(ColumnAspect.COLLATION))
        && !aspects.contains(ColumnAspect.GENERATED);
    if (!retypes) {
      return change;
    }
    List<Column> readers = before.columns().stream()
        .filter(r -> r.generatedReads().contains(old.name()) && after.column(r.name()).filter(r::equals).isPresent())
        .toList();
    return readers.isEmpty() ? change : new AlterColumn(before.name(), old, updated, readers, List.of());
  }

  /**
   * Partitions that go are detached and dropped; bounds that change are detached and attached again; new partitions
   * are created once every column of their table is in place. A partition partitioned again is compared the same way
   * with its own partitions; one that goes or comes takes its partitions with it. PostgreSQL cannot change how a
   * table or partition is partitioned.
   */
  private static List<SchemaChange> partitions(Table before, Table after) {
    return partitions("table", before.name(), before.partitionKey(), after.partitionKey(), before.partitions(), after.partitions());
  }

  private static List<SchemaChange> partitions(
      String what, QualifiedName name, String keyBefore, String keyAfter, List<Partition> before, List<Partition> after) {
    if (!Objects.equals(keyBefore, keyAfter)) {
      throw new MigrationException(
          ErrorCode.UNSUPPORTED_CHANGE,
          what + " " + name + " changes how it is partitioned (" + describeKey(keyBefore) + " to "
              + describeKey(keyAfter) + "), which PostgreSQL cannot alter; declare a new " + what + " with the new"
              + " partitioning, copy the rows over, then drop the old " + what);
    }
    List<SchemaChange> changes = new ArrayList<>();
    Keyed<QualifiedName, Partition> partitions = Keyed.of(before, after, Partition::name);
    partitions.removed().forEach(p -> changes.add(new DropPartition(name, p)));
    for (Keyed.Both<Partition> p : partitions.kept()) {
      if (!p.from().bound().equals(p.to().bound())) {
        changes.add(new AlterPartitionBound(name, p.from(), p.to()));
      }
      changes.addAll(Comments.of(Comments.target(CommentTarget.Kind.TABLE, p.to().name(), null), p.from().comment(), p.to().comment()));
      changes.addAll(ConstraintComparer.ownObjects(p.from(), p.to()));
      changes.addAll(partitions("partition", p.to().name(), p.from().partitionKey(), p.to().partitionKey(),
          p.from().partitions(), p.to().partitions()));
    }
    partitions.added().forEach(p -> changes.add(new CreatePartition(name, p)));
    return changes;
  }

  private static String describeKey(String partitionKey) {
    return partitionKey == null ? "not partitioned" : "PARTITION BY " + partitionKey;
  }

  private static Table without(Table table, Map<ForeignKey, QualifiedName> foreignKeys) {
    List<Constraint> kept = table.constraints().stream()
        .filter(c -> !(c instanceof ForeignKey fk && table.name().equals(foreignKeys.get(fk))))
        .toList();
    return kept.size() == table.constraints().size() ? table : table.withConstraints(kept);
  }

  /**
   * @return the foreign keys among {@code tables} that close a cycle (visiting tables by name, referenced tables
   *     first), each with its table: they cannot come with their table's creation or go with its drop
   */
  private static Map<ForeignKey, QualifiedName> cycleClosing(List<Table> tables) {
    Map<QualifiedName, Table> byName = Keyed.byKey(tables, Table::name);
    Map<ForeignKey, QualifiedName> closing = new LinkedHashMap<>();
    Set<QualifiedName> done = new LinkedHashSet<>();
    for (Table table : byName.values()) {
      visit(table, byName, done, new LinkedHashSet<>(), closing);
    }
    return closing;
  }

  private static void visit(
      Table table, Map<QualifiedName, Table> byName, Set<QualifiedName> done, Set<QualifiedName> visiting,
      Map<ForeignKey, QualifiedName> closing) {
    if (done.contains(table.name())) {
      return;
    }
    visiting.add(table.name());
    for (ForeignKey fk : table.foreignKeys()) {
      QualifiedName target = fk.referencedTable();
      if (target.equals(table.name()) || !byName.containsKey(target) || done.contains(target)) {
        continue;
      }
      if (visiting.contains(target)) {
        closing.put(fk, table.name());
      } else {
        visit(byName.get(target), byName, done, visiting, closing);
      }
    }
    visiting.remove(table.name());
    done.add(table.name());
  }
}
