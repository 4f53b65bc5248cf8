package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.EnumType;
import java.util.Objects;

/** {@code DROP TYPE} of an enum no column uses any more. */
public record DropEnum(EnumType type) implements SchemaChange {

  public DropEnum {
    Objects.requireNonNull(type, "type");
  }

  @Override
  public CreateEnum inverse() {
    return new CreateEnum(type);
  }

  @Override
  public boolean destructive() {
    return true;
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.ENUM, type.name(), Verb.DROP);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
