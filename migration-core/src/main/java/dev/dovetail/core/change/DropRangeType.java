package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.RangeType;
import java.util.Objects;

/** {@code DROP TYPE} of a range type (its multirange goes with it) that nothing uses any more. */
public record DropRangeType(RangeType type) implements SchemaChange {

  public DropRangeType {
    Objects.requireNonNull(type, "type");
  }

  @Override
  public CreateRangeType inverse() {
    return new CreateRangeType(type);
  }

  /** A range type holds no data, but it goes in the contract phase, after the contract drops of what uses it. */
  @Override
  public boolean destructive() {
    return true;
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.RANGE_TYPE, type.name(), Verb.DROP);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
