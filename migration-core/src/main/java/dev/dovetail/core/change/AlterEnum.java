package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.EnumType;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.QualifiedName;
import java.util.List;
import java.util.Objects;

/**
 * The labels of an enum type change. Added labels are {@code ALTER TYPE … ADD VALUE}; removed or reordered
 * labels need a new type: the columns that use the type are converted to it, and the constraints and indexes
 * whose definitions name the type are dropped before and recreated after.
 *
 * @param from the type as it is
 * @param to the type as it must become
 * @param columns the columns whose type is the enum or an array of it
 * @param constraints the constraints whose definitions name the type
 * @param indexes the indexes whose definitions name the type
 */
public record AlterEnum(
    EnumType from, EnumType to, List<UsingColumn> columns, List<UsingConstraint> constraints, List<Index> indexes)
    implements SchemaChange {

  public AlterEnum {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.name().equals(to.name())) {
      throw new IllegalArgumentException("an AlterEnum keeps the name: " + from.name() + " vs " + to.name());
    }
    columns = List.copyOf(columns);
    constraints = List.copyOf(constraints);
    indexes = List.copyOf(indexes);
  }

  /** @return whether the change only adds labels */
  public boolean additive() {
    return from.extendedBy(to);
  }

  @Override
  public AlterEnum inverse() {
    return new AlterEnum(to, from, columns, constraints, indexes);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.ENUM, to.name(), additive() ? Verb.ALTER : Verb.RECREATE);
  }

  @Override
  public String baseName() {
    return NameWords.join(additive() ? "add_enum_values" : "recreate_enum", NameWords.table(to.name()));
  }

  @Override
  public String describe() {
    return additive()
        ? "Adds labels to enum type " + to.name() + "."
        : "Replaces enum type " + to.name() + " to remove or reorder labels, converting the " + columns.size() + " column(s) that use it.";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * A column of the enum's type (or an array of it).
   *
   * @param table the table
   * @param column the column
   */
  public record UsingColumn(QualifiedName table, Column column) {

    public UsingColumn {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(column, "column");
    }
  }

  /**
   * A constraint whose definition names the enum.
   *
   * @param table the table
   * @param constraint the constraint
   */
  public record UsingConstraint(QualifiedName table, Constraint constraint) {

    public UsingConstraint {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(constraint, "constraint");
    }
  }
}
