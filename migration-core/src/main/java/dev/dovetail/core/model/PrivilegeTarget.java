package dev.dovetail.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The object a privilege is on; for a default privilege ({@code ALTER DEFAULT PRIVILEGES}), the objects of one kind
 * that a role creates from then on.
 *
 * @param kind what kind of object
 * @param schema its schema (for a schema: the schema itself); for a default privilege, the schema it is limited to
 *     ({@code IN SCHEMA}), or null for every schema
 * @param name the table, sequence or function name; null for a schema; for a default privilege, the role whose new
 *     objects it applies to ({@code FOR ROLE}), or null for the role that runs the migrations (on a scratch database,
 *     the role the declared SQL runs as)
 * @param arguments a function's argument types ({@link Function#argumentTypes()}); null otherwise
 * @param column the column, for a column privilege; null otherwise
 */
public record PrivilegeTarget(Kind kind, String schema, String name, String arguments, String column)
    implements Comparable<PrivilegeTarget>, java.io.Serializable {

  /** The kinds of object Dovetail manages privileges on, and the kinds of default privileges. */
  public enum Kind {
    SCHEMA,
    TABLE,
    COLUMN,
    SEQUENCE,
    FUNCTION,
    /** Default privileges on tables, views and materialized views created later. */
    DEFAULT_TABLES,
    /** Default privileges on sequences created later. */
    DEFAULT_SEQUENCES,
    /** Default privileges on functions and procedures created later. */
    DEFAULT_FUNCTIONS,
    /** Default privileges on types and domains created later. */
    DEFAULT_TYPES,
    /** Default privileges on schemas created later (never limited to a schema). */
    DEFAULT_SCHEMAS;

    /** @return whether this is a kind of default privileges */
    public boolean defaults() {
      return name().startsWith("DEFAULT_");
    }

    /** @return for a kind of default privileges, the objects as {@code ALTER DEFAULT PRIVILEGES} names them: {@code TABLES}, … */
    public String objects() {
      return name().substring("DEFAULT_".length());
    }
  }

  public PrivilegeTarget {
    Objects.requireNonNull(kind, "kind");
    if (!kind.defaults()) {
      Objects.requireNonNull(schema, "schema");
    }
  }

  /**
   * @param kind a kind of default privileges
   * @param role the role whose new objects they apply to, or null for the role that runs the migrations
   * @param schema the schema they are limited to, or null
   * @return the target of default privileges
   */
  public static PrivilegeTarget defaults(Kind kind, String role, String schema) {
    if (!kind.defaults()) {
      throw new IllegalArgumentException(kind + " is not a kind of default privileges");
    }
    return new PrivilegeTarget(kind, schema, role, null, null);
  }

  /** @return for default privileges, the role whose new objects they apply to, or null for the role that runs the migrations */
  public String role() {
    return kind.defaults() ? name : null;
  }

  /** @return the table, sequence or function's qualified name; null for a schema and for default privileges */
  public QualifiedName qualifiedName() {
    return name == null || kind.defaults() ? null : new QualifiedName(schema, name);
  }

  /** @return the function's signature as {@link Function#signature()} has it, or null */
  public String signature() {
    return kind == Kind.FUNCTION ? qualifiedName() + "(" + arguments + ")" : null;
  }

  @Override
  public int compareTo(PrivilegeTarget other) {
    return toString().compareTo(other.toString());
  }

  /**
   * @return for example {@code table public.orders}, {@code column public.orders.total} or, for default privileges,
   *     {@code tables created later by role app in schema sales}, for messages
   */
  @Override
  public String toString() {
    if (kind.defaults()) {
      return kind.objects().toLowerCase(Locale.ROOT) + " created later" + (name == null ? "" : " by role " + name)
          + (schema == null ? "" : " in schema " + schema);
    }
    String object =
        switch (kind) {
          case SCHEMA -> schema;
          case TABLE, SEQUENCE -> schema + "." + name;
          case COLUMN -> schema + "." + name + "." + column;
          case FUNCTION -> signature();
          default -> throw new IllegalStateException(kind.name());
        };
    return kind.name().toLowerCase(Locale.ROOT) + " " + object;
  }
}
