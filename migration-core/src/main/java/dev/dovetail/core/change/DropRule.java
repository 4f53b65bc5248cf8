package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Rule;
import java.util.Objects;

/** {@code DROP RULE … ON …}: a table's rule (a view's come and go with the view). */
public record DropRule(Rule rule) implements SchemaChange {

  public DropRule {
    Objects.requireNonNull(rule, "rule");
  }

  @Override
  public CreateRule inverse() {
    return new CreateRule(rule);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.RULE, rule.relation(), rule.name(), Verb.DROP);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
