package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.EnumType;
import java.util.Objects;

/** {@code CREATE TYPE … AS ENUM}. */
public record CreateEnum(EnumType type) implements SchemaChange {

  public CreateEnum {
    Objects.requireNonNull(type, "type");
  }

  @Override
  public DropEnum inverse() {
    return new DropEnum(type);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.ENUM, type.name(), Verb.CREATE);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
