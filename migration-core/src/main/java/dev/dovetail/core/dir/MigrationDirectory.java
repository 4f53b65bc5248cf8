package dev.dovetail.core.dir;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.write.MigrationFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Flyway migration directory: reads the up migrations in version order, hands out fresh versions and
 * writes new files all-or-nothing without ever overwriting an existing one.
 *
 * <p>Down files ({@code U…}, Flyway Teams' undo naming) may live in a directory of their own, the undo directory,
 * so that Flyway's locations hold only what Flyway OSS can run: it refuses names it does not know when
 * {@code validateMigrationNaming} is on. Ups, repeatables and their {@code .conf} files stay in the migration
 * directory; downs and theirs go to the undo directory, which may be the migration directory itself.
 */
public final class MigrationDirectory {

  private static final Pattern UP = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
  private static final Pattern ANY_MIGRATION = Pattern.compile("[VUR].*__.*\\.sql");
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final Path root;
  private final Path undoRoot;

  /** A directory that holds its down files too. */
  public MigrationDirectory(Path root) {
    this(root, root);
  }

  /**
   * @param root where ups, repeatables and their {@code .conf} files are
   * @param undoRoot where down files and their {@code .conf} files are; {@code root} itself keeps them together
   */
  public MigrationDirectory(Path root, Path undoRoot) {
    this.root = root;
    this.undoRoot = undoRoot == null ? root : undoRoot;
  }

  /**
   * @return the directory with its undo directory, after refusing an undo directory inside the migration directory
   *     (Flyway scans its locations with their subdirectories, so the downs would be run or refused by name) or equal to
   *     the contract directory; the migration directory itself keeps the downs beside the ups
   * @throws MigrationException with {@link ErrorCode#CONFIGURATION_INVALID}
   */
  public static MigrationDirectory checked(Path root, Path undoRoot, Path contractRoot) {
    Path undo = undoRoot == null ? root : undoRoot;
    Path normal = undo.toAbsolutePath().normalize();
    Path migrations = root.toAbsolutePath().normalize();
    if (!normal.equals(migrations) && normal.startsWith(migrations)) {
      throw new MigrationException(
          ErrorCode.CONFIGURATION_INVALID,
          "undoDirectory " + undo + " is inside migrationDirectory " + root
              + ", which Flyway scans with its subdirectories; put it beside it (for example src/main/resources/db/undo)");
    }
    if (contractRoot != null) {
      Path contract = contractRoot.toAbsolutePath().normalize();
      if (!contract.equals(migrations) && contract.startsWith(migrations)) {
        // Flyway scans a location with its subdirectories: the drops would be applied with the expand migrations.
        throw new MigrationException(
            ErrorCode.CONFIGURATION_INVALID,
            "contractDirectory " + contractRoot + " is inside migrationDirectory " + root
                + ", which Flyway scans with its subdirectories, so the contract migrations would not wait;"
                + " put it beside it (for example src/main/resources/db/contract)");
      }
    }
    if (contractRoot != null && normal.equals(contractRoot.toAbsolutePath().normalize())) {
      throw new MigrationException(
          ErrorCode.CONFIGURATION_INVALID, "undoDirectory and contractDirectory are both " + undo + "; give each a directory of its own");
    }
    return new MigrationDirectory(root, undo);
  }

  /** @return whether a file of this name is a down file or a down file's {@code .conf} */
  public static boolean isDown(String fileName) {
    return fileName.startsWith("U");
  }

  /** @return the down file's name for an up file's name: {@code U} instead of {@code V} */
  public static String downName(String upFileName) {
    return "U" + upFileName.substring(1);
  }

  /**
   * @return where the down of an up file is: in the undo directory, or, when it is not there but beside the up (as
   *     Flyway Teams keeps it), there
   */
  public Path downOf(MigrationScript up) {
    String name = downName(up.path().getFileName().toString());
    Path down = undoRoot.resolve(name);
    return Files.exists(down) || undoRoot.equals(root) ? down : root.resolve(name);
  }

  /** @return where a file of this name belongs: a down in the undo directory, anything else in the migration directory */
  public Path pathOf(String fileName) {
    return (isDown(fileName) ? undoRoot : root).resolve(fileName);
  }

  /**
   * Lists the up migrations ({@code V…__….sql}) in version order. Down ({@code U…}) and repeatable files are
   * not replayed. A missing directory has no migrations.
   *
   * @throws MigrationException when two files share a version or a migration-like name is malformed
   */
  public List<MigrationScript> upMigrations() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<MigrationScript> scripts = new ArrayList<>();
    Map<MigrationVersion, Path> seen = new TreeMap<>(); // by compareTo: 1 and 1.0 are one version
    try (Stream<Path> files = Files.list(root)) {
      for (Path file : files.sorted().toList()) {
        String fileName = file.getFileName().toString();
        if (!Files.isRegularFile(file) || !fileName.startsWith("V")) {
          continue;
        }
        Matcher m = UP.matcher(fileName);
        if (!m.matches()) {
          if (ANY_MIGRATION.matcher(fileName).matches() || fileName.endsWith(".sql")) {
            throw new MigrationException(
                ErrorCode.MIGRATION_NAME_INVALID,
                file + ": not a migration name; expected V<version>__<name>.sql with a numeric version");
          }
          continue;
        }
        MigrationVersion version = new MigrationVersion(m.group(1));
        Path clash = seen.put(version, file);
        if (clash != null) {
          throw new MigrationException(
              ErrorCode.MIGRATION_NAME_INVALID,
              "two migrations share version " + version.text() + ": " + clash.getFileName() + " and " + fileName);
        }
        scripts.add(new MigrationScript(version, m.group(2), file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + root, e);
    }
    scripts.sort(Comparator.comparing(MigrationScript::version));
    return List.copyOf(scripts);
  }

  /**
   * Hands out {@code count} timestamp versions ({@code yyyyMMddHHmmss}, UTC), one second apart, all later
   * than every existing version, so that new migrations always sort after the old ones.
   */
  public List<String> nextVersions(int count, Clock clock) {
    return nextVersions(count, clock, List.of());
  }

  /**
   * Hands out versions as {@link #nextVersions(int, Clock)} does, later also than every one of {@code others}
   * (the contract migrations waiting elsewhere).
   */
  public List<String> nextVersions(int count, Clock clock, List<MigrationScript> others) {
    LocalDateTime base = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).withNano(0);
    List<MigrationScript> all = new ArrayList<>(upMigrations());
    all.addAll(others);
    all.sort(Comparator.comparing(MigrationScript::version));
    for (MigrationScript script : all) {
      if (script.version().compareTo(new MigrationVersion(base.format(TIMESTAMP))) >= 0) {
        try {
          base = LocalDateTime.parse(script.version().text(), TIMESTAMP).plusSeconds(1);
        } catch (java.time.format.DateTimeParseException e) {
          throw new MigrationException(
              ErrorCode.MIGRATION_NAME_INVALID,
              script.path().getFileName() + ": version " + script.version().text()
                  + " sorts after the current time but is not a yyyyMMddHHmmss timestamp, so no later timestamp version can be chosen");
        }
      }
    }
    List<String> versions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      versions.add(base.plusSeconds(i).format(TIMESTAMP));
    }
    return versions;
  }

  /**
   * Writes all files or none. Every file is first written under a temporary name in the same directory and
   * only then moved into place; if any target exists nothing is written at all, and if a move fails the
   * files already moved are removed again.
   *
   * @return the paths written, in the order given
   */
  public List<Path> writeAll(List<MigrationFile> files) {
    List<Path> targets = files.stream().map(f -> pathOf(f.fileName())).toList();
    for (Path target : targets) {
      if (Files.exists(target)) {
        throw new MigrationException(
            ErrorCode.FILE_EXISTS, target + " already exists; Dovetail never overwrites a migration");
      }
    }
    List<Path> temporary = new ArrayList<>();
    List<Path> moved = new ArrayList<>();
    try {
      Files.createDirectories(root);
      if (files.stream().anyMatch(f -> isDown(f.fileName()))) {
        Files.createDirectories(undoRoot);
      }
      for (int i = 0; i < files.size(); i++) {
        MigrationFile file = files.get(i);
        Path tmp = targets.get(i).resolveSibling("." + file.fileName() + ".tmp");
        Files.writeString(tmp, file.content(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        temporary.add(tmp);
      }
      for (int i = 0; i < files.size(); i++) {
        Files.move(temporary.get(i), targets.get(i), StandardCopyOption.ATOMIC_MOVE);
        moved.add(targets.get(i));
      }
      return targets;
    } catch (IOException e) {
      moved.forEach(MigrationDirectory::deleteQuietly);
      temporary.forEach(MigrationDirectory::deleteQuietly);
      throw new MigrationException(ErrorCode.WRITE_FAILED, "writing migrations to " + root + ": " + e.getMessage(), e);
    }
  }

  /** What a write leaves while it runs: {@code .<file name>.tmp}, renamed into place when every file is written. */
  private static final java.util.regex.Pattern TEMPORARY = java.util.regex.Pattern.compile("\\..+\\.(sql|conf|sum)\\.tmp");

  /**
   * Deletes the temporary files a write killed before it finished left in the directory (and its undo directory):
   * they hold no migration yet, and one in the way would make the next write of that file fail. The caller holds the
   * directory's {@link DirectoryLock}, so no write of another run is under way.
   *
   * @return the files deleted, for the caller to report
   */
  public List<Path> removeLeftovers() {
    List<Path> removed = new ArrayList<>();
    for (Path directory : undoRoot.equals(root) ? List.of(root) : List.of(root, undoRoot)) {
      if (!Files.isDirectory(directory)) {
        continue;
      }
      try (java.util.stream.Stream<Path> files = Files.list(directory)) {
        for (Path file : files.filter(f -> TEMPORARY.matcher(f.getFileName().toString()).matches()).sorted().toList()) {
          Files.deleteIfExists(file);
          removed.add(file);
        }
      } catch (IOException e) {
        throw new MigrationException(ErrorCode.WRITE_FAILED, "removing what a killed run left in " + directory + ": " + e.getMessage(), e);
      }
    }
    return removed;
  }

  /** @return where the directory is */
  public Path root() {
    return root;
  }

  /** @return where its down files go: the undo directory, or {@link #root()} when they stay together */
  public Path undoRoot() {
    return undoRoot;
  }

  /** Removes files this run wrote, when a later write of the same run failed. */
  public static void deleteQuietly(List<Path> paths) {
    paths.forEach(MigrationDirectory::deleteQuietly);
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // best effort while rolling back a failed write; the original failure is what gets reported
    }
  }
}
