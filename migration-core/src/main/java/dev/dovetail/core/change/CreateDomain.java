package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Domain;
import java.util.Objects;

/** {@code CREATE DOMAIN} with its default, nullability and checks. */
public record CreateDomain(Domain domain) implements SchemaChange {

  public CreateDomain {
    Objects.requireNonNull(domain, "domain");
  }

  @Override
  public DropDomain inverse() {
    return new DropDomain(domain);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.DOMAIN, domain.name(), Verb.CREATE);
  }

  @Override
  public String describe() {
    return "Creates domain " + domain.name() + " over " + domain.baseType() + ".";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
