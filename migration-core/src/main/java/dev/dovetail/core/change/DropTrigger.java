package dev.dovetail.core.change;

import dev.dovetail.core.model.Trigger;
import java.util.Objects;

/** {@code DROP TRIGGER … ON …}. */
public record DropTrigger(Trigger trigger) implements SchemaChange {

  public DropTrigger {
    Objects.requireNonNull(trigger, "trigger");
  }

  @Override
  public CreateTrigger inverse() {
    return new CreateTrigger(trigger);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
