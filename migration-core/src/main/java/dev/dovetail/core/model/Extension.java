package dev.dovetail.core.model;

import java.util.Objects;

/**
 * An installed extension. Its member objects (types, functions, operators) belong to it and are not part
 * of the model.
 *
 * @param name the extension name
 * @param schema the schema its objects live in
 * @param version the installed version
 */
public record Extension(String name, String schema, String version) {

  public Extension {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(version, "version");
  }
}
