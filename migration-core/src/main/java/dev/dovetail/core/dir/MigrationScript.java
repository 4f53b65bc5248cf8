package dev.dovetail.core.dir;

import dev.dovetail.core.ErrorCode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
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

  /**
   * @return whether Flyway runs the file in a transaction: {@code false} when the script configuration beside it
   *     ({@code <file>.conf}) sets {@code executeInTransaction=false}
   */
  public boolean transactional() {
    return transactional(path);
  }

  /** @return whether the script configuration beside {@code file}, if any, leaves it transactional */
  public static boolean transactional(Path file) {
    Path conf = file.resolveSibling(file.getFileName() + ".conf");
    if (!Files.isRegularFile(conf)) {
      return true;
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(conf, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + conf, e);
    }
    return !"false".equalsIgnoreCase(properties.getProperty("executeInTransaction", "true").strip());
  }

  /**
   * @return the file's text, read as UTF-8
   * @throws dev.dovetail.core.MigrationException with {@link ErrorCode#MIGRATION_REPLAY_FAILED} naming the line of a
   *     file that is not UTF-8
   */
  public String text() {
    return Utf8Files.read(path, path.toString(), ErrorCode.MIGRATION_REPLAY_FAILED);
  }
}
