package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Function;
import java.util.Objects;

/** {@code CREATE FUNCTION} or {@code CREATE PROCEDURE}. */
public record CreateFunction(Function function) implements SchemaChange {

  public CreateFunction {
    Objects.requireNonNull(function, "function");
  }

  @Override
  public DropFunction inverse() {
    return new DropFunction(function);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.of(function), function.name(), function.argumentTypes(), Verb.CREATE);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
