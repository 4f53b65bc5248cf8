package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Policy;
import java.util.Objects;

/** {@code DROP POLICY … ON …}. */
public record DropPolicy(Policy policy) implements SchemaChange {

  public DropPolicy {
    Objects.requireNonNull(policy, "policy");
  }

  @Override
  public CreatePolicy inverse() {
    return new CreatePolicy(policy);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.POLICY, policy.table(), policy.name(), Verb.DROP);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
