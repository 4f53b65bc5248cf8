package dev.dovetail.diff.scratch;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * A freshly initialised data directory of the embedded server, kept in the temporary directory for later runs:
 * {@code initdb} takes over a second of every run's start, a copy of its result a tenth of that. The template is
 * taken right after {@code initdb}, before the server first starts, so it is the same cluster every run would make;
 * it is keyed by the binaries (the archive's location, size and date) and the way Dovetail initialises them, and
 * written under a temporary name then renamed into place, so that two runs making it at once, or a run killed while
 * making it, never leave a partial template that another run would use.
 */
final class InitdbTemplate {

  /** The prefix of template folders in the temporary directory; not {@link Orphans#EMBEDDED_PREFIX}, which is swept. */
  static final String PREFIX = "dovetail-initdb-";

  /** Bumped whenever the way the embedded server is initialised changes (initdb options, locale). */
  private static final String LAYOUT = "1";

  /** zonky's lock file in the data directory: held by the server that made the template, never copied. */
  private static final String LOCK_FILE = "epg-lock";

  private final Path folder;

  InitdbTemplate(Path folder) {
    this.folder = folder;
  }

  /**
   * @param binariesJar the binaries jar given to the provider, or null for the binaries on the classpath
   * @return the template for those binaries, or empty when they cannot be identified (then every run initialises)
   */
  static java.util.Optional<InitdbTemplate> forBinaries(Path binariesJar) {
    try {
      if (binariesJar != null) {
        return java.util.Optional.of(of(binariesJar.toAbsolutePath() + " " + Files.size(binariesJar) + " "
            + Files.getLastModifiedTime(binariesJar).toMillis()));
      }
      // zonky's default resolver loads postgres-<system>-<hardware>.txz from the classpath; its URL names the jar
      String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
      String arch = System.getProperty("os.arch").toLowerCase(java.util.Locale.ROOT);
      String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
      String hardware = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("aarch64") ? "arm_64" : arch;
      java.net.URL archive = InitdbTemplate.class.getClassLoader().getResource("postgres-" + system + "-" + hardware + ".txz");
      if (archive == null) {
        return java.util.Optional.empty();
      }
      java.net.URLConnection connection = archive.openConnection();
      return java.util.Optional.of(of(archive + " " + connection.getContentLengthLong() + " " + connection.getLastModified()));
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  /** @param binaries what identifies the binaries: the archive's location, size and date */
  static InitdbTemplate of(String binaries) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest((LAYOUT + "\n" + binaries).getBytes(StandardCharsets.UTF_8));
      Path temp = Path.of(System.getProperty("java.io.tmpdir"));
      return new InitdbTemplate(temp.resolve(PREFIX + HexFormat.of().formatHex(digest, 0, 8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * Copies the template into an empty data directory, when there is one.
   *
   * @return whether it did; if not, the caller initialises the directory and may {@link #save} it
   */
  boolean copyInto(Path dataDirectory) {
    Path data = folder.resolve("data");
    if (!Files.isDirectory(data) || !Files.isRegularFile(data.resolve("PG_VERSION")) || !ownedByThisUserAlone(folder)) {
      return false;
    }
    try {
      copy(data, dataDirectory);
      return true;
    } catch (IOException | UncheckedIOException e) {
      // a template removed while it was copied: initialise as if there were none
      delete(dataDirectory);
      try {
        Files.createDirectories(dataDirectory);
      } catch (IOException ignored) {
        // initdb reports it
      }
      return false;
    }
  }

  /**
   * Keeps a copy of a data directory {@code initdb} has just made (the server not yet started) as the template, unless
   * another run has kept one meanwhile. Failing to keep it costs only the next run's time, so it is not reported.
   */
  void save(File dataDirectory) {
    if (Files.isDirectory(folder)) {
      return;
    }
    removeStaleStaging();
    Path staging = folder.resolveSibling(folder.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    try {
      Files.createDirectories(staging);
      ownerOnly(staging);
      copy(dataDirectory.toPath(), staging.resolve("data"));
      Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UncheckedIOException e) {
      // another run kept its template first (the folder exists now), or the disk said no: this run's copy goes
      delete(staging);
    }
  }

  /** Removes what runs killed while they kept a template left behind: staging folders of processes that are gone. */
  private void removeStaleStaging() {
    try (java.nio.file.DirectoryStream<Path> stale = Files.newDirectoryStream(folder.getParent(), folder.getFileName() + ".tmp-*")) {
      for (Path staging : stale) {
        String pid = staging.getFileName().toString().replaceFirst(".*\\.tmp-", "");
        if (pid.matches("[0-9]{1,18}") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
          delete(staging);
        }
      }
    } catch (IOException | UncheckedIOException ignored) {
      // best effort: the next run tries again
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
          ownerOnly(target);
        } else if (!file.getFileName().toString().equals(LOCK_FILE)) {
          Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /**
   * A template's configuration runs with this user's rights when the server starts: one another user of a shared
   * temporary directory made, or could have changed, is never used.
   */
  private static boolean ownedByThisUserAlone(Path folder) {
    try {
      Path probe = Files.createTempFile("dovetail-owner-", ".probe");
      try {
        if (!Files.getOwner(folder).equals(Files.getOwner(probe))) {
          return false;
        }
      } finally {
        Files.deleteIfExists(probe);
      }
      return !folder.getFileSystem().supportedFileAttributeViews().contains("posix")
          || PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)).equals("rwx------");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** PostgreSQL refuses a data directory others may read. */
  private static void ownerOnly(Path directory) throws IOException {
    if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static void delete(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // best effort: a temporary folder
    }
  }
}
