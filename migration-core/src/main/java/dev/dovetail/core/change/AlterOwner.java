package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Ownership;
import java.util.Objects;

/**
 * {@code ALTER <kind> <object> OWNER TO <role>}: gives an object to another role. A null role stands for the role
 * that runs the migration ({@code OWNER TO CURRENT_USER}): the owner of an object that was created without a stated
 * owner, which is what the down of a new object's owner change gives it back to before it is dropped.
 *
 * @param target the object
 * @param owner the new owner; null for the role that runs the migration
 * @param previous the owner before, which the inverse gives the object back to; null for the role that runs the migration
 */
public record AlterOwner(Ownership.Target target, String owner, String previous) implements SchemaChange {

  public AlterOwner {
    Objects.requireNonNull(target, "target");
    if (Objects.equals(owner, previous)) {
      throw new IllegalArgumentException("an owner change of " + target + " to the owner it has: " + owner);
    }
  }

  @Override
  public AlterOwner inverse() {
    return new AlterOwner(target, previous, owner);
  }

  @Override
  public Subject subject() {
    Kind kind = Kind.valueOf(target.kind().name());
    return switch (target.kind()) {
      case SCHEMA -> new Subject(kind, target.schema(), null, null, Verb.ALTER);
      case FUNCTION, PROCEDURE -> new Subject(kind, target.schema(), target.name(), target.arguments(), Verb.ALTER);
      default -> new Subject(kind, target.schema(), target.name(), null, Verb.ALTER);
    };
  }

  @Override
  public String baseName() {
    String kind = Kind.valueOf(target.kind().name()).word();
    String object = target.name() == null
        ? NameWords.word(target.schema())
        : NameWords.table(target.qualifiedName());
    return NameWords.join("alter_owner_of", kind, object, "to", owner == null ? "current_user" : NameWords.word(owner));
  }

  @Override
  public String describe() {
    return "Gives " + target + " to " + (owner == null ? "the role that runs the migration" : "role " + owner)
        + (previous == null ? "." : " (owned by role " + previous + " before).");
  }

  /** @return the object's kind as a sentence says it, for messages */
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
