package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An extended statistics object ({@code CREATE STATISTICS}) on a table.
 *
 * @param name the qualified name (statistics objects have a namespace of their own in their schema)
 * @param table the table it is on
 * @param definition PostgreSQL's own {@code CREATE STATISTICS} text ({@code pg_get_statisticsobjdef}), names qualified
 * @param columns the table's columns it reads, directly or in its expressions, from the catalog's dependencies
 * @param target its statistics target ({@code ALTER STATISTICS … SET STATISTICS}), or null for the default
 */
public record Statistics(QualifiedName name, QualifiedName table, String definition, List<String> columns, Integer target) implements java.io.Serializable {

  public Statistics {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(definition, "definition");
    columns = columns.stream().sorted().toList();
  }
}
