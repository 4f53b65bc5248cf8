package dev.dovetail.core.model;

import java.util.Objects;

/**
 * An output column of a view.
 *
 * @param name the column name
 * @param type the type as {@code format_type} prints it
 * @param collation the collation when it differs from the type's default, or null
 * @param comment the column's comment, or null
 */
public record ViewColumn(String name, String type, QualifiedName collation, String comment) {

  public ViewColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** @return a copy with another comment */
  public ViewColumn withComment(String newComment) {
    return new ViewColumn(name, type, collation, newComment);
  }
}
