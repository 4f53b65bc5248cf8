package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An installed extension. Its member objects (types, functions, operators) belong to it and are not part
 * of the model.
 *
 * @param name the extension name
 * @param schema the schema its objects live in
 * @param version the installed version
 * @param updatableTo the versions the server it was read on can update it to from {@code version}
 *     ({@code pg_extension_update_paths}), sorted; null when not known. A fact about that server's extension
 *     scripts rather than about the database, so it takes no part in equality.
 */
public record Extension(String name, String schema, String version, List<String> updatableTo) implements java.io.Serializable {

  public Extension {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(version, "version");
    updatableTo = updatableTo == null ? null : updatableTo.stream().sorted().toList();
  }

  /** An extension whose update paths are not known. */
  public Extension(String name, String schema, String version) {
    this(name, schema, version, null);
  }

  /**
   * @return false only when the update paths are known and none leads from this version to {@code target} (PostgreSQL
   *     would refuse {@code ALTER EXTENSION … UPDATE TO} it: extensions rarely ship downgrade scripts)
   */
  public boolean canUpdateTo(String target) {
    return updatableTo == null || target.equals(version) || updatableTo.contains(target);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Extension other && name.equals(other.name) && schema.equals(other.schema) && version.equals(other.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, schema, version);
  }
}
