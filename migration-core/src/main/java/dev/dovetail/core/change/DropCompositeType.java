package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.CompositeType;
import java.util.Objects;

/** {@code DROP TYPE} of a composite type. */
public record DropCompositeType(CompositeType type) implements SchemaChange {

  public DropCompositeType {
    Objects.requireNonNull(type, "type");
  }

  @Override
  public CreateCompositeType inverse() {
    return new CreateCompositeType(type);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.COMPOSITE_TYPE, type.name(), Verb.DROP);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
