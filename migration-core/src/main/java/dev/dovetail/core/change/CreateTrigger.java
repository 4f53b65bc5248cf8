package dev.dovetail.core.change;

import dev.dovetail.core.model.Trigger;
import java.util.Objects;

/** {@code CREATE TRIGGER}, with its enabled state. */
public record CreateTrigger(Trigger trigger) implements SchemaChange {

  public CreateTrigger {
    Objects.requireNonNull(trigger, "trigger");
  }

  @Override
  public DropTrigger inverse() {
    return new DropTrigger(trigger);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
