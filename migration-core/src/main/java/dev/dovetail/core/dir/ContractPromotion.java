package dev.dovetail.core.dir;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.write.FlywayFormat;
import dev.dovetail.core.write.MigrationFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code migrations:promote}: moves every contract migration waiting in the contract directory
 * into the migration directory once every running instance of the application is on the new version.
 *
 * <p>Each waiting up migration ({@code V<version>__<name>.sql}) moves with its down ({@code U<version>__<name>.sql},
 * which must be there) and with the {@code .conf} file beside either, if any, under a fresh timestamp version: later
 * than every migration already in the migration directory, one per migration, in the order they waited. Inside the
 * moved files the old file names are replaced by the new ones, so that the down's {@code -- Undoes V….sql.} header
 * names its new up. The move is all or nothing: every target is written first (never over an existing file), and the
 * sources go only once all of them are in place; a failure leaves both directories as they were. Files that are not
 * SQL migrations (a {@code README}, a {@code .gitkeep}) stay where they are.
 */
public final class ContractPromotion {

  /** Marks a source while the promotion retires it, so that a failure can bring it back. */
  private static final String RETIRED = ".promoted";

  private final MigrationDirectory contract;
  private final MigrationDirectory migrations;

  /**
   * @param contractDirectory where contract migrations wait (missing: none waits)
   * @param migrationDirectory where they go (created when missing)
   */
  public ContractPromotion(Path contractDirectory, Path migrationDirectory) {
    this(contractDirectory, new MigrationDirectory(migrationDirectory));
  }

  /**
   * @param contractDirectory where contract migrations wait, downs beside their ups (missing: none waits)
   * @param migrations where they go: ups and their {@code .conf} files into its migration directory, downs into its undo
   *     directory (created when missing)
   */
  public ContractPromotion(Path contractDirectory, MigrationDirectory migrations) {
    Path migrationDirectory = migrations.root();
    if (contractDirectory.toAbsolutePath().normalize().equals(migrationDirectory.toAbsolutePath().normalize())) {
      throw new MigrationException(
          ErrorCode.CONFIGURATION_INVALID,
          "contractDirectory and migrationDirectory are both " + migrationDirectory
              + "; contract migrations must wait in a directory of their own, off Flyway's path");
    }
    this.contract = new MigrationDirectory(contractDirectory);
    this.migrations = migrations;
  }

  /**
   * Moves every waiting contract migration, or none.
   *
   * @param clock the clock for the new timestamp versions
   * @param log receives one line per migration moved ({@code contract/V…__x.sql -> V…__x.sql}), or one saying that
   *     none was waiting
   * @return the migrations moved, in order; empty when none was waiting
   * @throws MigrationException with {@link ErrorCode#CONTRACT_INVALID} when an up has no down or a down or
   *     {@code .conf} file has no up, with {@link ErrorCode#FILE_EXISTS} when a target already exists, and with
   *     {@link ErrorCode#WRITE_FAILED} when the file system fails; in every case nothing has moved
   */
  public List<PromotedMigration> promote(Clock clock, Consumer<String> log) {
    try (DirectoryLock lock = DirectoryLock.acquire("promote", DirectoryLock.DEFAULT_WAIT, migrations.root(),
        migrations.undoRoot(), contract.root())) {
      return promoteLocked(clock, log);
    }
  }

