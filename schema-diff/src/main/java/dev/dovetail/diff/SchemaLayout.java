package dev.dovetail.diff;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import java.util.Locale;

/** How {@code migrations:init} lays the declared schema out in files. */
public enum SchemaLayout {
  /** One file per schema ({@code public.sql}): the whole schema reviewed in one place. */
  SCHEMA,
  /** One file per object ({@code 004_table_orders.sql}), numbered in dependency order: small files, small merges. */
  OBJECT;

  /**
   * @return the layout a parameter names ({@code schema} or {@code object}, any case)
   * @throws MigrationException with {@link ErrorCode#CONFIGURATION_INVALID} for anything else
   */
  public static SchemaLayout parse(String value) {
    for (SchemaLayout layout : values()) {
      if (layout.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
        return layout;
      }
    }
    throw new MigrationException(
        ErrorCode.CONFIGURATION_INVALID, "layout '" + value + "' is not a schema layout; use schema (one file per schema) or object (one file per object)");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
