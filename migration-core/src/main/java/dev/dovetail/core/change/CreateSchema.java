package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
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
  public Subject subject() {
    return new Subject(Kind.SCHEMA, schema.name(), null, null, Verb.CREATE);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
