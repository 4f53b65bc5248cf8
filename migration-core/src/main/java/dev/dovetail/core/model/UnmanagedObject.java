package dev.dovetail.core.model;

import java.util.Objects;

/**
 * An object found in a database that Dovetail does not manage yet: it is neither compared nor migrated, and
 * is reported so that nothing is ignored silently.
 *
 * @param kind what it is, in PostgreSQL's words ({@code view}, {@code function}, {@code comment}, …)
 * @param name its quoted, schema-qualified name (functions with their argument types)
 */
public record UnmanagedObject(String kind, String name) implements java.io.Serializable {

  public UnmanagedObject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String toString() {
    return kind + " " + name;
  }
}