  private List<PromotedMigration> promoteLocked(Clock clock, Consumer<String> log) {
    MigrationManifest.requireIntact(migrations, "promote");
    List<MigrationScript> waiting = contract.upMigrations();
    if (waiting.isEmpty()) {
      rejectStrays(List.of());
      log.accept("No contract migration waiting in " + contract.root());
      return List.of();
    }
    List<String> versions = migrations.nextVersions(waiting.size(), clock);
    List<MigrationFile> targets = new ArrayList<>();
    List<Path> sources = new ArrayList<>();
    List<PromotedMigration> promoted = new ArrayList<>();
    for (int i = 0; i < waiting.size(); i++) {
      MigrationScript up = waiting.get(i);
      String oldUp = up.path().getFileName().toString();
      String newUp = FlywayFormat.upFileName(versions.get(i), up.name());
      Path down = contract.root().resolve(MigrationDirectory.downName(oldUp));
      if (!Files.isRegularFile(down)) {
        throw new MigrationException(
            ErrorCode.CONTRACT_INVALID,
            up.path() + " has no down migration " + down.getFileName() + " beside it; promote moves every migration with"
                + " its down, so restore the down (or delete the up and run migrations:diff again) before promoting");
      }
      Map<String, String> renames = new LinkedHashMap<>();
      renames.put(oldUp, newUp);
      renames.put(MigrationDirectory.downName(oldUp), MigrationDirectory.downName(newUp));
      for (Map.Entry<String, String> rename : renames.entrySet()) {
        for (String suffix : List.of("", ".conf")) {
          Path source = contract.root().resolve(rename.getKey() + suffix);
          if (Files.isRegularFile(source)) {
            targets.add(new MigrationFile(rename.getValue() + suffix, renamed(read(source), renames)));
            sources.add(source);
          }
        }
      }
      promoted.add(new PromotedMigration(up.path(), migrations.root().resolve(newUp)));
    }
    rejectStrays(sources);

    List<Path> written = migrations.writeAll(targets);
    retire(sources, written);
    MigrationManifest.rehashLocked(migrations);
    log.accept("Promoted " + promoted.size() + " contract migration(s) from " + contract.root() + " to " + migrations.root() + ":");
    String from = contract.root().getFileName() == null ? "" : contract.root().getFileName() + "/";
    promoted.forEach(p -> log.accept("  " + from + p.from().getFileName() + " -> " + p.to().getFileName()));
    return List.copyOf(promoted);
  }

  /** @return {@code content} with every whole occurrence of an old file name replaced by its new one */
  private static String renamed(String content, Map<String, String> renames) {
    String result = content;
    for (Map.Entry<String, String> rename : renames.entrySet()) {
      Pattern name = Pattern.compile("(?<![\\w.])" + Pattern.quote(rename.getKey()) + "(?![\\w])");
      result = name.matcher(result).replaceAll(Matcher.quoteReplacement(rename.getValue()));
    }
    return result;
  }

  /**
   * A down or {@code .conf} file without its up would be left behind alone, or a file with a name that is not quite a
   * migration's would be ignored silently: both are refused before anything moves.
   */
  private void rejectStrays(List<Path> claimed) {
    if (!Files.isDirectory(contract.root())) {
      return;
    }
    Set<Path> moving = new HashSet<>(claimed);
    try (Stream<Path> files = Files.list(contract.root())) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        boolean sql = name.endsWith(".sql") || name.endsWith(".sql.conf");
        if (Files.isRegularFile(file) && sql && !name.startsWith(".") && !moving.contains(file)) {
          throw new MigrationException(
              ErrorCode.CONTRACT_INVALID,
              file + " belongs to no waiting contract migration (no V<version>__<name>.sql with the same version and name"
                  + " beside it); move or delete it before promoting");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + contract.root(), e);
    }
  }

  /**
   * Takes the sources out of the contract directory once every target is written: first each is renamed aside (which
   * can be undone), then the renamed files are deleted. If a rename fails, the renamed sources come back and the
   * written targets go, so nothing has moved.
   */
  private static void retire(List<Path> sources, List<Path> written) {
    List<Path> retired = new ArrayList<>();
    try {
      for (Path source : sources) {
        Path aside = source.resolveSibling("." + source.getFileName() + RETIRED);
        Files.move(source, aside, StandardCopyOption.ATOMIC_MOVE);
        retired.add(aside);
      }
    } catch (IOException e) {
      for (int i = 0; i < retired.size(); i++) {
        try {
          Files.move(retired.get(i), sources.get(i), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ignored) {
          // best effort; the original failure is what gets reported
        }
      }
      MigrationDirectory.deleteQuietly(written);
      throw new MigrationException(
          ErrorCode.WRITE_FAILED, "removing promoted migrations from their contract directory: " + e.getMessage(), e);
    }
    // Hidden names are neither migrations nor strays, so one left behind by a failed delete does no harm.
    MigrationDirectory.deleteQuietly(retired);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
  }
}
