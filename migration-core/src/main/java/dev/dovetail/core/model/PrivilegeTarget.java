package dev.dovetail.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The object a privilege is on.
 *
 * @param kind what kind of object
 * @param schema its schema (for a schema: the schema itself)
 * @param name the table, sequence or function name; null for a schema
 * @param arguments a function's argument types ({@link Function#argumentTypes()}); null otherwise
 * @param column the column, for a column privilege; null otherwise
 */
public record PrivilegeTarget(Kind kind, String schema, String name, String arguments, String column)
    implements Comparable<PrivilegeTarget>, java.io.Serializable {

  /** The kinds of object Dovetail manages privileges on. */
  public enum Kind {
    SCHEMA,
    TABLE,
    COLUMN,
    SEQUENCE,
    FUNCTION
  }

  public PrivilegeTarget {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(schema, "schema");
  }

  /** @return the table, sequence or function's qualified name; null for a schema */
  public QualifiedName qualifiedName() {
    return name == null ? null : new QualifiedName(schema, name);
  }

  /** @return the function's signature as {@link Function#signature()} has it, or null */
  public String signature() {
    return kind == Kind.FUNCTION ? qualifiedName() + "(" + arguments + ")" : null;
  }

  @Override
  public int compareTo(PrivilegeTarget other) {
    return toString().compareTo(other.toString());
  }

  /** @return for example {@code table public.orders} or {@code column public.orders.total}, for messages */
  @Override
  public String toString() {
    String object =
        switch (kind) {
          case SCHEMA -> schema;
          case TABLE, SEQUENCE -> schema + "." + name;
          case COLUMN -> schema + "." + name + "." + column;
          case FUNCTION -> signature();
        };
    return kind.name().toLowerCase(Locale.ROOT) + " " + object;
  }
}
