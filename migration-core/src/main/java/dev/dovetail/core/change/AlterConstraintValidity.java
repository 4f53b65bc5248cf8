package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.QualifiedName;
import java.util.Objects;

/**
 * A check or foreign key that stays as it is but changes its validity: {@code NOT VALID} to validated is
 * {@code ALTER TABLE … VALIDATE CONSTRAINT}; validated to {@code NOT VALID} drops the constraint and adds it back
 * {@code NOT VALID}, since PostgreSQL cannot un-validate one. Its comment may change along with it (the constraint
 * added back gets {@code to}'s).
 *
 * @param table the table
 * @param from the constraint as it is
 * @param to the constraint as it must become: the same but for its validity and comment
 */
public record AlterConstraintValidity(QualifiedName table, Constraint from, Constraint to) implements SchemaChange {

  public AlterConstraintValidity {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.validated() == to.validated() || !from.withComment(null).withValidated(to.validated()).equals(to.withComment(null))) {
      throw new IllegalArgumentException("an AlterConstraintValidity changes the validity of a constraint and nothing else: " + to.name());
    }
  }

  /** @return whether the change validates the constraint (else it makes it {@code NOT VALID}) */
  public boolean validates() {
    return to.validated();
  }

  @Override
  public AlterConstraintValidity inverse() {
    return new AlterConstraintValidity(table, to, from);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.CONSTRAINT, table, to.name(), Verb.ALTER);
  }

  /** Named after the constraint as {@link AddConstraint} is: {@code validate_fk_orders_customer_id}, {@code mark_not_valid_check_…}. */
  @Override
  public String baseName() {
    return NameWords.join(
        (validates() ? "validate_" : "mark_not_valid_") + NameWords.constraintKind(to), NameWords.table(table), NameWords.constraintObject(to));
  }

  @Override
  public String describe() {
    return validates()
        ? "Validates constraint " + to.name() + " of " + table + " against the existing rows."
        : "Makes constraint " + to.name() + " of " + table + " NOT VALID, as declared: it is dropped and added back NOT VALID"
            + " (no scan); existing rows are no longer vouched for.";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
