package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Sequence;
import java.util.Objects;

/** {@code DROP SEQUENCE}. Its current value is lost; the down recreates it at its start value. */
public record DropSequence(Sequence sequence) implements SchemaChange {

  public DropSequence {
    Objects.requireNonNull(sequence, "sequence");
  }

  @Override
  public CreateSequence inverse() {
    return new CreateSequence(sequence);
  }

  @Override
  public boolean destructive() {
    return true;
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.SEQUENCE, sequence.name(), Verb.DROP);
  }

  @Override
  public String describe() {
    return "Drops sequence " + sequence.name() + "; its current value is lost.";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
