package dev.dovetail.core.model;

import java.util.Objects;

/**
 * A schema (namespace).
 *
 * @param name the schema name
 * @param comment its comment, or null
 */
public record PgSchema(String name, String comment) implements Comparable<PgSchema>, java.io.Serializable {

  public PgSchema {
    Objects.requireNonNull(name, "name");
  }

  /** @return a schema without a comment */
  public static PgSchema named(String name) {
    return new PgSchema(name, null);
  }

  @Override
  public int compareTo(PgSchema other) {
    return name.compareTo(other.name);
  }
}
