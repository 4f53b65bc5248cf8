package dev.dovetail.core.model;

import java.util.Objects;

/**
 * Whether row-level security is on for a table. Only tables with it enabled or forced are listed.
 *
 * @param table the table
 * @param enabled {@code ENABLE ROW LEVEL SECURITY}
 * @param forced {@code FORCE ROW LEVEL SECURITY}: the table's owner is subject to its policies too
 */
public record RowSecurity(QualifiedName table, boolean enabled, boolean forced) implements java.io.Serializable {

  public RowSecurity {
    Objects.requireNonNull(table, "table");
  }

  /** @return the state of a table without row-level security */
  public static RowSecurity off(QualifiedName table) {
    return new RowSecurity(table, false, false);
  }

  /** @return whether neither flag is set */
  public boolean isOff() {
    return !enabled && !forced;
  }
}
