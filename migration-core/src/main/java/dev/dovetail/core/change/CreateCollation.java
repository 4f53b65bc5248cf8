package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Collation;
import java.util.Objects;

/** {@code CREATE COLLATION}: before the columns, domains and composite types that use it. */
public record CreateCollation(Collation collation) implements SchemaChange {

  public CreateCollation {
    Objects.requireNonNull(collation, "collation");
  }

  @Override
  public DropCollation inverse() {
    return new DropCollation(collation);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.COLLATION, collation.name(), Verb.CREATE);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
