package dev.dovetail.core.dir;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The manifest of a migration directory, {@code migrations.sum}, modelled on Atlas's {@code atlas.sum}: one line per
 * migration file ({@code V…}, {@code U…}, {@code R…} and their {@code .conf} files), in the order Flyway applies
 * them, each with a SHA-256 that chains the file's name and normalised content onto the line before it, and a
 * total over all lines on the first line:
 *
 * <pre>
 * h1:&lt;total&gt;
 * V20261125120000__create_table_customers.sql h1:&lt;hash&gt;
 * U20261125120000__create_table_customers.sql h1:&lt;hash&gt;
 * </pre>
 *
 * <p>Normalised content ignores a byte order mark and line endings ({@code \r\n} and {@code \r} count as
 * {@code \n}), so that a checkout on another system does not count as an edit. Because every hash covers the ones
 * before it, {@link #check} tells an edited file from a removed, renamed or inserted one.
 *
 * @param entries the recorded files and their chained hashes, in order
 */
public record MigrationManifest(List<Entry> entries) {

  /** The manifest's file name, in the migration directory. */
  public static final String FILE_NAME = "migrations.sum";

  private static final Pattern MIGRATION = Pattern.compile("([VUR])(\\d+(?:[._]\\d+)*)?__(.+?)\\.sql(\\.conf)?");
  private static final String PREFIX = "h1:";

  /**
   * @param file the file name
   * @param hash the chained hash, base64
   */
  public record Entry(String file, String hash) {}

  /** Something the manifest and the directory disagree on. */
  public record Finding(Kind kind, String file, String detail) {

    /** What kind of disagreement. */
    public enum Kind {
      /** A recorded file whose content changed. */
      EDITED,
      /** A recorded file that is gone. */
      REMOVED,
      /** A recorded file that is there under another name. */
      RENAMED,
      /** A file that is not recorded and sorts before the last recorded one: inserted into history. */
      INSERTED,
      /** A file that is not recorded and sorts after every recorded one. */
      UNRECORDED,
      /** The first line does not match the lines below it: the manifest itself was edited. */
      MANIFEST_EDITED
    }

    @Override
    public String toString() {
      return kind + " " + file + (detail.isEmpty() ? "" : ": " + detail);
    }
  }

  public MigrationManifest {
    entries = List.copyOf(entries);
  }

  /** @return the manifest of the migration files in {@code directory} as they are now */
  public static MigrationManifest of(Path directory) {
    return of(new MigrationDirectory(directory));
  }

  /** @return the manifest of the migration files of {@code directory}, its undo directory's downs included, as they are now */
  public static MigrationManifest of(MigrationDirectory directory) {
    List<Entry> entries = new ArrayList<>();
    String previous = "";
    for (Path file : migrationFiles(directory)) {
      String name = file.getFileName().toString();
      previous = chain(previous, name, readText(file));
      entries.add(new Entry(name, previous));
    }
    return new MigrationManifest(entries);
  }

  /** @return the manifest text: the total, then one line per file */
  public String render() {
    StringBuilder lines = new StringBuilder();
    entries.forEach(e -> lines.append(e.file()).append(' ').append(PREFIX).append(e.hash()).append('\n'));
    return PREFIX + sha256(lines.toString()) + "\n" + lines;
  }

  /**
   * Writes the manifest of {@code directory} as it is now into {@code migrations.sum} there, replacing the old one
   * atomically.
   *
   * @return what the new manifest accepts that the old one did not record (every file when there was none)
   * @throws MigrationException with {@link ErrorCode#WRITE_FAILED} when the file cannot be written
   */
  public static List<Finding> rehash(Path directory) {
    return rehash(new MigrationDirectory(directory));
  }

  /**
   * Writes the manifest of {@code migrations} (its undo directory's downs included) into {@code migrations.sum} in its
   * migration directory, as {@link #rehash(Path)} does.
   *
   * @return what the new manifest accepts that the old one did not record (every file when there was none)
   */
  public static List<Finding> rehash(MigrationDirectory migrations) {
    Path directory = migrations.root();
    try (DirectoryLock lock = DirectoryLock.acquire("rehash", DirectoryLock.DEFAULT_WAIT, directory, migrations.undoRoot())) {
      return rehashLocked(migrations);
    }
  }

  /** {@link #rehash(MigrationDirectory)} for a caller that holds the directory's {@link DirectoryLock} already. */
  public static List<Finding> rehashLocked(MigrationDirectory migrations) {
    Path directory = migrations.root();
    // A file that looks like a migration but is misnamed (V1.x__a.sql) is refused, as diff and Flyway refuse it, rather
    // than left out of the record without a word.
    migrations.upMigrations();
    List<Finding> accepted = read(directory)
        .map(recorded -> recorded.check(migrations))
        .orElseGet(() -> new Recorded("", new MigrationManifest(List.of())).check(migrations).stream()
            .filter(f -> f.kind() != Finding.Kind.MANIFEST_EDITED)
            .toList());
    Path target = directory.resolve(FILE_NAME);
    try {
      Files.createDirectories(directory);
      Path temporary = directory.resolve("." + FILE_NAME + ".tmp");
      Files.writeString(temporary, of(migrations).render(), StandardCharsets.UTF_8);
      Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new MigrationException(ErrorCode.WRITE_FAILED, "writing " + target + ": " + e.getMessage(), e);
    }
    return accepted;
  }

  /**
   * Refuses to go on when {@code directory} has a manifest that disagrees with its files: a generator must not bless
   * an edited, renamed, removed or unreviewed migration by rewriting the manifest over it. A directory without a
   * manifest passes (the first run that writes files records one).
   *
   * @param goal what was about to happen, for the message ({@code "diff"})
   * @throws MigrationException with {@link ErrorCode#MANIFEST_MISMATCH} listing every finding
   */
  public static void requireIntact(Path directory, String goal) {
    requireIntact(new MigrationDirectory(directory), goal);
  }

  /** As {@link #requireIntact(Path, String)}, with the downs in {@code migrations}' undo directory. */
  public static void requireIntact(MigrationDirectory migrations, String goal) {
    requireIntact(migrations, goal, false);
  }

  /**
   * As {@link #requireIntact(MigrationDirectory, String)}; with {@code recordRequired}, a directory that has
   * migrations but no manifest is refused too: a deleted {@code migrations.sum} must not let the next run record edited
   * files as if they had been reviewed.
   *
   * @throws MigrationException with {@link ErrorCode#MANIFEST_MISSING} for migrations without a manifest
   */
  public static void requireIntact(MigrationDirectory migrations, String goal, boolean recordRequired) {
    Path directory = migrations.root();
    Optional<Recorded> recorded = read(directory);
    if (recorded.isEmpty()) {
      int files = of(migrations).entries().size();
      if (recordRequired && files > 0) {
        throw new MigrationException(ErrorCode.MANIFEST_MISSING, directory + " has " + files + " migration file(s) but no "
            + FILE_NAME + ", so " + goal + " cannot tell a reviewed migration from an edited one and stops before writing"
            + " anything. If " + FILE_NAME + " was deleted, restore it from version control; if these migrations were"
            + " never recorded (a project new to Dovetail), review them and record them with mvn migrations:rehash.");
      }
      return;
    }
    List<Finding> findings = recorded.get().check(migrations);
    if (!findings.isEmpty()) {
      throw new MigrationException(
          ErrorCode.MANIFEST_MISMATCH,
          directory.resolve(FILE_NAME) + " disagrees with the migration files, so " + goal + " stops before writing anything:\n"
              + findings.stream().map(f -> "  " + f).collect(java.util.stream.Collectors.joining("\n"))
              + "\nA deployed migration must not change: restore what was edited, renamed or removed. A hand-written"
              + " migration is recorded with mvn migrations:rehash once someone has reviewed it.");
    }
  }

  /** @return the manifest recorded in {@code directory}, if it has one */
  public static Optional<Recorded> read(Path directory) {
    Path file = directory.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    List<String> lines = normalise(readText(file)).lines().toList();
    String total = lines.isEmpty() ? "" : lines.get(0);
    List<Entry> entries = new ArrayList<>();
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      int space = line.lastIndexOf(" " + PREFIX);
      entries.add(space < 0 ? new Entry(line, "") : new Entry(line.substring(0, space), line.substring(space + 1 + PREFIX.length())));
    }
    return Optional.of(new Recorded(total, new MigrationManifest(entries)));
  }

  /**
   * A manifest as read from disk.
   *
   * @param total its first line
   * @param manifest its entries
   */
  public record Recorded(String total, MigrationManifest manifest) {

    /**
     * @return where the recorded manifest and the files in {@code directory} disagree, one finding per file, in
     *     order; empty when every recorded file is there unchanged and nothing else is
     */
    public List<Finding> check(Path directory) {
      return check(new MigrationDirectory(directory));
    }

    /**
     * @return where the recorded manifest and the files of {@code migrations} (downs in its undo directory included)
     *     disagree, as {@link #check(Path)} says
     */
    public List<Finding> check(MigrationDirectory migrations) {
      Path directory = migrations.root();
      List<Finding> findings = new ArrayList<>();
      if (!total.equals(manifest.render().lines().findFirst().orElse(""))) {
        findings.add(new Finding(Finding.Kind.MANIFEST_EDITED, FILE_NAME, "its first line is not the total of the lines below it"));
      }
      Map<String, String> onDisk = new LinkedHashMap<>();
      for (Path file : migrationFiles(migrations)) {
        onDisk.put(file.getFileName().toString(), readText(file));
      }
      List<String> unrecorded = new ArrayList<>(onDisk.keySet());
      manifest.entries().forEach(e -> unrecorded.remove(e.file()));
      String previous = "";
      List<Entry> entries = manifest.entries();
      boolean lineChanged = false;
      for (int i = 0; i < entries.size(); i++) {
        Entry entry = entries.get(i);
        String content = onDisk.get(entry.file());
        if (content == null) {
          String chainFrom = previous;
          Optional<String> renamed = unrecorded.stream()
              .filter(f -> chain(chainFrom, entry.file(), onDisk.get(f)).equals(entry.hash()))
              .findFirst();
          if (renamed.isPresent()) {
            unrecorded.remove(renamed.get());
            findings.add(new Finding(Finding.Kind.RENAMED, entry.file(), "now " + renamed.get()));
          } else {
            findings.add(new Finding(Finding.Kind.REMOVED, entry.file(), "recorded but not in "
                + (MigrationDirectory.isDown(entry.file()) ? migrations.undoRoot() : directory)));
          }
        } else {
          String computed = chain(previous, entry.file(), content);
          if (!computed.equals(entry.hash())) {
            if (lineEdited(entries, i, computed, onDisk)) {
              // The file is as recorded; the manifest's line of it was changed. One finding, not one per file after it.
              findings.add(new Finding(Finding.Kind.MANIFEST_EDITED, FILE_NAME,
                  "the line of " + entry.file() + " was changed by hand; the file itself is as recorded"));
              lineChanged = true;
              previous = computed;
              continue;
            }
            findings.add(new Finding(Finding.Kind.EDITED, entry.file(), "its content differs from what was recorded"));
          }
        }
        previous = entry.hash();
      }
      if (lineChanged) {
        findings.removeIf(f -> f.kind() == Finding.Kind.MANIFEST_EDITED && f.file().equals(FILE_NAME) && f.detail().startsWith("its first line"));
      }
      String last = manifest.entries().isEmpty() ? null : manifest.entries().get(manifest.entries().size() - 1).file();
      for (String file : unrecorded) {
        boolean inserted = last != null && ORDER.compare(file, last) < 0;
        findings.add(inserted
            ? new Finding(Finding.Kind.INSERTED, file, "not recorded, and it sorts before " + last + ", the last recorded file")
            : new Finding(Finding.Kind.UNRECORDED, file, "not recorded; after reviewing it, run mvn migrations:rehash"));
      }
      return findings;
    }

    /**
     * @return whether the recorded hash of entry {@code i} differs from its file's ({@code computed}) because the
     *     manifest's line was changed, not the file: the next entry's recorded hash chains from the file's true hash, or,
     *     for the last entry, the recorded total is the total of the manifest with the true hash in that line
     */
    private boolean lineEdited(List<Entry> entries, int i, String computed, Map<String, String> onDisk) {
      if (i + 1 < entries.size()) {
        Entry next = entries.get(i + 1);
        String nextContent = onDisk.get(next.file());
        return nextContent != null && chain(computed, next.file(), nextContent).equals(next.hash());
      }
      List<Entry> repaired = new ArrayList<>(entries);
      repaired.set(i, new Entry(entries.get(i).file(), computed));
      return total.equals(new MigrationManifest(repaired).render().lines().findFirst().orElse(""));
    }
  }

  /** Flyway's order: by version, up before down, each file before its {@code .conf}; repeatables last. */
  static final Comparator<String> ORDER = Comparator.comparing(MigrationManifest::sortKey);

  private static String sortKey(String file) {
    Matcher m = MIGRATION.matcher(file);
    if (!m.matches()) {
      return "~" + file;
    }
    String version = m.group(2) == null ? "" : m.group(2);
    StringBuilder key = new StringBuilder(m.group(1).equals("R") ? "2" : "1");
    for (String part : version.split("[._]")) {
      key.append(String.format("%020d", part.isEmpty() ? 0L : Long.parseLong(part.length() > 18 ? part.substring(0, 18) : part))).append('.');
    }
    return key.append(m.group(1).equals("U") ? "1" : "0").append(m.group(3)).append(m.group(4) == null ? "0" : "1").toString();
  }

  /**
   * @return the migration files of the migration directory and the downs of the undo directory, in Flyway's order; a
   *     name in both counts once, the migration directory's
   */
  private static List<Path> migrationFiles(MigrationDirectory migrations) {
    Map<String, Path> files = new LinkedHashMap<>();
    list(migrations.root(), name -> true).forEach(f -> files.putIfAbsent(f.getFileName().toString(), f));
    if (!migrations.undoRoot().equals(migrations.root())) {
      list(migrations.undoRoot(), MigrationDirectory::isDown).forEach(f -> files.putIfAbsent(f.getFileName().toString(), f));
    }
    return files.values().stream().sorted(Comparator.comparing(f -> sortKey(f.getFileName().toString()))).toList();
  }

  private static List<Path> list(Path directory, java.util.function.Predicate<String> names) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> MIGRATION.matcher(f.getFileName().toString()).matches() && names.test(f.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + directory, e);
    }
  }

  /** @return the text without a byte order mark, every line ending written {@code \n} */
  public static String normalise(String text) {
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String chain(String previous, String name, String content) {
    return sha256(previous + "\n" + name + "\n" + normalise(content));
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
