package dev.dovetail.core.change;

import dev.dovetail.core.model.View;
import java.util.Objects;

/** {@code CREATE [MATERIALIZED] VIEW}, with a materialized view's indexes and the comments. */
public record CreateView(View view) implements SchemaChange {

  public CreateView {
    Objects.requireNonNull(view, "view");
  }

  @Override
  public DropView inverse() {
    return new DropView(view);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
