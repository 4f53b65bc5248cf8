package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
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

  /**
   * @return whether {@code changes[i]} drops a function that {@code changes[i + 1]} creates again under the same
   *     signature: how a function whose result, argument names or defaults change is replaced
   */
  public static boolean recreatesAt(java.util.List<SchemaChange> changes, int i) {
    return i + 1 < changes.size()
        && changes.get(i) instanceof DropFunction drop
        && changes.get(i + 1) instanceof CreateFunction create
        && create.function().signature().equals(drop.function().signature());
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.of(function), function.name(), function.argumentTypes(), Verb.DROP);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
