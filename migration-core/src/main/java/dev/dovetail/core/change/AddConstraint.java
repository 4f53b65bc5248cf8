package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
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
  public Subject subject() {
    return Subject.of(Kind.CONSTRAINT, table, constraint.name(), Verb.ADD);
  }

  /** Named after the constraint's kind and columns: {@code add_fk_orders_customer_id}. */
  @Override
  public String baseName() {
    return NameWords.join("add_" + NameWords.constraintKind(constraint), NameWords.table(table), NameWords.constraintObject(constraint));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
