package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Rule;
import java.util.Objects;

/**
 * {@code CREATE OR REPLACE RULE}: a table's rule changed in one statement, so that there is no moment without it (a
 * rule that guards a table, {@code DO INSTEAD NOTHING}, would otherwise let writes through between a drop and a
 * creation).
 *
 * @param from the rule as it is
 * @param to the rule as it must become, of the same table and name
 */
public record ReplaceRule(Rule from, Rule to) implements SchemaChange {

  public ReplaceRule {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.relation().equals(to.relation()) || !from.name().equals(to.name())) {
      throw new IllegalArgumentException("a rule is replaced by one of its table and name: " + from.name() + " by " + to.name());
    }
  }

  @Override
  public ReplaceRule inverse() {
    return new ReplaceRule(to, from);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.RULE, to.relation(), to.name(), Verb.REPLACE);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
