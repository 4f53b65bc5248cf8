package dev.dovetail.diff.compare;

import dev.dovetail.core.change.AddConstraint;
import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.change.DropColumn;
import dev.dovetail.core.change.DropConstraint;
import dev.dovetail.core.change.DropIndex;
import dev.dovetail.core.change.DropTable;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.PrimaryKey;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Objects that stay as they are but are in the way of another change, which PostgreSQL refuses while they exist:
 * they are taken off before it and put back after it. The planner's graph puts each piece in place, since the
 * removal needs the old object and the return the new one.
 *
 * <ul>
 *   <li>defaults, checks and expression indexes that call a function dropped and created again (also on a table
 *       that is dropped, whose drop waits for the contract phase);
 *   <li>foreign keys that reference a unique key dropped (and created again).
 * </ul>
 */
final class Dependents {

  private Dependents() {}

  /**
   * @param tables the tables on both sides
   * @param recreated the signatures of functions dropped and created again
   * @return {@code changes} with the defaults and checks that call a recreated function taken off and put back
   */
  static List<SchemaChange> aroundRecreatedFunctions(List<SchemaChange> changes, Keyed<QualifiedName, Table> tables, Set<String> recreated) {
    if (recreated.isEmpty()) {
      return changes;
    }
    List<SchemaChange> result = new ArrayList<>(changes);
    for (Keyed.Both<Table> t : tables.kept()) {
      QualifiedName name = t.from().name();
      for (Column column : t.from().columns()) {
        if (column.defaultFunctions().stream().noneMatch(recreated::contains)) {
          continue;
        }
        Column bare = column.withDefault(null);
        Column updated = t.to().column(column.name()).orElse(null);
        if (updated != null && updated.withComment(null).equals(column.withComment(null))) {
          result.add(new AlterColumn(name, bare, column));
        } else {
          // The column's own change or drop starts from the column without its default.
          result.replaceAll(c -> c instanceof AlterColumn alter && alter.table().equals(name) && alter.from().equals(column)
              ? new AlterColumn(name, bare, alter.to(), alter.rebuiltGenerated(), alter.rebuiltTriggers())
              : c instanceof DropColumn drop && drop.table().equals(name) && drop.column().equals(column)
                  ? new DropColumn(name, bare, drop.ownedSequences()) : c);
        }
        result.add(new AlterColumn(name, column, bare));
      }
      for (Index index : t.from().indexes()) {
        DropIndex drop = new DropIndex(index);
        if (callsAny(index.definition(), recreated) && t.to().indexes().contains(index) && !result.contains(drop)) {
          result.add(drop);
          result.add(new CreateIndex(index));
        }
      }
      for (Constraint constraint : t.from().constraints()) {
        if (constraint instanceof CheckConstraint check && check.functions().stream().anyMatch(recreated::contains)) {
          DropConstraint drop = new DropConstraint(name, check);
          if (!result.contains(drop)) {
            result.add(drop);
            result.add(new AddConstraint(name, Validity.absorb(result, name, check.name()).orElse(check)));
          }
        }
      }
    }
    for (Table dropped : tables.removed()) {
      detachFromDroppedTable(result, dropped, recreated);
    }
    return result;
  }

  /**
   * A table dropped in the contract phase, after the function it calls is dropped and created again: its defaults,
   * checks and expression indexes that call the function are taken off first, and the table is dropped without them
   * (its down creates it without them, then puts them back).
   */
  private static void detachFromDroppedTable(List<SchemaChange> result, Table dropped, Set<String> recreated) {
    QualifiedName name = dropped.name();
    List<Column> columns = new ArrayList<>();
    for (Column column : dropped.columns()) {
      if (column.defaultFunctions().stream().anyMatch(recreated::contains)) {
        Column bare = column.withDefault(null);
        result.add(new AlterColumn(name, column, bare));
        columns.add(bare);
      } else {
        columns.add(column);
      }
    }
    List<Constraint> constraints = new ArrayList<>();
    for (Constraint constraint : dropped.constraints()) {
      if (constraint instanceof CheckConstraint check && check.functions().stream().anyMatch(recreated::contains)) {
        result.add(new DropConstraint(name, check));
      } else {
        constraints.add(constraint);
      }
    }
    List<Index> indexes = new ArrayList<>();
    for (Index index : dropped.indexes()) {
      if (callsAny(index.definition(), recreated)) {
        result.add(new DropIndex(index));
      } else {
        indexes.add(index);
      }
    }
    if (columns.equals(dropped.columns()) && constraints.equals(dropped.constraints()) && indexes.equals(dropped.indexes())) {
      return;
    }
    Table bare = dropped.with(columns, constraints).withIndexes(indexes);
    result.replaceAll(c -> c instanceof DropTable drop && drop.table().name().equals(name) ? new DropTable(bare, drop.ownedSequences()) : c);
  }

