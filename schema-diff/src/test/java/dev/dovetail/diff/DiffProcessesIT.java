package dev.dovetail.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.dir.MigrationManifest;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code diff} as separate processes, as users start them: killed at the proof step (Ctrl-C and {@code kill -9}), on the
 * embedded provider and on a server ({@code url}); and two at once on one project. The forks ({@link ForkedDiff}) share a
 * temporary directory of their own, so that their embedded servers are theirs to look for.
 */
class DiffProcessesIT {

  /** The forks' temporary directory: their embedded servers, the binaries they unpack, the directory locks. */
  @TempDir static Path forksTemp;

  @TempDir Path project;

  /**
   * A run stopped by Ctrl-C or {@code kill -9} while it proves its plan leaves its scratch server or databases behind
   * at worst; the next run removes them, and the migrations are then those of the declared schema, each recorded.
   */
  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({"INT, embedded", "KILL, embedded", "INT, url", "KILL, url"})
  void aRunKilledDuringItsProofLeavesNothingOnceTheNextRunIsDone(String signal, String scratch) throws Exception {
    declare(15);
    String server = scratch.equals("url") ? adminUrl() : null;
    Process run = fork(scratch, server);
    List<String> output = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> reading = read(run, output);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (output.stream().noneMatch(l -> l.startsWith("Planned ")) && run.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(output).as("the run reached its proof").anyMatch(l -> l.startsWith("Planned "));
    new ProcessBuilder("kill", "-" + signal, String.valueOf(run.pid())).start().waitFor(10, TimeUnit.SECONDS);
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("the run ended on SIG" + signal).isTrue();
    reading.get(10, TimeUnit.SECONDS);
    if (server != null && signal.equals("INT")) {
      assertThat(markedOn(server)).as("after Ctrl-C, the run's shutdown hook dropped its scratch databases; its output: " + output).isEmpty();
    }

    Process next = fork(scratch, server);
    List<String> nextOutput = new CopyOnWriteArrayList<>();
    read(next, nextOutput).get(180, TimeUnit.SECONDS);
    assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(next.exitValue()).as("the next run: " + nextOutput).isZero();

    assertThat(ups()).as("one migration per declared table, whichever run wrote them").hasSize(15);
    assertThat(MigrationManifest.read(migrations()).orElseThrow().check(migrations())).as("every file recorded").isEmpty();
    assertThat(temporaryFiles()).as("no half-written file").isEmpty();
    if (server != null) {
      assertThat(markedOn(server)).as("scratch databases and sandbox roles left on the server").isEmpty();
    } else {
      assertThat(embeddedServersLeft()).as("embedded servers left").isEmpty();
    }
  }

  /** Two runs on one project, started together or a second apart: one writes the migration, the other finds it written. */
  @ParameterizedTest(name = "second run {0} ms after the first")
  @ValueSource(ints = {0, 1000})
  void twoRunsOnOneProjectWriteOneMigration(int delayMillis) throws Exception {
    declare(1);
    Process first = fork("embedded", null);
    List<String> firstOutput = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> readingFirst = read(first, firstOutput);
    Thread.sleep(delayMillis);
    Process second = fork("embedded", null);
    List<String> secondOutput = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> readingSecond = read(second, secondOutput);
    readingFirst.get(180, TimeUnit.SECONDS);
    readingSecond.get(180, TimeUnit.SECONDS);
    assertThat(first.waitFor(60, TimeUnit.SECONDS) && second.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(first.exitValue()).as("first: " + firstOutput).isZero();
    assertThat(second.exitValue()).as("second: " + secondOutput).isZero();
    assertThat(ups()).as("one migration").singleElement().asString().endsWith("__create_table_t00.sql");
    assertThat(MigrationManifest.read(migrations()).orElseThrow().check(migrations())).as("manifest consistent").isEmpty();
    List<List<String>> outputs = List.of(firstOutput, secondOutput);
    assertThat(outputs).as("one run wrote the migration").filteredOn(o -> o.contains("wrote 2")).hasSize(1);
    List<String> waited = outputs.stream().filter(o -> !o.contains("wrote 2")).findFirst().orElseThrow();
    assertThat(waited).as("the other said it waited, then found the schema up to date")
        .anyMatch(l -> l.contains(" is held by ") && l.contains("diff waits for it"))
        .contains("Schema is up to date: no migration written");
  }

  private void declare(int tables) throws IOException {
    Files.createDirectories(project.resolve("schema"));
    Files.writeString(project.resolve("schema/a.sql"), IntStream.range(0, tables)
        .mapToObj(i -> String.format("CREATE TABLE t%02d (id bigint PRIMARY KEY, name text NOT NULL, n int CHECK (n > 0));%n"
            + "CREATE INDEX t%02d_name ON t%02d (name);%n", i, i, i))
        .collect(Collectors.joining()));
  }

  private Path migrations() {
    return project.resolve("migration");
  }

  private List<String> ups() throws IOException {
    if (!Files.isDirectory(migrations())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(migrations())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V") && n.endsWith(".sql")).sorted().toList();
    }
  }

  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.walk(project)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  private Process fork(String scratch, String server) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        "-Djava.io.tmpdir=" + forksTemp, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", ForkedDiff.class.getName(),
        project.resolve("schema").toString(), migrations().toString(), scratch));
    if (server != null) {
      command.add(server);
    }
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static CompletableFuture<Void> read(Process process, List<String> lines) {
    return CompletableFuture.runAsync(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        lines.add("(output ended: " + e.getMessage() + ")");
      }
    });
  }

  /** @return the admin URL of the test JVM's embedded server, which the url runs use as their scratch server */
  private static String adminUrl() {
    try (ScratchDatabase any = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      return any.jdbcUrl().replace("/" + any.name(), "/postgres");
    }
  }

  private static List<String> markedOn(String adminUrl) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(adminUrl, "postgres", null);
        ResultSet rs = connection.createStatement().executeQuery(
            "SELECT 'database ' || datname FROM pg_database WHERE datname ~ '^dovetail_[0-9a-f]{16}$' AND shobj_description(oid, 'pg_database') LIKE 'dovetail scratch%'"
                + " UNION ALL SELECT 'role ' || rolname FROM pg_roles WHERE rolname ~ '^dovetail_[0-9a-f]{16}$' AND shobj_description(oid, 'pg_authid') LIKE 'dovetail scratch%'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  /** @return the forks' embedded server folders still there, and processes still running from the forks' directory */
  private static List<String> embeddedServersLeft() throws IOException {
    List<String> left = new ArrayList<>();
    try (Stream<Path> files = Files.list(forksTemp)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("dovetail-pg-")).forEach(left::add);
    }
    String temp = forksTemp.toString();
    ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(temp) && !c.contains(ForkedDiff.class.getName())).orElse(false))
        .forEach(p -> left.add("process " + p.pid() + " " + p.info().commandLine().orElse("")));
    return left;
  }
}
