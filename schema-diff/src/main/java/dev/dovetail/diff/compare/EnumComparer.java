package dev.dovetail.diff.compare;

import dev.dovetail.core.change.AlterEnum;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreateEnum;
import dev.dovetail.core.change.DropEnum;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ColumnRef;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.EnumType;
import dev.dovetail.core.model.ExclusionConstraint;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Enum types. New labels are added with {@code ADD VALUE}, which can reach any order that keeps the current labels
 * in theirs; removing or reordering labels replaces the type, once every column, default, check and index is as
 * declared (the planner ranks that change late), so that none of them names a removed label any more.
 */
final class EnumComparer {

  private EnumComparer() {}

  static List<SchemaChange> compare(DatabaseSchema current, DatabaseSchema declared) {
    List<SchemaChange> changes = new ArrayList<>();
    Keyed<QualifiedName, EnumType> enums = Keyed.of(current.enums(), declared.enums(), EnumType::name);
    enums.removed().forEach(t -> changes.add(new DropEnum(t)));
    for (Keyed.Both<EnumType> t : enums.declared()) {
      EnumType old = t.from();
      EnumType type = t.to();
      if (old == null) {
        changes.add(new CreateEnum(type));
        continue;
      }
      changes.addAll(Comments.of(Comments.target(CommentTarget.Kind.TYPE, type.name(), null), old.comment(), type.comment()));
      if (old.labels().equals(type.labels())) {
        continue;
      }
      EnumType extended = old.withLabels(withNewLabels(old.labels(), type.labels()));
      if (!extended.equals(old)) {
        changes.add(alterEnum(current, old, extended));
      }
      if (!extended.labels().equals(type.labels())) {
        changes.add(alterEnum(declared, extended, type));
      }
    }
    return changes;
  }

  /**
   * @return the references ({@code format_type}) of the enum types whose labels change: one that loses or reorders
   *     labels is replaced, every column of it converted; one that only gains labels is replaced by its down. Either
   *     way what compares the columns' values (a policy) must be taken off around the change
   */
  static Set<String> replaced(DatabaseSchema current, DatabaseSchema declared) {
    Set<String> replaced = new HashSet<>();
    for (Keyed.Both<EnumType> t : Keyed.of(current.enums(), declared.enums(), EnumType::name).kept()) {
      if (!t.from().labels().equals(t.to().labels())) {
        replaced.add(t.from().reference());
      }
    }
    return replaced;
  }

  /**
   * @return {@code current} with the labels of {@code target} it lacks, each placed before the next label of
   *     {@code target} already there (or last): what {@code ADD VALUE} can reach
   */
  private static List<String> withNewLabels(List<String> current, List<String> target) {
    List<String> labels = new ArrayList<>(current);
    for (int i = 0; i < target.size(); i++) {
      String label = target.get(i);
      if (labels.contains(label)) {
        continue;
      }
      String next = target.subList(i + 1, target.size()).stream().filter(labels::contains).findFirst().orElse(null);
      labels.add(next == null ? labels.size() : labels.indexOf(next), label);
    }
    return labels;
  }

  /** @return the change of an enum's labels, with everything in {@code state} that names the type */
  private static AlterEnum alterEnum(DatabaseSchema state, EnumType from, EnumType to) {
    String reference = from.reference();
    List<AlterEnum.UsingColumn> columns = new ArrayList<>();
    Set<ColumnRef> converted = new HashSet<>();
    for (Table table : state.tables()) {
      for (Column column : table.columns()) {
        if (column.holds(reference)) {
          columns.add(new AlterEnum.UsingColumn(table.name(), column));
          converted.add(new ColumnRef(table.name(), column.name()));
        }
      }
    }
    List<AlterEnum.UsingConstraint> constraints = new ArrayList<>();
    List<Index> indexes = new ArrayList<>();
    for (Table table : state.tables()) {
      // Definitions that compare with a label hold it as 'label'::type; they would compare the converted column
      // with the old type, so they are recreated around the conversion, and so are foreign keys between
      // converted columns, whose two sides would have different types halfway. Plain keys and indexes are
      // rebuilt by PostgreSQL itself.
      for (Constraint constraint : table.constraints()) {
        boolean namesType =
            (constraint instanceof CheckConstraint || constraint instanceof ExclusionConstraint)
                && constraint.definition().contains(reference);
        boolean joinsConverted =
            constraint instanceof ForeignKey fk
                && (fk.columns().stream().anyMatch(c -> converted.contains(new ColumnRef(table.name(), c)))
                    || fk.referencedColumns().stream().anyMatch(c -> converted.contains(new ColumnRef(fk.referencedTable(), c))));
        if (namesType || joinsConverted) {
          constraints.add(new AlterEnum.UsingConstraint(table.name(), constraint));
        }
      }
      table.indexes().stream().filter(i -> i.definition().contains(reference)).forEach(indexes::add);
    }
    return new AlterEnum(from, to, columns, constraints, indexes);
  }
}
