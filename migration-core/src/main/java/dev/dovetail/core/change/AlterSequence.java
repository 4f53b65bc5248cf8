package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
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

  /** @return whether only the owning column changes: the sequence is attached to a column or detached from it */
  public boolean ownerOnly() {
    return from.withoutOwner().equals(to.withoutOwner());
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.SEQUENCE, to.name(), !ownerOnly() ? Verb.ALTER : to.ownedBy() == null ? Verb.DETACH : Verb.ATTACH);
  }

  @Override
  public String describe() {
    if (ownerOnly()) {
      return to.ownedBy() == null
          ? "Detaches sequence " + to.name() + " from column " + from.ownedBy() + "."
          : "Attaches sequence " + to.name() + " to column " + to.ownedBy() + ".";
    }
    return "Changes the options of sequence " + to.name() + ".";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
