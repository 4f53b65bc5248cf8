package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Extension;
import java.util.Objects;

/** {@code DROP EXTENSION}, once nothing managed uses its objects any more. */
public record DropExtension(Extension extension) implements SchemaChange {

  public DropExtension {
    Objects.requireNonNull(extension, "extension");
  }

  @Override
  public CreateExtension inverse() {
    return new CreateExtension(extension);
  }

  @Override
  public boolean destructive() {
    return true;
  }

  @Override
  public Subject subject() {
    return new Subject(Kind.EXTENSION, null, extension.name(), null, Verb.DROP);
  }

  @Override
  public String describe() {
    return "Removes extension " + extension.name() + ".";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
