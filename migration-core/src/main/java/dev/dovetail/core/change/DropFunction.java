package dev.dovetail.core.change;

import dev.dovetail.core.model.Function;
import java.util.Objects;

/** {@code DROP FUNCTION} or {@code DROP PROCEDURE}, by signature. */
public record DropFunction(Function function) implements SchemaChange {

  public DropFunction {
    Objects.requireNonNull(function, "function");
  }

  @Override
  public CreateFunction inverse() {
    return new CreateFunction(function);
  }

  @Override
  public boolean destructive() {
    return true;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
