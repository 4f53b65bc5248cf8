package dev.dovetail.core.change;

import dev.dovetail.core.model.Index;
import java.util.Objects;

/** {@code CREATE INDEX}. */
public record CreateIndex(Index index) implements SchemaChange {

  public CreateIndex {
    Objects.requireNonNull(index, "index");
  }

  @Override
  public DropIndex inverse() {
    return new DropIndex(index);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
