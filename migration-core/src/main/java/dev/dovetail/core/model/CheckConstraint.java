package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A check constraint.
 *
 * @param name the constraint name
 * @param definition the deparsed definition
 * @param comment the constraint's comment, or null, for example {@code CHECK ((price > (0)::numeric))}
 */
public record CheckConstraint(String name, String definition, String comment) implements Constraint {

  public CheckConstraint {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
  }

  @Override
  public List<String> columns() {
    return List.of();
  }

  @Override
  public CheckConstraint withComment(String newComment) {
    return new CheckConstraint(name, definition, newComment);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
