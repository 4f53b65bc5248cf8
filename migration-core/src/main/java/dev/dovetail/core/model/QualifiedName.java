package dev.dovetail.core.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A schema-qualified object name, exactly as PostgreSQL stores it (no quoting, case preserved).
 *
 * @param schema the schema name
 * @param name the object name within the schema
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName>, java.io.Serializable {

  private static final Comparator<QualifiedName> ORDER =
      Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

  public QualifiedName {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
  }

  public static QualifiedName of(String schema, String name) {
    return new QualifiedName(schema, name);
  }

  @Override
  public int compareTo(QualifiedName other) {
    return ORDER.compare(this, other);
  }

  /** @return {@code schema.name} without quoting, for messages */
  @Override
  public String toString() {
    return schema + "." + name;
  }
}
