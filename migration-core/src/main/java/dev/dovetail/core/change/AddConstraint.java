package dev.dovetail.core.change;

import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE … ADD CONSTRAINT}. */
public record AddConstraint(QualifiedName table, Constraint constraint) implements SchemaChange {

  public AddConstraint {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(constraint, "constraint");
  }

  @Override
  public DropConstraint inverse() {
    return new DropConstraint(table, constraint);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
