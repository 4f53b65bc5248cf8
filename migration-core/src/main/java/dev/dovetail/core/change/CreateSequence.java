package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Sequence;
import java.util.Objects;

/** {@code CREATE SEQUENCE} of a sequence that no new table or column owns (those come with their owner). */
public record CreateSequence(Sequence sequence) implements SchemaChange {

  public CreateSequence {
    Objects.requireNonNull(sequence, "sequence");
  }

  @Override
  public DropSequence inverse() {
    return new DropSequence(sequence);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.SEQUENCE, sequence.name(), Verb.CREATE);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
