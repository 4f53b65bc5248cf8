package dev.dovetail.core.change;

import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE … DROP CONSTRAINT}. */
public record DropConstraint(QualifiedName table, Constraint constraint) implements SchemaChange {

  public DropConstraint {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(constraint, "constraint");
  }

  @Override
  public AddConstraint inverse() {
    return new AddConstraint(table, constraint);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
