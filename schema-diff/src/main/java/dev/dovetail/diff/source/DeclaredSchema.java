package dev.dovetail.diff.source;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.ConversionHint;
import dev.dovetail.core.model.Privilege;
import dev.dovetail.core.model.RenameHint;
import dev.dovetail.diff.sql.Roles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.postgresql.util.PSQLException;

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

  /**
   * Executes every file on the connection, which must come from {@link SqlScript#driverOptions()}. A file may be
   * pg_dump output: its psql meta-commands and COPY data are left out as {@link PsqlInput} describes. Each file
   * starts from the session's default settings ({@code RESET ALL} after every file), so that the empty
   * {@code search_path} a pg_dump file sets does not carry over to the next file.
   *
   * @return the COPY blocks whose data was skipped, in file order
   */
  public List<PsqlInput.CopyBlock> applyTo(Connection connection, List<Path> files) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new MigrationException(ErrorCode.SCRATCH_FAILED, "preparing scratch connection: " + e.getMessage(), e);
    }
    List<PsqlInput.CopyBlock> skipped = new ArrayList<>();
    for (Path file : files) {
      PsqlInput input = PsqlInput.of(SqlScript.read(file, display(file)));
      skipped.addAll(input.skippedData());
      try {
        input.executable().execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
      } catch (MigrationException e) {
        throw withRoleHint(e);
      }
      try (Statement statement = connection.createStatement()) {
        // RESET ALL leaves the role: a SET ROLE in one file must not decide who owns the next file's objects.
        statement.execute("RESET ALL; RESET ROLE");
      } catch (SQLException e) {
        throw new MigrationException(
            ErrorCode.SCRATCH_FAILED, "resetting the scratch session after " + display(file) + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(skipped);
  }

  /**
   * @return the one warning a run gives for the COPY data it skipped, naming where, or empty when none was
   */
  public static Optional<String> skippedDataWarning(List<PsqlInput.CopyBlock> skipped) {
    if (skipped.isEmpty()) {
      return Optional.empty();
    }
    int shown = Math.min(skipped.size(), 10);
    String where = skipped.subList(0, shown).stream().map(PsqlInput.CopyBlock::toString).collect(Collectors.joining(", "))
        + (skipped.size() > shown ? ", and " + (skipped.size() - shown) + " more" : "");
    return Optional.of("Skipped the data of " + skipped.size() + " COPY … FROM stdin block(s) in the declared schema"
        + " (rows are data, not schema; the tables are created empty): " + where);
  }

  /**
   * Privileges are off by default (roles and grants usually differ between environments and are often managed
   * elsewhere), but a declared schema that grants or revokes says otherwise: those statements are named rather than
   * ignored silently.
   *
   * @param ignored what the declared schema grants or revokes beyond the defaults, with privileges off
   * @return the warning naming the objects, or empty when there is nothing to say
   */
  public static Optional<String> ignoredPrivilegesWarning(List<Privilege> ignored) {
    if (ignored.isEmpty()) {
      return Optional.empty();
    }
    List<String> objects = ignored.stream().map(p -> p.target().toString()).distinct().toList();
    int shown = Math.min(objects.size(), 10);
    String which = String.join(", ", objects.subList(0, shown))
        + (objects.size() > shown ? ", and " + (objects.size() - shown) + " more" : "");
    return Optional.of("The declared schema grants or revokes " + ignored.size() + " privilege(s) on " + objects.size()
        + " object(s), which are neither compared nor migrated because includePrivileges is false: " + which
        + ". Set includePrivileges to true (-Dmigrations.includePrivileges=true) to manage them, or remove the GRANT and"
        + " REVOKE statements from the declared schema.");
  }

  private static final Pattern UNKNOWN_ROLE = Pattern.compile("role \"(?:[^\"]|\"\")*\" does not exist");

  /**
   * pg_dump names the roles that own objects ({@code OWNER TO}) and hold privileges ({@code GRANT}). The roles the
   * files name that way are created on the scratch server before they load ({@link Roles}); a role that is still
   * missing was named some other way (in dynamic SQL, say).
   */
  private static MigrationException withRoleHint(MigrationException e) {
    if (!(e.getCause() instanceof PSQLException p) || p.getServerErrorMessage() == null
        || p.getServerErrorMessage().getMessage() == null
        || !UNKNOWN_ROLE.matcher(p.getServerErrorMessage().getMessage()).matches()) {
      return e;
    }
    return new MigrationException(e.code(), e.getMessage()
        + "; Dovetail creates the roles the declared schema names after OWNER TO, AUTHORIZATION, GRANT … TO, REVOKE … FROM"
        + " and a policy's TO on the scratch server (NOLOGIN), but not this one, named some other way (declared SQL runs in a"
        + " sandbox that cannot create roles): name it in a GRANT, or take the dump with pg_dump --no-owner --no-privileges",
        e.getCause());
  }

  /** @return the rename hints written in {@code files}, in file order */
  public List<RenameHint> renameHints(List<Path> files) {
    List<RenameHint> hints = new ArrayList<>();
    for (Path file : files) {
      hints.addAll(RenameHints.in(SqlScript.read(file, display(file))));
    }
    return List.copyOf(hints);
  }

  /** @return the conversion hints written in {@code files}, in file order */
  public List<ConversionHint> conversionHints(List<Path> files) {
    List<ConversionHint> hints = new ArrayList<>();
    for (Path file : files) {
      hints.addAll(ConversionHints.in(SqlScript.read(file, display(file))));
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
