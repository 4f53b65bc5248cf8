package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
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
  public Subject subject() {
    return Subject.of(Kind.CONSTRAINT, table, constraint.name(), Verb.DROP);
  }

  /** Named after the constraint's kind and columns: {@code drop_fk_orders_customer_id}. */
  @Override
  public String baseName() {
    return NameWords.join("drop_" + NameWords.constraintKind(constraint), NameWords.table(table), NameWords.constraintObject(constraint));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
