package dev.dovetail.core.change;

import dev.dovetail.core.model.PgSchema;
import java.util.Objects;

/** {@code DROP SCHEMA} of a schema that is already empty (its objects are dropped by their own changes). */
public record DropSchema(PgSchema schema) implements SchemaChange {

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
