package dev.dovetail.core.change;

import java.util.Objects;

/**
 * {@code COMMENT ON … IS …} for an object that exists before and after; new objects bring their comments
 * with their creation.
 *
 * @param target the object
 * @param from the comment as it is, or null
 * @param to the comment as it must become, or null to remove it
 */
public record SetComment(CommentTarget target, String from, String to) implements SchemaChange {

  public SetComment {
    Objects.requireNonNull(target, "target");
  }

  @Override
  public SetComment inverse() {
    return new SetComment(target, to, from);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
