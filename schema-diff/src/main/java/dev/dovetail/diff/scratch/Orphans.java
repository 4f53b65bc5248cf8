package dev.dovetail.diff.scratch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a run killed before it could clean up leaves behind, found and removed by the next run: embedded servers (a
 * running {@code postgres} and its folder in the temporary directory) here, scratch databases on a server in {@link
 * ServerScratchProvider}. Only what is marked as Dovetail's is ever touched, and only when the run that made it has
 * ended: an embedded server's folder holds an {@code owner} file naming the JVM (process id and start time) that
 * started it.
 */
final class Orphans {

  /** The prefix of an embedded server's folder in the temporary directory. */
  static final String EMBEDDED_PREFIX = "dovetail-pg-";

  private static final String OWNER = "owner";

  private Orphans() {}

  /** Writes the {@code owner} file of a new embedded server's folder: this JVM's process id and start time. */
  static void markOwned(Path base) throws IOException {
    ProcessHandle self = ProcessHandle.current();
    Files.writeString(base.resolve(OWNER), self.pid() + " " + self.info().startInstant().map(Instant::toString).orElse("?") + "\n",
        StandardCharsets.UTF_8);
  }

  /**
   * Stops and removes the embedded servers whose JVM has ended without stopping them ({@code kill -9}): their
   * {@code postgres} is still running on the folder named in its {@code postmaster.pid}.
   */
  static void removeEmbeddedServers() {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(temp, EMBEDDED_PREFIX + "*")) {
      for (Path folder : folders) {
        if (Files.isRegularFile(folder.resolve(OWNER)) && !ownerAlive(folder.resolve(OWNER))) {
          stopServer(folder.resolve("data"));
          delete(folder);
        }
      }
    } catch (IOException | RuntimeException e) {
      // best effort: a folder another user owns, or one removed meanwhile, is not this run's business
    }
  }

  /** @return whether the JVM the owner file names still runs (the same process: same id, same start time) */
  static boolean ownerAlive(Path ownerFile) throws IOException {
    String[] owner = Files.readString(ownerFile, StandardCharsets.UTF_8).trim().split(" ");
    Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(owner[0]));
    return process.isPresent() && process.get().isAlive()
        && (owner.length < 2 || owner[1].equals("?")
            || process.get().info().startInstant().map(Instant::toString).map(owner[1]::equals).orElse(true));
  }

  private static void stopServer(Path data) throws IOException {
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return;
    }
    Optional<ProcessHandle> postgres = ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
    if (postgres.isEmpty() || postgres.get().info().command().map(c -> !c.contains("postgres")).orElse(false)) {
      return; // gone, or the id is another program's now
    }
    postgres.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown, and nobody is connected any more
    try {
      postgres.get().onExit().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      postgres.get().destroyForcibly();
    }
  }

  static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException ignored) {
      // best effort: it is a temporary directory
    }
  }
}
