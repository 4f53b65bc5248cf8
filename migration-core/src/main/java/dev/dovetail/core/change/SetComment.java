package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.QualifiedName;
import java.util.Locale;
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
  public Subject subject() {
    return new Subject(Kind.COMMENT, null, target.toString(), null, Verb.SET);
  }

  /** Named after the target's kind and name: {@code comment_on_column_orders_total}, {@code remove_comment_on_…}. */
  @Override
  public String baseName() {
    String object =
        switch (target.kind()) {
          case SCHEMA -> NameWords.word(target.schema());
          case COLUMN, CONSTRAINT, TRIGGER, POLICY, RULE ->
              NameWords.table(new QualifiedName(target.schema(), target.name())) + "_" + NameWords.word(target.member());
          default -> NameWords.table(new QualifiedName(target.schema(), target.name()));
        };
    return (to == null ? "remove_comment_on_" : "comment_on_") + target.kind().name().toLowerCase(Locale.ROOT) + "_" + object;
  }

  @Override
  public String describe() {
    return (to == null ? "Removes the comment on " : "Sets the comment on ") + target + ".";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
