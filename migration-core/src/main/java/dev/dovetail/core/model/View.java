package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A view or materialized view.
 *
 * <p>Two views are the same <em>definition</em> ({@link #sameDefinition}) when their query, kind and options
 * agree; their output columns then follow from the tables they read, so a view whose table column changes
 * type keeps its definition and only needs rebuilding around that change.
 *
 * @param name the qualified name
 * @param materialized whether it is a materialized view
 * @param definition the query ({@code pg_get_viewdef}, without the trailing semicolon)
 * @param options the {@code WITH} options as {@code key=value} ({@code check_option}, {@code security_barrier},
 *     {@code security_invoker}; storage parameters for a materialized view), sorted
 * @param columns the output columns in order: {@code CREATE OR REPLACE VIEW} must keep them
 * @param indexes a materialized view's indexes (a view has none)
 * @param comment the view's comment, or null
 * @param dependencies what the query reads, from the catalog's dependencies
 * @param triggers a view's {@code INSTEAD OF} (and statement) triggers, sorted by name: they go when the view is
 *     dropped, so they come back with it
 * @param rules its rules other than the query itself ({@code CREATE RULE … DO INSTEAD …}), sorted by name; they
 *     go when the view is dropped too (a table's rules are {@link DatabaseSchema#rules()})
 */
public record View(
    QualifiedName name,
    boolean materialized,
    String definition,
    List<String> options,
    List<Attribute> columns,
    List<Index> indexes,
    String comment,
    ViewDependencies dependencies,
    List<Trigger> triggers,
    List<Rule> rules) implements java.io.Serializable {

  public View {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(dependencies, "dependencies");
    options = options.stream().sorted().toList();
    columns = List.copyOf(columns);
    indexes = indexes.stream().sorted(java.util.Comparator.comparing(Index::name)).toList();
    triggers = triggers.stream().sorted(java.util.Comparator.comparing(Trigger::name)).toList();
    rules = rules.stream().sorted(java.util.Comparator.comparing(Rule::name)).toList();
  }

  /** @return whether {@code other} has the same kind, query and options (columns, indexes and comments aside) */
  public boolean sameDefinition(View other) {
    return materialized == other.materialized && definition.equals(other.definition) && options.equals(other.options);
  }

  /**
   * @return whether {@code CREATE OR REPLACE VIEW} can turn this view into {@code other} and back: both plain
   *     views with the same output columns (PostgreSQL could append columns, but the down could not remove them)
   */
  public boolean replaceableBy(View other) {
    return !materialized && !other.materialized && sameColumns(other);
  }

  private boolean sameColumns(View other) {
    if (columns.size() != other.columns.size()) {
      return false;
    }
    for (int i = 0; i < columns.size(); i++) {
      if (!columns.get(i).withComment(null).equals(other.columns.get(i).withComment(null))) {
        return false;
      }
    }
    return true;
  }

  /** @return a copy with other indexes and triggers */
  public View with(List<Index> newIndexes, List<Trigger> newTriggers) {
    return new View(name, materialized, definition, options, columns, newIndexes, comment, dependencies, newTriggers, rules);
  }

  /** @return the output column called {@code columnName}, if any */
  public java.util.Optional<Attribute> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }
}
