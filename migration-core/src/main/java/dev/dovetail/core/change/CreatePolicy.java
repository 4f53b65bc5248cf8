package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Policy;
import java.util.Objects;

/** {@code CREATE POLICY}, with its comment. */
public record CreatePolicy(Policy policy) implements SchemaChange {

  public CreatePolicy {
    Objects.requireNonNull(policy, "policy");
  }

  @Override
  public DropPolicy inverse() {
    return new DropPolicy(policy);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.POLICY, policy.table(), policy.name(), Verb.CREATE);
  }

  @Override
  public String describe() {
    return "Creates " + (policy.permissive() ? "permissive" : "restrictive") + " policy " + policy.name() + " for " + policy.command()
        + " on " + policy.table() + ".";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
