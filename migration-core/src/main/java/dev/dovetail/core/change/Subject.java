package dev.dovetail.core.change;

import dev.dovetail.core.model.QualifiedName;
import java.util.Objects;

/**
 * What a change is about: the kind of object, its name, the member within it and what is done to it. Migration
 * names ({@link SchemaChange#baseName()}), the sentences of file headers ({@link SchemaChange#describe()}), the
 * objects {@code migrations:verify} reports ({@link #object()}) and the names a run frees and takes in PostgreSQL's
 * relation and type namespace ({@link SchemaChange#takesNames()}) derive from it.
 *
 * @param kind what kind of object
 * @param schema its schema (for a schema: the schema itself); null for an extension, a comment and a privilege,
 *     which are named database-wide
 * @param name the object's name in its schema; for a member, the table or type it belongs to; for a comment, its
 *     target ({@code column public.orders.total}); for a privilege, the privilege and its object
 *     ({@code SELECT on table public.orders}); null for a schema
 * @param member the column, constraint, index, trigger, policy or enum label within {@code name}; a function's
 *     argument types; the table a partition belongs to; a privilege's grantee; null otherwise
 * @param verb what is done to it
 */
public record Subject(Kind kind, String schema, String name, String member, Verb verb) {

  /** The kinds of object a change is about. */
  public enum Kind {
    SCHEMA("schema", "schema", "schema"),
    EXTENSION("extension", "extension", "extension"),
    COLLATION("collation", "collation", "collation"),
    ENUM("enum", "type", "enum type"),
    /** a label of an enum type: {@code name} is the type, {@code member} the label */
    ENUM_LABEL("enum_value", "type", "label"),
    DOMAIN("domain", "domain", "domain"),
    COMPOSITE_TYPE("type", "type", "composite type"),
    RANGE_TYPE("range_type", "type", "range type"),
    /** {@code member} holds the argument types */
    FUNCTION("function", "function", "function"),
    /** {@code member} holds the argument types */
    PROCEDURE("procedure", "procedure", "procedure"),
    /** {@code member} holds the argument types */
    AGGREGATE("aggregate", "aggregate", "aggregate"),
    SEQUENCE("sequence", "sequence", "sequence"),
    TABLE("table", "table", "table"),
    COLUMN("column", "column", "column"),
    CONSTRAINT("constraint", "constraint", "constraint"),
    /** an index lives in its table's schema: {@code name} is the table, {@code member} the index */
    INDEX("index", "index", "index"),
    TRIGGER("trigger", "trigger", "trigger"),
    /** a table's rule: {@code name} is the table, {@code member} the rule */
    RULE("rule", "rule", "rule"),
    /** an extended statistics object, named in its schema */
    STATISTICS("statistics", "statistics", "statistics object"),
    VIEW("view", "view", "view"),
    MATERIALIZED_VIEW("materialized_view", "materialized view", "materialized view"),
    /** {@code schema} and {@code name} are the partition's, {@code member} the table it belongs to */
    PARTITION("partition", "partition", "partition"),
    POLICY("policy", "policy", "policy"),
    /** whether a table's row-level security is on or forced */
    ROW_SECURITY("row_security", "row security of table", "row-level security on"),
    PRIVILEGE("privilege", "privilege", "privilege"),
    COMMENT("comment", "comment on", "comment on");

    private final String word;
    private final String noun;
    private final String phrase;

    Kind(String word, String noun, String phrase) {
      this.word = word;
      this.noun = noun;
      this.phrase = phrase;
    }

    /** @return the kind of a function, procedure or aggregate */
    public static Kind of(dev.dovetail.core.model.Function function) {
      return switch (function.kind()) {
        case FUNCTION -> FUNCTION;
        case PROCEDURE -> PROCEDURE;
        case AGGREGATE -> AGGREGATE;
      };
    }

    /** @return how a migration name calls the kind ({@code materialized_view}) */
    public String word() {
      return word;
    }

    /** @return how verify's findings call the kind ({@code type} for an enum) */
    public String noun() {
      return noun;
    }

    /** @return how the sentence of a file header calls the kind ({@code enum type}) */
    public String phrase() {
      return phrase;
    }

