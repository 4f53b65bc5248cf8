package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Function;
import java.util.Objects;

/**
 * {@code CREATE OR REPLACE FUNCTION}: a new body or attributes for a function whose signature, result and
 * argument names stay the same.
 *
 * @param from the function as it is
 * @param to the function as it must become
 */
public record ReplaceFunction(Function from, Function to) implements SchemaChange {

  public ReplaceFunction {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.replaceableBy(to) || !from.signature().equals(to.signature())) {
      throw new IllegalArgumentException("not replaceable in place: " + from.signature() + " by " + to.signature());
    }
  }

  @Override
  public ReplaceFunction inverse() {
    return new ReplaceFunction(to, from);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.of(to), to.name(), to.argumentTypes(), Verb.REPLACE);
  }

  @Override
  public String describe() {
    return "Replaces the definition of " + Kind.of(to).phrase() + " " + to.signature() + ".";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
