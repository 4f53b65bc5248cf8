package dev.dovetail.core.change;

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
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
