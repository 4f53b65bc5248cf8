package dev.dovetail.core.dir;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An up migration found in a migration directory.
 *
 * @param version its version
 * @param name its descriptive name
 * @param path where it lives
 */
public record MigrationScript(MigrationVersion version, String name, Path path) {

  public MigrationScript {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
  }
}
