package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A check constraint.
 *
 * @param name the constraint name
 * @param definition the deparsed definition
 * @param comment the constraint's comment, or null, for example {@code CHECK ((price > (0)::numeric))}
 * @param functions the user functions it calls, by {@link Function#signature()}, from the catalog's
 *     dependencies: PostgreSQL refuses to drop them while the check exists
 * @param validated whether the existing rows were checked ({@code pg_constraint.convalidated}); false for a check
 *     added {@code NOT VALID} and not validated since, whose {@code definition} then leaves the {@code NOT VALID} out
 */
public record CheckConstraint(String name, String definition, String comment, List<String> functions, boolean validated)
    implements Constraint {

  /** A check that calls no user function. */
  public CheckConstraint(String name, String definition, String comment) {
    this(name, definition, comment, List.of());
  }

  /** A validated check. */
  public CheckConstraint(String name, String definition, String comment, List<String> functions) {
    this(name, definition, comment, functions, true);
  }

  public CheckConstraint {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
    functions = functions.stream().sorted().toList();
  }

  @Override
  public List<String> columns() {
    return List.of();
  }

  @Override
  public CheckConstraint withComment(String newComment) {
    return new CheckConstraint(name, definition, newComment, functions, validated);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public CheckConstraint withValidated(boolean newValidated) {
    return new CheckConstraint(name, definition, comment, functions, newValidated);
  }
}
