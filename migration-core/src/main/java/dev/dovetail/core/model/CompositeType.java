package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A composite type ({@code CREATE TYPE … AS (…)}). Its attributes are positional, like a table's columns in a
 * row constructor, so their order is part of the type.
 *
 * @param name the qualified name
 * @param reference the name as column types spell it ({@code format_type}), which is how its users are found
 * @param attributes the attributes in order
 * @param comment the type's comment, or null
 */
public record CompositeType(QualifiedName name, String reference, List<Attribute> attributes, String comment) implements java.io.Serializable {

  public CompositeType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reference, "reference");
    attributes = List.copyOf(attributes);
  }

  /** @return the attribute called {@code attributeName}, if any */
  public java.util.Optional<Attribute> attribute(String attributeName) {
    return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
  }

  /** @return the attributes without their comments, the part {@code ALTER TYPE … ATTRIBUTE} changes */
  public List<Attribute> shape() {
    return attributes.stream().map(a -> a.withComment(null)).toList();
  }
}
