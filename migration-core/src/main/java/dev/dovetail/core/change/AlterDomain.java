package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Domain;
import java.util.Objects;

/**
 * {@code ALTER DOMAIN}: default, nullability and checks of a domain whose base type stays the same.
 *
 * @param from the domain as it is
 * @param to the domain as it must become
 */
public record AlterDomain(Domain from, Domain to) implements SchemaChange {

  public AlterDomain {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.name().equals(to.name()) || !from.baseType().equals(to.baseType())) {
      throw new IllegalArgumentException("an AlterDomain keeps name and base type: " + from.name());
    }
  }

  @Override
  public AlterDomain inverse() {
    return new AlterDomain(to, from);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.DOMAIN, to.name(), Verb.ALTER);
  }

  @Override
  public String describe() {
    return "Changes the default, nullability or checks of domain " + to.name() + ".";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
