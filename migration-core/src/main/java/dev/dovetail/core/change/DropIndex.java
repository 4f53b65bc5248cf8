package dev.dovetail.core.change;

import dev.dovetail.core.model.Index;
import java.util.Objects;

/** {@code DROP INDEX}. */
public record DropIndex(Index index) implements SchemaChange {

  public DropIndex {
    Objects.requireNonNull(index, "index");
  }

  @Override
  public CreateIndex inverse() {
    return new CreateIndex(index);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
