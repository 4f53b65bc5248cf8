package dev.dovetail.core.model;

import java.util.Objects;

/**
 * A column of a table, by name.
 *
 * @param table the table
 * @param column the column name
 */
public record ColumnRef(QualifiedName table, String column) implements java.io.Serializable {

  public ColumnRef {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public String toString() {
    return table + "." + column;
  }
}
