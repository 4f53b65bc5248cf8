package dev.dovetail.core.change;

import java.util.Objects;

/** {@code CREATE SCHEMA}. */
public record CreateSchema(String schema) implements SchemaChange {

  public CreateSchema {
    Objects.requireNonNull(schema, "schema");
  }

  @Override
  public DropSchema inverse() {
    return new DropSchema(schema);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
