package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An exclusion constraint ({@code EXCLUDE USING gist (room WITH =, during WITH &&)}).
 *
 * @param name the constraint name
 * @param columns the columns its key uses
 * @param definition the deparsed definition
 * @param comment the constraint's comment, or null
 * @param indexComment the comment of the index behind the constraint ({@code COMMENT ON INDEX}), or null
 */
public record ExclusionConstraint(String name, List<String> columns, String definition, String comment, String indexComment)
    implements Constraint {

  public ExclusionConstraint {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
    columns = List.copyOf(columns);
  }

  /** A exclusion constraint whose index has no comment. */
  public ExclusionConstraint(String name, List<String> columns, String definition, String comment) {
    this(name, columns, definition, comment, null);
  }

  @Override
  public ExclusionConstraint withComment(String newComment) {
    return new ExclusionConstraint(name, columns, definition, newComment, indexComment);
  }

  @Override
  public ExclusionConstraint withIndexComment(String newComment) {
    return new ExclusionConstraint(name, columns, definition, comment, newComment);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
