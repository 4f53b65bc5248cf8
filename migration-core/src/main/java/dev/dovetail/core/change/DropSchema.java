package dev.dovetail.core.change;

import java.util.Objects;

/** {@code DROP SCHEMA} of a schema that is already empty (its objects are dropped by their own changes). */
public record DropSchema(String schema) implements SchemaChange {

  public DropSchema {
    Objects.requireNonNull(schema, "schema");
  }

  @Override
  public CreateSchema inverse() {
    return new CreateSchema(schema);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
