package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Trigger;
import java.util.Objects;

/**
 * {@code ALTER TABLE … ENABLE / DISABLE / ENABLE REPLICA / ENABLE ALWAYS TRIGGER}: a trigger whose only change is when it
 * fires ({@link Trigger#enabled()}) keeps existing, where dropping and creating it would leave writes in between
 * without it.
 *
 * @param from the trigger as it is
 * @param to the trigger as it must be: the same but for its state (and comment, which its own change sets)
 */
public record AlterTriggerState(Trigger from, Trigger to) implements SchemaChange {

  public AlterTriggerState {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  @Override
  public AlterTriggerState inverse() {
    return new AlterTriggerState(to, from);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.TRIGGER, to.table(), to.name(), Verb.ALTER);
  }

  @Override
  public String baseName() {
    return NameWords.join(word(to.enabled()) + "_trigger", NameWords.table(to.table()), NameWords.word(to.name()));
  }

  @Override
  public String describe() {
    return "Makes trigger " + to.name() + " of table " + to.table() + " " + state(to.enabled()) + " (was " + state(from.enabled()) + ").";
  }

  private static String word(char enabled) {
    return switch (enabled) {
      case 'D' -> "disable";
      case 'R' -> "enable_replica";
      case 'A' -> "enable_always";
      default -> "enable";
    };
  }

  /** @return what a state means, as the description says it */
  public static String state(char enabled) {
    return switch (enabled) {
      case 'D' -> "disabled";
      case 'R' -> "fire only for replicated changes (ENABLE REPLICA)";
      case 'A' -> "fire always (ENABLE ALWAYS)";
      default -> "enabled";
    };
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
