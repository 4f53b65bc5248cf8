package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Policy;
import java.util.Objects;

/**
 * {@code ALTER POLICY}: new roles, {@code USING} or {@code WITH CHECK} for a policy whose command and
 * permissiveness stay the same. The comment is not part of it ({@link SetComment} is).
 *
 * @param from the policy as it is
 * @param to the policy as it must become
 */
public record AlterPolicy(Policy from, Policy to) implements SchemaChange {

  public AlterPolicy {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.alterableTo(to) || !to.alterableTo(from)) {
      throw new IllegalArgumentException("not alterable in place: policy " + from.key());
    }
  }

  @Override
  public AlterPolicy inverse() {
    return new AlterPolicy(to, from);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.POLICY, to.table(), to.name(), Verb.ALTER);
  }

  @Override
  public String describe() {
    return "Changes the roles or expressions of policy " + to.name() + " on " + to.table() + ".";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
