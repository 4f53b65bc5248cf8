package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An index that does not back a constraint (those belong to their {@link Constraint}).
 *
 * @param name the index name (it lives in its table's schema)
 * @param table the indexed table
 * @param unique whether the index is unique
 * @param method the access method ({@code btree}, {@code gin}, …)
 * @param keys the key columns or expressions, deparsed
 * @param include the {@code INCLUDE} columns
 * @param predicate the partial-index predicate, or null
 * @param definition the whole deparsed {@code CREATE INDEX} statement ({@code pg_get_indexdef})
 * @param comment the index's comment, or null
 */
public record Index(
    String name,
    QualifiedName table,
    boolean unique,
    String method,
    List<String> keys,
    List<String> include,
    String predicate,
    String definition,
    String comment) implements java.io.Serializable {

  public Index {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(definition, "definition");
    keys = List.copyOf(keys);
    include = List.copyOf(include);
  }

  /** @return a copy with another comment */
  public Index withComment(String newComment) {
    return new Index(name, table, unique, method, keys, include, predicate, definition, newComment);
  }

  /** @return the index's own qualified name */
  public QualifiedName qualifiedName() {
    return new QualifiedName(table.schema(), name);
  }
}
