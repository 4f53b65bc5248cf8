package dev.dovetail.core.model;

import java.util.Objects;

/**
 * An attribute ({@code pg_attribute}) of a view or a composite type: a name and a type in a fixed position.
 * A table's attributes carry more and are {@link Column}s.
 *
 * @param name the attribute name
 * @param type the type as {@code format_type} prints it
 * @param collation the collation when it differs from the type's default, or null
 * @param comment the attribute's comment, or null
 */
public record Attribute(String name, String type, QualifiedName collation, String comment) implements java.io.Serializable {

  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** @return a copy with another comment */
  public Attribute withComment(String newComment) {
    return new Attribute(name, type, collation, newComment);
  }
}
