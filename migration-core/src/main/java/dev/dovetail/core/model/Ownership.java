package dev.dovetail.core.model;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * Who owns one object, recorded only when the owner is stated: a role other than the one that read the catalog
 * (on a scratch database, the role that loaded the declared schema; on the live database, the migrating user). An
 * object owned by the reading role has no entry, and an object of the declared schema without an entry keeps
 * the owner it has ({@code OWNER TO} left out, as in a dump taken with {@code --no-owner}).
 *
 * @param target the object
 * @param owner the owning role's name
 */
public record Ownership(Target target, String owner) implements Comparable<Ownership>, java.io.Serializable {

  private static final Comparator<Ownership> ORDER = Comparator.comparing(Ownership::target).thenComparing(Ownership::owner);

  public Ownership {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(owner, "owner");
  }

  @Override
  public int compareTo(Ownership other) {
    return ORDER.compare(this, other);
  }

  /** The kinds of object whose owner Dovetail manages; the names are those of {@code Subject.Kind}. */
  public enum Kind {
    SCHEMA("SCHEMA"),
    COLLATION("COLLATION"),
    ENUM("TYPE"),
    DOMAIN("DOMAIN"),
    COMPOSITE_TYPE("TYPE"),
    RANGE_TYPE("TYPE"),
    FUNCTION("ROUTINE"),
    PROCEDURE("ROUTINE"),
    SEQUENCE("SEQUENCE"),
    TABLE("TABLE"),
    VIEW("VIEW"),
    MATERIALIZED_VIEW("MATERIALIZED VIEW"),
    STATISTICS("STATISTICS");

    private final String keyword;

    Kind(String keyword) {
      this.keyword = keyword;
    }

    /** @return the words after {@code ALTER} that name the kind ({@code MATERIALIZED VIEW}, {@code ROUTINE}) */
    public String keyword() {
      return keyword;
    }
  }

  /**
   * An object that has an owner.
   *
   * @param kind what kind of object
   * @param schema its schema (for a schema: the schema itself)
   * @param name its name in the schema; null for a schema
   * @param arguments a function's or procedure's argument types ({@link Function#argumentTypes()}); null otherwise
   */
  public record Target(Kind kind, String schema, String name, String arguments) implements Comparable<Target>, java.io.Serializable {

    public Target {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(schema, "schema");
    }

    /** @return the object's qualified name; null for a schema */
    public QualifiedName qualifiedName() {
      return name == null ? null : new QualifiedName(schema, name);
    }

    /** @return the function's signature as {@link Function#signature()} has it, or null */
    public String signature() {
      return kind == Kind.FUNCTION || kind == Kind.PROCEDURE ? qualifiedName() + "(" + arguments + ")" : null;
    }

    @Override
    public int compareTo(Target other) {
      return toString().compareTo(other.toString());
    }

    /** @return for example {@code table public.orders} or {@code function public.f(integer)}, for messages */
    @Override
    public String toString() {
      String object = name == null ? schema : signature() != null ? signature() : schema + "." + name;
      return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + object;
    }
  }
}
