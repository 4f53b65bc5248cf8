package dev.dovetail.core.change;

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
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
