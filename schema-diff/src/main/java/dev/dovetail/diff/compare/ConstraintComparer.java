package dev.dovetail.diff.compare;

import dev.dovetail.core.change.AddConstraint;
import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.AlterConstraintValidity;
import dev.dovetail.core.change.AlterTriggerState;
import dev.dovetail.core.change.ColumnAspect;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.change.CreateTrigger;
import dev.dovetail.core.change.DropConstraint;
import dev.dovetail.core.change.DropIndex;
import dev.dovetail.core.change.DropTrigger;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.model.Trigger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The constraints, indexes and triggers of a table that stays: one that changes is dropped and created again. A
 * trigger that stays but names a column whose type or collation changes is in the way of that change (PostgreSQL
 * refuses it while the trigger exists): it is rebuilt around the column change, in the same migration.
 */
final class ConstraintComparer {

  private ConstraintComparer() {}

  /**
   * @param columns the table's column changes ({@link TableComparer})
   * @return those changes, with the triggers they rebuild, followed by the table's constraint, index and trigger
   *     changes
   */
  static List<SchemaChange> compare(Table before, Table after, List<SchemaChange> columns) {
    Keyed<String, Trigger> triggers = Keyed.of(before.triggers(), after.triggers(), Trigger::name);
    List<Trigger> around = aroundRetype(before, after, triggers, columns);
    List<SchemaChange> changes = new ArrayList<>(withTriggers(columns, around));
    changes.addAll(constraints(before, after));
    changes.addAll(indexes(before, after));
    changes.addAll(triggers(before.name(), triggers, around, retyped(before, after)));
    return changes;
  }

  /** @return the changes of the constraints, indexes and triggers a partition that stays has of its own */
  static List<SchemaChange> ownObjects(Partition before, Partition after) {
    return compare(before.ownObjects(), after.ownObjects(), List.of());
  }

  private static List<SchemaChange> constraints(Table before, Table after) {
    QualifiedName name = before.name();
    List<SchemaChange> changes = new ArrayList<>();
    Keyed<String, Constraint> constraints = Keyed.of(before.constraints(), after.constraints(), Constraint::name);
    constraints.from().forEach((key, old) -> {
      Constraint updated = constraints.to().get(key);
      if (updated != null && Validity.onlyValidityChanges(old, updated)) {
        changes.add(new AlterConstraintValidity(name, old, updated));
        return;
      }
      if (updated == null || !old.uncommented().equals(updated.uncommented())) {
        changes.add(new DropConstraint(name, old));
      } else {
        changes.addAll(Comments.of(Comments.target(CommentTarget.Kind.CONSTRAINT, name, key), old.comment(), updated.comment()));
        changes.addAll(Comments.of(
            new CommentTarget(CommentTarget.Kind.INDEX, name.schema(), key, null), old.indexComment(), updated.indexComment()));
      }
    });
    constraints.to().forEach((key, added) -> {
      Constraint old = constraints.from().get(key);
      if (old != null && Validity.onlyValidityChanges(old, added)) {
        return;
      }
      if (old == null || !old.uncommented().equals(added.uncommented())) {
        changes.add(new AddConstraint(name, added));
      }
    });
    return changes;
  }

  private static List<SchemaChange> indexes(Table before, Table after) {
    QualifiedName name = before.name();
    List<SchemaChange> changes = new ArrayList<>();
    Keyed<String, Index> indexes = Keyed.of(before.indexes(), after.indexes(), Index::name);
    indexes.from().forEach((key, old) -> {
      Index updated = indexes.to().get(key);
      if (updated == null || !old.withComment(null).equals(updated.withComment(null))) {
        changes.add(new DropIndex(old));
      } else {
        changes.addAll(Comments.of(new CommentTarget(CommentTarget.Kind.INDEX, name.schema(), key, null), old.comment(), updated.comment()));
      }
    });
    indexes.to().forEach((key, added) -> {
      Index old = indexes.from().get(key);
      if (old == null || !old.withComment(null).equals(added.withComment(null))) {
        changes.add(new CreateIndex(added));
      }
    });
    return changes;
  }