  /**
   * @return {@code changes} with the foreign keys that stay but reference a unique key that is dropped taken off
   *     before it and put back after (PostgreSQL refuses to drop a key a foreign key uses)
   */
  static List<SchemaChange> aroundRebuiltKeys(List<SchemaChange> changes, Keyed<QualifiedName, Table> tables) {
    Set<String> rebuilt = new HashSet<>();
    for (SchemaChange change : changes) {
      if (change instanceof DropConstraint drop && drop.constraint() instanceof PrimaryKey key) {
        rebuilt.add(keyOf(drop.table(), key.columns()));
      } else if (change instanceof DropConstraint drop && drop.constraint() instanceof UniqueConstraint key) {
        rebuilt.add(keyOf(drop.table(), key.columns()));
      } else if (change instanceof DropIndex drop && drop.index().unique() && drop.index().predicate() == null) {
        rebuilt.add(keyOf(drop.index().table(), drop.index().keys().stream().map(Dependents::unquoted).toList()));
      }
    }
    List<SchemaChange> result = new ArrayList<>(changes);
    for (Keyed.Both<Table> t : tables.kept()) {
      for (ForeignKey fk : t.from().foreignKeys()) {
        t.to().foreignKeys().stream()
            .filter(kept -> Validity.sameButValidity(kept, fk))
            .filter(kept -> rebuilt.contains(keyOf(fk.referencedTable(), fk.referencedColumns())))
            .findFirst()
            .ifPresent(kept -> {
              Validity.absorb(result, t.from().name(), fk.name()); // it comes back with the validity declared
              result.add(new DropConstraint(t.from().name(), fk));
              result.add(new AddConstraint(t.from().name(), kept));
            });
      }
    }
    return result;
  }

  /**
   * @return whether deparsed text calls one of the functions (signatures), by its qualified name, quoted or not: an
   *     expression index, which the catalog reader does not tie to the functions it calls
   */
  private static boolean callsAny(String definition, Set<String> signatures) {
    for (String signature : signatures) {
      String name = signature.substring(0, signature.indexOf('('));
      int dot = name.indexOf('.');
      String call = "(?<![\\w\"$])" + part(name.substring(0, dot)) + "\\." + part(name.substring(dot + 1)) + "\\(";
      if (java.util.regex.Pattern.compile(call).matcher(definition).find()) {
        return true;
      }
    }
    return false;
  }

  /** @return a pattern of one part of a name, as deparsed text spells it: bare, or quoted with quotes doubled */
  private static String part(String name) {
    return "(?:" + java.util.regex.Pattern.quote(name) + "|" + java.util.regex.Pattern.quote("\"" + name.replace("\"", "\"\"") + "\"") + ")";
  }

  /** @return a table's key columns as a set: a foreign key may list them in another order than the key */
  private static String keyOf(QualifiedName table, List<String> columns) {
    return table + " " + new TreeSet<>(columns);
  }

  /** @return an index key column as named in the catalog: deparsed keys are quoted like {@code quote_ident} */
  private static String unquoted(String key) {
    return key.startsWith("\"") && key.endsWith("\"") && key.length() > 1
        ? key.substring(1, key.length() - 1).replace("\"\"", "\"")
        : key;
  }
}