    /** @return whether the object is in a table: its {@code name} is the table, its {@code member} the object */
    public boolean member() {
      return this == COLUMN || this == CONSTRAINT || this == INDEX || this == TRIGGER || this == RULE || this == POLICY;
    }

    /**
     * @return whether objects of this kind take a name in PostgreSQL's relation and type namespace, which tables,
     *     views, sequences, partitions and types share (a table's row type is a type of its name)
     */
    public boolean relationOrType() {
      return switch (this) {
        case ENUM, DOMAIN, COMPOSITE_TYPE, RANGE_TYPE, SEQUENCE, TABLE, VIEW, MATERIALIZED_VIEW, PARTITION -> true;
        default -> false;
      };
    }
  }

  /** What is done to the object. */
  public enum Verb {
    CREATE("create", "Creates"),
    DROP("drop", "Drops"),
    ADD("add", "Adds"),
    ALTER("alter", "Changes"),
    REPLACE("replace", "Replaces"),
    RECREATE("recreate", "Replaces"),
    RENAME("rename", "Renames"),
    /** an extension to another version */
    UPDATE("update", "Changes"),
    /** an extension to another schema */
    MOVE("move", "Changes"),
    ATTACH("attach", "Attaches"),
    DETACH("detach", "Detaches"),
    ENABLE("enable", "Enables"),
    DISABLE("disable", "Disables"),
    FORCE("force", "Forces"),
    NO_FORCE("no_force", "Stops forcing"),
    SET("set", "Sets"),
    GRANT("grant", "Grants"),
    REVOKE("revoke", "Revokes");

    private final String word;
    private final String sentence;

    Verb(String word, String sentence) {
      this.word = word;
      this.sentence = sentence;
    }

    /** @return how a migration name says it ({@code no_force}) */
    public String word() {
      return word;
    }

    /** @return how the sentence of a file header says it ({@code Stops forcing}) */
    public String sentence() {
      return sentence;
    }

    /** @return whether the object exists only after the change */
    public boolean adds() {
      return this == CREATE || this == ADD || this == GRANT;
    }

    /** @return whether the object exists only before the change */
    public boolean removes() {
      return this == DROP || this == REVOKE;
    }
  }

  public Subject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(verb, "verb");
    if (schema == null && name == null) {
      throw new IllegalArgumentException("a subject needs a schema or a name: " + kind);
    }
  }

  /** @return the subject of an object named in its schema */
  public static Subject of(Kind kind, QualifiedName name, Verb verb) {
    return new Subject(kind, name.schema(), name.name(), null, verb);
  }

  /** @return the subject of {@code member} of {@code owner} (a table's column, an enum's label, a function's arguments) */
  public static Subject of(Kind kind, QualifiedName owner, String member, Verb verb) {
    return new Subject(kind, owner.schema(), owner.name(), member, verb);
  }

  /** @return the object's qualified name (for a member: its table's); null for a schema or a database-wide object */
  public QualifiedName qualifiedName() {
    return schema == null || name == null ? null : new QualifiedName(schema, name);
  }

  /** @return the object as {@code migrations:verify} names it, kind first: {@code column public.customers.phone} */
  public String object() {
    String owner = schema == null ? name : name == null ? schema : schema + "." + name;
    return kind.noun() + " " + switch (kind) {
      case COLUMN -> owner + "." + member;
      case CONSTRAINT, TRIGGER, RULE, POLICY -> member + " on " + owner;
      case INDEX -> schema + "." + member;
      case FUNCTION, PROCEDURE, AGGREGATE -> owner + "(" + member + ")";
      case PARTITION -> owner + " of " + member;
      case PRIVILEGE -> owner + " to " + member;
      default -> owner;
    };
  }

  /**
   * @return the plain sentence of a file header: {@code Creates table public.t.}, {@code Drops trigger t of
   *     public.t.}, {@code Adds column c to public.t.}; a change whose kind needs more says so itself
   */
  public String sentence() {
    String object = object().substring(kind.noun().length() + 1);
    if (kind.member()) {
      String preposition = verb == Verb.ADD ? " to " : verb == Verb.DROP ? " of " : " on ";
      object = member + preposition + schema + "." + name;
    }
    return verb.sentence() + " " + kind.phrase() + " " + object + ".";
  }
}
