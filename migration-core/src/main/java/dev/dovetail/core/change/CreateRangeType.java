package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.RangeType;
import java.util.Objects;

/** {@code CREATE TYPE … AS RANGE}, with its multirange and comment: before the columns, domains and functions that use them. */
public record CreateRangeType(RangeType type) implements SchemaChange {

  public CreateRangeType {
    Objects.requireNonNull(type, "type");
  }

  @Override
  public DropRangeType inverse() {
    return new DropRangeType(type);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.RANGE_TYPE, type.name(), Verb.CREATE);
  }

  @Override
  public String describe() {
    return "Creates range type " + type.name() + " of " + type.subtype() + ".";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
