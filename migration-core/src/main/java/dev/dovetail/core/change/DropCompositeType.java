package dev.dovetail.core.change;

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
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
