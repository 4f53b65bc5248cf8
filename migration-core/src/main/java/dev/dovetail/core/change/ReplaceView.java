package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.View;
import java.util.Objects;

/**
 * {@code CREATE OR REPLACE VIEW} of a plain view whose output columns stay the same (see
 * {@link View#replaceableBy}); views that read it keep working.
 */
public record ReplaceView(View from, View to) implements SchemaChange {

  public ReplaceView {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.replaceableBy(to)) {
      throw new IllegalArgumentException("view " + to.name() + " cannot be replaced in place");
    }
  }

  @Override
  public ReplaceView inverse() {
    return new ReplaceView(to, from);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.VIEW, to.name(), Verb.REPLACE);
  }

  @Override
  public String describe() {
    return "Replaces the query of view " + to.name() + "; its columns stay the same.";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
