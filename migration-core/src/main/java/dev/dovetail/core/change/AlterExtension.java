package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Extension;
import java.util.Objects;

/**
 * {@code ALTER EXTENSION … UPDATE TO} and {@code … SET SCHEMA}: the same extension at another version or in
 * another schema.
 *
 * @param from the extension as it is
 * @param to the extension as it must become
 */
public record AlterExtension(Extension from, Extension to) implements SchemaChange {

  public AlterExtension {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.name().equals(to.name())) {
      throw new IllegalArgumentException("an AlterExtension keeps the name: " + from.name() + " vs " + to.name());
    }
  }

  @Override
  public AlterExtension inverse() {
    return new AlterExtension(to, from);
  }

  @Override
  public Subject subject() {
    return new Subject(Kind.EXTENSION, null, to.name(), null, from.version().equals(to.version()) ? Verb.MOVE : Verb.UPDATE);
  }

  @Override
  public String describe() {
    return "Changes extension " + to.name() + " from " + from.version() + " in " + from.schema()
        + " to " + to.version() + " in " + to.schema() + ".";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
