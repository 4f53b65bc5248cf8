package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
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
  public Subject subject() {
    return Subject.of(Kind.TRIGGER, trigger.table(), trigger.name(), Verb.CREATE);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
