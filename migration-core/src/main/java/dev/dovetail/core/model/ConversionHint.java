package dev.dovetail.core.model;

import java.util.Objects;

/**
 * A column conversion the declared schema states with comment lines, for a type change no cast can make:
 *
 * <pre>
 * -- migrations:using public.events.at to_timestamp(at)
 * -- migrations:using-down public.events.at extract(epoch FROM at)::bigint
 * </pre>
 *
 * @param table the column's table, as declared
 * @param column the column
 * @param conversion the expressions
 * @param location where the hint is written ({@code file:line}), for messages
 */
public record ConversionHint(QualifiedName table, String column, ColumnConversion conversion, String location) implements java.io.Serializable {

  public ConversionHint {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(conversion, "conversion");
    Objects.requireNonNull(location, "location");
  }
}
