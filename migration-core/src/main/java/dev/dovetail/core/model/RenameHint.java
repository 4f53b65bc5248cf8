package dev.dovetail.core.model;

import java.util.Objects;

/**
 * A rename the declared schema states with a comment line, since a rename cannot be told from a drop and an
 * add, for example {@code -- migrations:rename value public.mood 'sad' to 'unhappy'}.
 *
 * @param kind what is renamed
 * @param object the object renamed, or that holds what is renamed (the enum type of a label)
 * @param from the old name
 * @param to the new name
 * @param location where the hint is written ({@code file:line}), for messages
 */
public record RenameHint(Kind kind, QualifiedName object, String from, String to, String location) implements java.io.Serializable {

  /** The kinds of rename a hint can state. */
  public enum Kind {
    /** A label of an enum type. */
    VALUE,
    /** A table, within its schema. */
    TABLE,
    /** A column of a table (named as declared, after any table rename). */
    COLUMN
  }

  public RenameHint {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(location, "location");
  }
}
