package dev.dovetail.core.model;

import java.util.Objects;

/**
 * A range type ({@code CREATE TYPE … AS RANGE}) and the multirange type PostgreSQL creates with it. Its constructor
 * functions come with it and are not functions of the model.
 *
 * @param name the qualified name
 * @param subtype the subtype, as {@code format_type} names it (qualified when not in {@code pg_catalog})
 * @param subtypeOpclass the btree operator class of the subtype when it is not the subtype's default, or null
 * @param collation the collation when the subtype is collatable and it is not the subtype's own, or null
 * @param canonical the canonical function, or null
 * @param subtypeDiff the subtype difference function, or null
 * @param multirange the multirange type's qualified name
 * @param comment the comment, or null
 */
public record RangeType(
    QualifiedName name,
    String subtype,
    QualifiedName subtypeOpclass,
    QualifiedName collation,
    QualifiedName canonical,
    QualifiedName subtypeDiff,
    QualifiedName multirange,
    String comment) implements java.io.Serializable {

  public RangeType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(subtype, "subtype");
    Objects.requireNonNull(multirange, "multirange");
  }

  /** @return a copy with another comment */
  public RangeType withComment(String newComment) {
    return new RangeType(name, subtype, subtypeOpclass, collation, canonical, subtypeDiff, multirange, newComment);
  }
}
