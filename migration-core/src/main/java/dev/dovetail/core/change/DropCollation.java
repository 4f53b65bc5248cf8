package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Collation;
import java.util.Objects;

/** {@code DROP COLLATION} of a collation nothing uses any more (it holds no data). */
public record DropCollation(Collation collation) implements SchemaChange {

  public DropCollation {
    Objects.requireNonNull(collation, "collation");
  }

  @Override
  public CreateCollation inverse() {
    return new CreateCollation(collation);
  }

  /**
   * A collation holds no data, but it is dropped in the contract phase, as a domain is: after the column and table
   * drops (contract steps) that still use it.
   */
  @Override
  public boolean destructive() {
    return true;
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.COLLATION, collation.name(), Verb.DROP);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
