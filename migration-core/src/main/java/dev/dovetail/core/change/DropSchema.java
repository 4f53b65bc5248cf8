package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
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
  public Subject subject() {
    return new Subject(Kind.SCHEMA, schema.name(), null, null, Verb.DROP);
  }

  @Override
  public String describe() {
    return "Drops the empty schema " + schema.name() + ".";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
