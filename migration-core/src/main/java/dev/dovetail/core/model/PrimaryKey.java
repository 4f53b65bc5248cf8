package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A primary key constraint.
 *
 * @param name the constraint name
 * @param columns the key columns in order
 * @param definition the deparsed definition
 */
public record PrimaryKey(String name, List<String> columns, String definition) implements Constraint {

  public PrimaryKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
    columns = List.copyOf(columns);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
