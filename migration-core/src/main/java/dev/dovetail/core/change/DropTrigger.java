package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
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
  public Subject subject() {
    return Subject.of(Kind.TRIGGER, trigger.table(), trigger.name(), Verb.DROP);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
