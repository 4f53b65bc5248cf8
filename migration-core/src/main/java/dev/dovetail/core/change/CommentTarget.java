package dev.dovetail.core.change;

import java.util.Objects;

/**
 * The object a comment is on.
 *
 * @param kind what kind of object
 * @param schema its schema (for a schema: the schema itself)
 * @param name the table, view, index or sequence name; null for a schema
 * @param member the column, constraint, trigger or policy name within the table, a function's arguments; null otherwise
 */
public record CommentTarget(Kind kind, String schema, String name, String member) {

  /** The kinds of object Dovetail manages comments on. */
  public enum Kind {
    SCHEMA,
    TABLE,
    COLUMN,
    CONSTRAINT,
    INDEX,
    SEQUENCE,
    VIEW,
    MATERIALIZED_VIEW,
    TYPE,
    DOMAIN,
    FUNCTION,
    PROCEDURE,
    /** an aggregate: {@code member} holds its arguments as {@code COMMENT ON AGGREGATE} takes them */
    AGGREGATE,
    TRIGGER,
    /** a policy: {@code name} is its table, {@code member} the policy name */
    POLICY,
    /** a rule: {@code name} is its view or table, {@code member} the rule name */
    RULE
  }

  public CommentTarget {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(schema, "schema");
  }

  /** @return what {@code COMMENT ON} names a function, procedure or aggregate by */
  public static CommentTarget of(dev.dovetail.core.model.Function function) {
    Kind kind = switch (function.kind()) {
      case FUNCTION -> Kind.FUNCTION;
      case PROCEDURE -> Kind.PROCEDURE;
      case AGGREGATE -> Kind.AGGREGATE;
    };
    return new CommentTarget(kind, function.name().schema(), function.name().name(), function.identity());
  }

  @Override
  public String toString() {
    String object = name == null ? schema : schema + "." + name;
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + (member == null ? object : object + "." + member);
  }
}