  /** @return the names of the columns whose type or collation changes */
  private static Set<String> retyped(Table before, Table after) {
    Set<String> retyped = new HashSet<>();
    for (Column column : before.columns()) {
      after.column(column.name())
          .filter(c -> !c.type().equals(column.type()) || !Objects.equals(c.collation(), column.collation()))
          .ifPresent(c -> retyped.add(c.name()));
    }
    return retyped;
  }

  /**
   * @return the triggers that stay but name a retyped column, and can be rebuilt around its change: every change of
   *     a column they name is a retype (not, say, a column becoming generated)
   */
  private static List<Trigger> aroundRetype(Table before, Table after, Keyed<String, Trigger> triggers, List<SchemaChange> columns) {
    Set<String> retyped = retyped(before, after);
    List<Trigger> around = new ArrayList<>();
    for (Keyed.Both<Trigger> t : triggers.kept()) {
      boolean same = t.from().withComment(null).equals(t.to().withComment(null));
      boolean blocks = t.from().columns().stream().anyMatch(retyped::contains);
      if (same && blocks && columns.stream().filter(names(before.name(), t.from())).allMatch(ConstraintComparer::retypes)) {
        around.add(t.from());
      }
    }
    return around;
  }

  /** @return the column changes, each retype with the triggers of {@code around} that name its column */
  private static List<SchemaChange> withTriggers(List<SchemaChange> columns, List<Trigger> around) {
    return columns.stream().map(c -> {
      if (!(c instanceof AlterColumn alter)) {
        return c;
      }
      List<Trigger> rebuilt = new ArrayList<>(alter.rebuiltTriggers());
      around.stream().filter(t -> names(alter.table(), t).test(alter)).forEach(rebuilt::add);
      return rebuilt.size() == alter.rebuiltTriggers().size()
          ? c
          : new AlterColumn(alter.table(), alter.from(), alter.to(), alter.rebuiltGenerated(), rebuilt);
    }).toList();
  }

  /**
   * @return the trigger changes: a changed trigger is dropped and created again, and so is one that names a retyped
   *     column and cannot be rebuilt around its change
   */
  private static List<SchemaChange> triggers(QualifiedName name, Keyed<String, Trigger> triggers, List<Trigger> around, Set<String> retyped) {
    List<SchemaChange> changes = new ArrayList<>();
    List<SchemaChange> creates = new ArrayList<>();
    Set<String> altered = new HashSet<>();
    triggers.from().forEach((key, old) -> {
      Trigger updated = triggers.to().get(key);
      boolean blocks = old.columns().stream().anyMatch(retyped::contains);
      boolean same = updated != null && old.withComment(null).equals(updated.withComment(null));
      // only when it fires changes: altered in place, so that no write goes by without it
      boolean state = updated != null && !same && old.withComment(null).equals(updated.withComment(null).withEnabled(old.enabled()));
      if (around.contains(old) || (same && !blocks)) {
        changes.addAll(Comments.of(Comments.target(CommentTarget.Kind.TRIGGER, name, key), old.comment(), updated.comment()));
      } else if (state && !blocks) {
        changes.add(new AlterTriggerState(old, updated));
        altered.add(key);
        changes.addAll(Comments.of(Comments.target(CommentTarget.Kind.TRIGGER, name, key), old.comment(), updated.comment()));
      } else {
        changes.add(new DropTrigger(old));
        if (same) {
          creates.add(new CreateTrigger(updated));
        }
      }
    });
    changes.addAll(creates);
    triggers.to().forEach((key, added) -> {
      Trigger old = triggers.from().get(key);
      if (!altered.contains(key) && (old == null || !old.withComment(null).equals(added.withComment(null)))) {
        changes.add(new CreateTrigger(added));
      }
    });
    return changes;
  }

  private static Predicate<SchemaChange> names(QualifiedName table, Trigger trigger) {
    return c -> c instanceof AlterColumn alter && alter.table().equals(table) && trigger.columns().contains(alter.from().name());
  }

  static boolean retypes(SchemaChange change) {
    if (!(change instanceof AlterColumn alter)) {
      return false;
    }
    Set<ColumnAspect> aspects = alter.aspects();
    return (aspects.contains(ColumnAspect.TYPE) || aspects.contains(ColumnAspect.COLLATION)) && !aspects.contains(ColumnAspect.GENERATED);
  }
}
