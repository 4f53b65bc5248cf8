package dev.dovetail.core.change;

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
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
