package dev.dovetail.core.model;

import java.util.Objects;

/**
 * A sequence. Identity columns' sequences are part of their {@link Identity}, not sequences of their own; a
 * {@code serial} column's sequence is one, owned by its column.
 *
 * @param name the qualified name
 * @param dataType {@code smallint}, {@code integer} or {@code bigint}
 * @param start the start value
 * @param increment the increment
 * @param min the minimum value
 * @param max the maximum value
 * @param cache the cache size
 * @param cycle whether it cycles
 * @param ownedBy the column it belongs to ({@code OWNED BY}), or null
 * @param comment the sequence's comment, or null
 */
public record Sequence(
    QualifiedName name,
    String dataType,
    long start,
    long increment,
    long min,
    long max,
    long cache,
    boolean cycle,
    ColumnRef ownedBy,
    String comment) implements java.io.Serializable {

  public Sequence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataType, "dataType");
  }

  /** @return whether this sequence belongs to a column of {@code table} */
  public boolean ownedByTable(QualifiedName table) {
    return ownedBy != null && ownedBy.table().equals(table);
  }

  /** @return whether this sequence belongs to {@code column} of {@code table} */
  public boolean ownedByColumn(QualifiedName table, String column) {
    return ownedByTable(table) && ownedBy.column().equals(column);
  }

  /** @return a copy without an owner */
  public Sequence withoutOwner() {
    return new Sequence(name, dataType, start, increment, min, max, cache, cycle, null, comment);
  }

  /** @return a copy with another comment */
  public Sequence withComment(String newComment) {
    return new Sequence(name, dataType, start, increment, min, max, cache, cycle, ownedBy, newComment);
  }
}
