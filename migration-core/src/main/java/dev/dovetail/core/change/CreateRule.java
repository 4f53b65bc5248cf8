package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Rule;
import java.util.Objects;

/** {@code CREATE RULE}, with its comment: a table's rule (a view's come and go with the view). */
public record CreateRule(Rule rule) implements SchemaChange {

  public CreateRule {
    Objects.requireNonNull(rule, "rule");
  }

  @Override
  public DropRule inverse() {
    return new DropRule(rule);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.RULE, rule.relation(), rule.name(), Verb.CREATE);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
