package dev.dovetail.diff.scratch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A run killed with {@code kill -9} in the middle of its work (a scratch database made, not dropped) leaves it behind;
 * the next run removes it, and leaves alone what a run still alive uses.
 */
class KilledRunIT {

  @Test
  void anEmbeddedServerLeftByAKilledRunIsStoppedAndRemovedByTheNextRun() throws Exception {
    List<Path> before = embeddedFolders();
    Process run = fork("embedded");
    readName(run);
    Path folder = embeddedFolders().stream().filter(f -> !before.contains(f)).findFirst().orElseThrow();
    long postgres = Long.parseLong(Files.readAllLines(folder.resolve("data").resolve("postmaster.pid")).get(0).trim());
    Orphans.removeEmbeddedServers();
    assertThat(folder).as("the server of a run still alive is left alone").exists();

    run.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: no shutdown hook runs
    assertThat(ProcessHandle.of(postgres)).as("its postgres outlives it").isPresent();
    Orphans.removeEmbeddedServers();

    assertThat(folder).doesNotExist();
    assertThat(ProcessHandle.of(postgres).map(ProcessHandle::isAlive).orElse(false)).as("postgres " + postgres + " stopped").isFalse();
  }

  @Test
  void aScratchDatabaseLeftOnAServerByAKilledRunIsDroppedByTheNextRun() throws Exception {
    String adminUrl;
    try (ScratchDatabase any = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      adminUrl = any.jdbcUrl().replace("/" + any.name(), "/postgres");
    }
    Process run = fork("url", adminUrl);
    String name = readName(run);
    ServerScratchProvider next = new ServerScratchProvider(adminUrl, "postgres", null, "the embedded server");
    next.removeOrphans();
    assertThat(exists(adminUrl, name)).as("the database of a run still alive is left alone").containsExactly(true, true);

    run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(exists(adminUrl, name)).as("left behind").containsExactly(true, true);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    do { // the server notices the killed run's sessions end
      next.removeOrphans();
    } while (exists(adminUrl, name).contains(true) && System.nanoTime() < deadline);

    assertThat(exists(adminUrl, name)).as("database and sandbox role dropped").containsExactly(false, false);
  }

  private static Process fork(String... args) throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", KilledRun.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static String readName(Process run) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));
    String name = out.readLine();
    assertThat(name).as("the forked run's scratch database").startsWith("dovetail_");
    return name;
  }

  private static List<Path> embeddedFolders() throws IOException {
    try (Stream<Path> folders = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return folders.filter(f -> f.getFileName().toString().startsWith(Orphans.EMBEDDED_PREFIX)).toList();
    }
  }

  /** @return whether the database exists, and whether its sandbox role does */
  private static List<Boolean> exists(String adminUrl, String name) throws SQLException {
    try (Connection connection = java.sql.DriverManager.getConnection(adminUrl, "postgres", null);
        PreparedStatement query = connection.prepareStatement(
            "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = ?), EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)")) {
      query.setString(1, name);
      query.setString(2, name);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return List.of(rs.getBoolean(1), rs.getBoolean(2));
      }
    }
  }
}
