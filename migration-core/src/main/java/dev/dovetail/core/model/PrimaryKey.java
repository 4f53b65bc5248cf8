package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A primary key constraint.
 *
 * @param name the constraint name
 * @param columns the key columns in order
 * @param definition the deparsed definition
 * @param comment the constraint's comment, or null
 * @param indexComment the comment of the index behind the constraint ({@code COMMENT ON INDEX}), or null
 */
public record PrimaryKey(String name, List<String> columns, String definition, String comment, String indexComment)
    implements Constraint {

  public PrimaryKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
    columns = List.copyOf(columns);
  }

  /** A primary key whose index has no comment. */
  public PrimaryKey(String name, List<String> columns, String definition, String comment) {
    this(name, columns, definition, comment, null);
  }

  @Override
  public PrimaryKey withComment(String newComment) {
    return new PrimaryKey(name, columns, definition, newComment, indexComment);
  }

  @Override
  public PrimaryKey withIndexComment(String newComment) {
    return new PrimaryKey(name, columns, definition, comment, newComment);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
