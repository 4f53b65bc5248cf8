package dev.dovetail.core.write;

import java.util.Objects;

/**
 * A rendered migration file, not yet on disk.
 *
 * @param fileName the file name, without directory
 * @param content the file content
 */
public record MigrationFile(String fileName, String content) {

  public MigrationFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(content, "content");
    if (fileName.contains("/") || fileName.contains("\\")) {
      throw new IllegalArgumentException("a migration file name has no directory part: " + fileName);
    }
  }
}
