package dev.dovetail.core.change;

import dev.dovetail.core.model.Sequence;
import java.util.Objects;

/**
 * {@code ALTER SEQUENCE}: options or owner of one sequence change.
 *
 * @param from the sequence as it is
 * @param to the sequence as it must become
 */
public record AlterSequence(Sequence from, Sequence to) implements SchemaChange {

  public AlterSequence {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.name().equals(to.name())) {
      throw new IllegalArgumentException("an AlterSequence keeps the name: " + from.name() + " vs " + to.name());
    }
  }

  @Override
  public AlterSequence inverse() {
    return new AlterSequence(to, from);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
