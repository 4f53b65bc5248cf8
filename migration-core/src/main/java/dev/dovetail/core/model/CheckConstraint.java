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
 */
public record CheckConstraint(String name, String definition, String comment, List<String> functions) implements Constraint {

  /** A check that calls no user function. */
  public CheckConstraint(String name, String definition, String comment) {
    this(name, definition, comment, List.of());
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
    return new CheckConstraint(name, definition, newComment, functions);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
