package dev.dovetail.core.change;

import dev.dovetail.core.model.PgSchema;
import java.util.Objects;

/** {@code CREATE SCHEMA}, with its comment. */
public record CreateSchema(PgSchema schema) implements SchemaChange {

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
