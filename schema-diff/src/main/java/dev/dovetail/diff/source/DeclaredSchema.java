package dev.dovetail.diff.source;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.RenameHint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/**
 * The declared schema: every {@code *.sql} file under a directory, executed in order of relative path on a
 * scratch database. The files are never parsed by Dovetail; PostgreSQL itself is the parser.
 */
public final class DeclaredSchema {

  private final Path directory;

  public DeclaredSchema(Path directory) {
    this.directory = directory;
  }

  /** @return the schema files in execution order (sorted by relative path, {@code /} as separator) */
  public List<Path> files() {
    if (!Files.isDirectory(directory)) {
      throw new MigrationException(
          ErrorCode.CONFIGURATION_INVALID,
          "schema directory " + directory + " does not exist; declare your schema as *.sql files there or set schemaDirectory");
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".sql"))
          .sorted((a, b) -> relative(a).compareTo(relative(b)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + directory, e);
    }
  }

  /** Executes every file on the connection, which must come from {@link SqlScript#driverOptions()}. */
  public void applyTo(Connection connection, List<Path> files) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new MigrationException(ErrorCode.SCRATCH_FAILED, "preparing scratch connection: " + e.getMessage(), e);
    }
    for (Path file : files) {
      SqlScript.read(file, display(file)).execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
    }
  }

  /** @return the rename hints written in {@code files}, in file order */
  public List<RenameHint> renameHints(List<Path> files) {
    List<RenameHint> hints = new java.util.ArrayList<>();
    for (Path file : files) {
      hints.addAll(RenameHints.in(SqlScript.read(file, display(file))));
    }
    return List.copyOf(hints);
  }

  private String relative(Path file) {
    return directory.relativize(file).toString().replace('\\', '/');
  }

  private String display(Path file) {
    return directory.resolve(relative(file)).normalize().toString();
  }
}
