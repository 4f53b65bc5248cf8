package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.View;
import java.util.Objects;

/** {@code DROP [MATERIALIZED] VIEW}; views that read it are dropped before it by their own changes. */
public record DropView(View view) implements SchemaChange {

  public DropView {
    Objects.requireNonNull(view, "view");
  }

  @Override
  public CreateView inverse() {
    return new CreateView(view);
  }

  @Override
  public Subject subject() {
    return Subject.of(view.materialized() ? Kind.MATERIALIZED_VIEW : Kind.VIEW, view.name(), Verb.DROP);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
