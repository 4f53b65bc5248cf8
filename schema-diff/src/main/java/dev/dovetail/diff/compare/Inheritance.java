package dev.dovetail.diff.compare;

import dev.dovetail.core.change.AlterInheritance;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Table inheritance ({@code INHERITS}) for {@link TableComparer}: the parents a table that stays gains or loses, and
 * what of a child's columns its parent's own changes already change. PostgreSQL passes a parent's {@code ADD COLUMN},
 * {@code DROP COLUMN} (of a column the child only inherits) and {@code ALTER COLUMN} on to its children, so the child
 * gets no change of its own for those; a child's own difference from its parent (another default) is still its own.
 */
final class Inheritance {

  private final Map<QualifiedName, Table> current;
  private final Map<QualifiedName, Table> declared;

  Inheritance(Map<QualifiedName, Table> current, Map<QualifiedName, Table> declared) {
    this.current = current;
    this.declared = declared;
  }

  /** @return the {@code NO INHERIT} and {@code INHERIT} changes of a table that stays (the parents' order aside) */
  List<SchemaChange> changes(Table before, Table after) {
    List<SchemaChange> changes = new ArrayList<>();
    for (QualifiedName parent : removed(before, after)) {
      Table was = current.get(parent);
      List<CheckConstraint> left = checks(was).stream().filter(c -> !has(after, c.name())).toList();
      changes.add(new AlterInheritance(before.name(), parent, false, left, columns(was)));
    }
    for (QualifiedName parent : added(before, after)) {
      Table will = declared.get(parent);
      List<CheckConstraint> missing = checks(will).stream().filter(c -> !has(before, c.name())).toList();
      changes.add(new AlterInheritance(before.name(), parent, true, missing, columns(will)));
    }
    return changes;
  }

  /**
   * @return {@code before} as {@link ConstraintComparer} must see it once its parents changed: a check it has and a
   *     new parent has too becomes the parent's (and leaves the child's model); a check it had from a parent it
   *     leaves, and keeps as declared, becomes its own
   */
  Table checksAfterParents(Table before, Table after) {
    List<Constraint> constraints = new ArrayList<>(before.constraints());
    for (QualifiedName parent : added(before, after)) {
      Set<String> absorbed = names(checks(declared.get(parent)));
      constraints.removeIf(c -> c instanceof CheckConstraint && absorbed.contains(c.name()));
    }
    for (QualifiedName parent : removed(before, after)) {
      for (CheckConstraint check : checks(current.get(parent))) {
        if (has(after, check.name()) && constraints.stream().noneMatch(c -> c.name().equals(check.name()))) {
          constraints.add(check);
        }
      }
    }
    return constraints.equals(before.constraints()) ? before : before.withConstraints(constraints);
  }

  /** @return whether a new column of the child comes from a parent it keeps, which gains it */
  boolean comesWithParent(Table before, Table after, Column column) {
    return keptParents(before, after).stream().anyMatch(p ->
        column(current.get(p), column.name()).isEmpty() && column(declared.get(p), column.name()).isPresent());
  }

  /** @return whether a column the child only inherits goes with a parent it keeps, which drops it */
  boolean goesWithParent(Table before, Table after, Column column) {
    return !before.declares(column.name()) && keptParents(before, after).stream().anyMatch(p ->
        column(current.get(p), column.name()).isPresent() && column(declared.get(p), column.name()).isEmpty());
  }

  /** @return whether a column of the child changes exactly as the same column of a parent it keeps */
  boolean changesWithParent(Table before, Table after, Keyed.Both<Column> column) {
    String name = column.from().name();
    return keptParents(before, after).stream().anyMatch(p -> {
      Optional<Column> was = column(current.get(p), name);
      Optional<Column> will = column(declared.get(p), name);
      return was.isPresent() && will.isPresent()
          && was.get().withComment(null).equals(column.from().withComment(null))
          && will.get().withComment(null).equals(column.to().withComment(null));
    });
  }

  private List<QualifiedName> keptParents(Table before, Table after) {
    return before.parents().stream()
        .filter(after.parents()::contains)
        .filter(p -> current.containsKey(p) && declared.containsKey(p))
        .toList();
  }

  private static List<QualifiedName> removed(Table before, Table after) {
    return before.parents().stream().filter(p -> !after.parents().contains(p)).toList();
  }

  private static List<QualifiedName> added(Table before, Table after) {
    return after.parents().stream().filter(p -> !before.parents().contains(p)).toList();
  }

  private static Optional<Column> column(Table table, String name) {
    return table == null ? Optional.empty() : table.column(name);
  }

  /** @return the checks of a parent that its children inherit: all but those declared {@code NO INHERIT} */
  private static List<CheckConstraint> checks(Table table) {
    return table == null
        ? List.of()
        : table.constraints().stream()
            .filter(CheckConstraint.class::isInstance)
            .map(CheckConstraint.class::cast)
            .filter(c -> !c.definition().endsWith(" NO INHERIT") && !c.definition().contains(" NO INHERIT "))
            .toList();
  }

  private static List<String> columns(Table table) {
    return table == null ? List.of() : table.columns().stream().map(Column::name).toList();
  }

  private static boolean has(Table table, String constraint) {
    return table.constraints().stream().anyMatch(c -> c.name().equals(constraint));
  }

  private static Set<String> names(List<CheckConstraint> checks) {
    Set<String> names = new LinkedHashSet<>();
    checks.forEach(c -> names.add(c.name()));
    return names;
  }
}
