package dev.dovetail.core.model;

import java.util.List;

/**
 * A table constraint. {@link #definition()} is PostgreSQL's own text ({@code pg_get_constraintdef}), which
 * is what rendering uses and what equality rests on; the structured fields serve ordering and reporting. Its validity
 * ({@link #validated()}) is part of its state, apart from the definition: a check or foreign key added {@code NOT VALID}
 * has the definition it would have if validated, and {@code validated()} false.
 */
public sealed interface Constraint extends java.io.Serializable permits PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint, ExclusionConstraint {

  /** @return the constraint name */
  String name();

  /** @return the deparsed definition, for example {@code PRIMARY KEY (id)} */
  String definition();

  /** @return the constrained columns, in key order (empty for a check) */
  List<String> columns();

  /** @return the constraint's comment, or null */
  String comment();

  /** @return a copy with another comment */
  Constraint withComment(String comment);

  /** @return the comment of the index behind a primary key, unique or exclusion constraint, or null */
  default String indexComment() {
    return null;
  }

  /** @return a copy whose index has another comment; a constraint without an index is returned as it is */
  default Constraint withIndexComment(String comment) {
    return this;
  }

  /** @return the constraint without its comment or its index's, for comparing what it is rather than what is said of it */
  default Constraint uncommented() {
    return withComment(null).withIndexComment(null);
  }

  /**
   * @return whether the existing rows were checked ({@code pg_constraint.convalidated}): always for a primary key, a
   *     unique or an exclusion constraint; a check or foreign key added {@code NOT VALID} is not until validated
   */
  default boolean validated() {
    return true;
  }

  /**
   * @return a copy with another validity; only a check or a foreign key can be {@code NOT VALID}
   * @throws IllegalArgumentException for {@code false} on another kind of constraint
   */
  default Constraint withValidated(boolean validated) {
    if (!validated) {
      throw new IllegalArgumentException("only a check or a foreign key can be NOT VALID: " + name());
    }
    return this;
  }

  /** @return the visitor's result for this constraint */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per constraint kind, for exhaustive handling without pattern matching for {@code switch}.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    R visit(PrimaryKey constraint);

    R visit(UniqueConstraint constraint);

    R visit(ForeignKey constraint);

    R visit(CheckConstraint constraint);

    R visit(ExclusionConstraint constraint);
  }
}
