package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.CompositeType;
import java.util.Objects;

/** {@code CREATE TYPE} of a composite type, with its comments. */
public record CreateCompositeType(CompositeType type) implements SchemaChange {

  public CreateCompositeType {
    Objects.requireNonNull(type, "type");
  }

  @Override
  public DropCompositeType inverse() {
    return new DropCompositeType(type);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.COMPOSITE_TYPE, type.name(), Verb.CREATE);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
