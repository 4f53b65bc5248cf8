package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
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
  public Subject subject() {
    return Subject.of(view.materialized() ? Kind.MATERIALIZED_VIEW : Kind.VIEW, view.name(), Verb.CREATE);
  }

  @Override
  public String describe() {
    return view.materialized()
        ? "Creates materialized view " + view.name() + ", computes its rows and builds its indexes."
        : SchemaChange.super.describe();
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
