package dev.dovetail.diff.compare;

import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.SetComment;
import dev.dovetail.core.model.QualifiedName;
import java.util.List;
import java.util.Objects;

/** The comment of an object present on both sides; a new object brings its comment with its creation. */
final class Comments {

  private Comments() {}

  /** @return a {@link SetComment} when the comment changes, else nothing */
  static List<SchemaChange> of(CommentTarget target, String from, String to) {
    return Objects.equals(from, to) ? List.of() : List.of(new SetComment(target, from, to));
  }

  static CommentTarget target(CommentTarget.Kind kind, QualifiedName object, String member) {
    return new CommentTarget(kind, object.schema(), object.name(), member);
  }
}
