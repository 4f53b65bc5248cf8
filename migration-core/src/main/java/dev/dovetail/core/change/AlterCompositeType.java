package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.CompositeType;
import java.util.Objects;

/**
 * {@code ALTER TYPE … ADD / DROP / ALTER ATTRIBUTE}: attributes are appended or removed at the end, or change
 * type in place, so that both this change and its inverse keep the attribute order (the differ only makes
 * such changes).
 *
 * @param from the type as it is
 * @param to the type as it must become
 */
public record AlterCompositeType(CompositeType from, CompositeType to) implements SchemaChange {

  public AlterCompositeType {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** Values held in a removed attribute are lost. */
  @Override
  public boolean destructive() {
    return from.attributes().stream().anyMatch(a -> to.attribute(a.name()).isEmpty());
  }

  @Override
  public AlterCompositeType inverse() {
    return new AlterCompositeType(to, from);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.COMPOSITE_TYPE, to.name(), Verb.ALTER);
  }

  @Override
  public String describe() {
    return "Changes the attributes of composite type " + to.name() + ".";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
