package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Extension;
import java.util.Objects;

/** {@code CREATE EXTENSION … WITH SCHEMA … VERSION …}. */
public record CreateExtension(Extension extension) implements SchemaChange {

  public CreateExtension {
    Objects.requireNonNull(extension, "extension");
  }

  @Override
  public DropExtension inverse() {
    return new DropExtension(extension);
  }

  @Override
  public Subject subject() {
    return new Subject(Kind.EXTENSION, null, extension.name(), null, Verb.CREATE);
  }

  @Override
  public String describe() {
    return "Installs extension " + extension.name() + " " + extension.version() + " in schema " + extension.schema() + ".";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
