package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Domain;
import java.util.Objects;

/** {@code DROP DOMAIN} of a domain no column uses any more. */
public record DropDomain(Domain domain) implements SchemaChange {

  public DropDomain {
    Objects.requireNonNull(domain, "domain");
  }

  @Override
  public CreateDomain inverse() {
    return new CreateDomain(domain);
  }

  @Override
  public boolean destructive() {
    return true;
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.DOMAIN, domain.name(), Verb.DROP);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
