package dev.dovetail.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.diff.introspect.CatalogReader;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scale benchmark (issue 16), run only with {@code -Pbench}: for each size of {@link BenchSchema} it loads the
 * current schema into a live database and runs {@code mvn migrations:diff} as a user runs it (a separate Maven process,
 * the installed plugin, the embedded scratch default) three times: with the unedited schema declared in a fresh
 * project (nothing to do), the same again in that project (a repeat, with the declared schema's model kept in
 * {@code target/}), and with the edited schema declared in a fresh project. It records each process's wall time, the
 * phases read off the Maven log's timestamps, the peak heap from the GC log, the time of one {@link CatalogReader} read
 * of the live database and, with {@code -Dbench.pgDump}, {@code pg_dump -s} of the same database. It asserts only that
 * each run works (nothing to do says so, the repeat reuses the kept model, the edit's plan is proved and written): the
 * times are printed and written to {@code target/bench/results.md}, not judged, since they depend on the machine.
 *
 * <p>System properties: {@code bench.sizes} (default {@code S,M,L}); {@code bench.url}, {@code bench.user},
 * {@code bench.password} for a live server of one's own (default: an embedded server with PostgreSQL's default
 * settings, as a live server has them); {@code bench.pgDump} the {@code pg_dump} to compare with;
 * {@code bench.edited=false} to leave out the edited run; {@code bench.statementsPerFile} (default 2,000; 0 writes one
 * file); {@code bench.mavenOpts} for the Maven process (default {@code -Xmx512m}, the heap target).
 */
@Tag("bench")
class ScaleBenchIT {

  private static final Path ROOT = Path.of("target", "bench").toAbsolutePath();
  private static final List<String> RESULTS = new ArrayList<>();
  private static EmbeddedPostgres embedded;
  private static String url;
  private static String user;
  private static String password;

  static List<String> sizes() {
    return List.of(System.getProperty("bench.sizes", "S,M,L").split(","));
  }

  @BeforeAll
  static void liveServer() throws IOException {
    Files.createDirectories(ROOT);
    url = System.getProperty("bench.url", "");
    user = System.getProperty("bench.user", "postgres");
    password = System.getProperty("bench.password", "");
    if (url.isBlank()) {
      embedded = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory(ROOT, "live-")).setCleanDataDirectory(true)
          .setOutputRedirector(ProcessBuilder.Redirect.DISCARD).setErrorRedirector(ProcessBuilder.Redirect.DISCARD).start();
      url = embedded.getJdbcUrl("postgres", "postgres");
    }
    RESULTS.add("| size | tables (edited) | migrations | diff, whole process | phases | peak heap | nothing to do, first run"
        + " | repeat | one catalog read of live | `pg_dump -s` |");
    RESULTS.add("|---|---|---|---|---|---|---|---|---|---|");
  }

  @AfterAll
  static void report() throws IOException {
    String table = String.join("\n", RESULTS) + "\n";
    System.out.println("\nScale benchmark (" + machine() + ")\n" + table);
    Files.writeString(ROOT.resolve("results.md"), "Scale benchmark, " + machine() + "\n\n" + table, StandardCharsets.UTF_8);
    if (embedded != null) {
      embedded.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sizes")
  void diffAtScale(String size) throws Exception {
    BenchSchema schema = BenchSchema.of(size.strip());
    String database = "bench_" + size.strip().toLowerCase(Locale.ROOT) + "_" + ProcessHandle.current().pid();
    String liveUrl = createAndLoad(database, schema.current());

    // First the run with nothing to do (the unedited schema declared), then the edit; -Dbench.edited=false skips the
    // edit, whose proof is the long part at L.
    Run first = diff(size + "-unchanged", liveUrl, schema.current(), true);
    assertThat(first.exit()).as("diff with nothing to do, log in " + first.log()).isZero();
    assertThat(first.lines()).as("nothing to do").anyMatch(l -> l.contains("Schema is up to date"));
    // Run again in the same project, as a user repeats a run: the declared schema's model is kept in target/.
    Run repeat = diff(size + "-unchanged", liveUrl, schema.current(), false);
    assertThat(repeat.exit()).as("diff repeated, log in " + repeat.log()).isZero();
    assertThat(repeat.lines()).as("the declared schema's model is reused").anyMatch(l -> l.contains("Declared schema unchanged"));

    Optional<Run> diff = Optional.empty();
    int migrations = 0;
    if (!"false".equals(System.getProperty("bench.edited"))) {
      Run run = diff(size + "-edited", liveUrl, schema.edited(), true);
      assertThat(run.exit()).as("diff of the edited schema, log in " + run.log()).isZero();
      assertThat(run.lines()).as("the plan is proved").anyMatch(l -> l.contains("Proof passed"));
      migrations = run.migrations();
      assertThat(migrations).as("migrations written").isPositive();
      diff = Optional.of(run);
    }

    long readMillis;
    try (Connection connection = connect(liveUrl)) {
      new CatalogReader().read(connection); // the first read of a connection warms its catalog caches
      long start = System.nanoTime();
      new CatalogReader().read(connection);
      readMillis = (System.nanoTime() - start) / 1_000_000;
      System.out.println(size + ": catalog queries on the live database, ms: " + queryTimes(connection));
    }
    String pgDump = pgDump(liveUrl).map(ms -> seconds(ms)).orElse("no `pg_dump` of this server's version");

    String notRun = "not run (-Dbench.edited=false)";
    RESULTS.add("| " + size + " | " + schema.tables() + " (" + schema.editedTables() + ") | " + migrations + " | "
        + diff.map(r -> seconds(r.millis())).orElse(notRun) + " | " + diff.map(Run::phases).orElse("") + " | "
        + (diff.isPresent() ? diff.get().peakHeap() : first.peakHeap() + " (first run)") + " | " + seconds(first.millis())
        + " (" + first.phases() + ") | " + seconds(repeat.millis())
        + " (" + repeat.phases() + ") | " + seconds(readMillis) + " | " + pgDump + " |");
    try (Connection connection = connect(url); Statement sql = connection.createStatement()) {
      sql.execute("DROP DATABASE " + database + " WITH (FORCE)");
    }
  }

  private static String createAndLoad(String database, List<String> statements) throws SQLException {
    try (Connection connection = connect(url); Statement sql = connection.createStatement()) {
      sql.execute("CREATE DATABASE " + database);
    }
    String liveUrl = url.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
    try (Connection connection = connect(liveUrl); Statement sql = connection.createStatement()) {
      // One statement at a time in autocommit: a live database is built up over time, never in one transaction.
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
    return liveUrl;
  }

  private static Connection connect(String jdbcUrl) throws SQLException {
    Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
    connection.setAutoCommit(true);
    return connection;
  }

  /** A finished {@code mvn migrations:diff}: its exit code, wall time and log. */
  private record Run(int exit, long millis, Path log, List<String> lines, Path project) {

    int migrations() throws IOException {
      Path directory = project.resolve("src/main/resources/db/migration");
      try (Stream<Path> files = Files.list(directory)) {
        return (int) files.filter(f -> f.getFileName().toString().matches("V.*\\.sql")).count();
      }
    }

    /** The time each phase took, from one milestone of the log to the next, by the log's own timestamps. */
    String phases() {
      Map<String, String> endsPhase = new LinkedHashMap<>();
      endsPhase.put("Connecting to", "Maven start");
      endsPhase.put("Scratch server ready", "scratch start");
      endsPhase.put("Declared schema unchanged", "declared model from the cache");
      endsPhase.put("Current state read", "read live");
      endsPhase.put("Declared schema loaded", "load declared (rest)");
      endsPhase.put("Rebuilt both sides", "rebuilds");
      endsPhase.put("Canonical forms ready", "canonical forms (kept or rebuilt)");
      endsPhase.put("Comparing", "to compare");
      endsPhase.put("Planned", "diff + plan");
      endsPhase.put("Schema is up to date", "diff");
      endsPhase.put("Proof passed", "proof");
      endsPhase.put("Wrote", "write");
      List<String> parts = new ArrayList<>();
      LocalTime previous = null;
      for (String line : lines) {
        Matcher m = STAMP.matcher(line);
        if (!m.find()) {
          continue;
        }
        LocalTime at = LocalTime.parse(m.group(1), DateTimeFormatter.ofPattern("HH:mm:ss.SSS"));
        previous = previous == null ? at : previous;
        for (Map.Entry<String, String> milestone : endsPhase.entrySet()) {
          if (line.contains(milestone.getKey())) {
            long millis = java.time.Duration.between(previous, at).toMillis();
            millis = millis < 0 ? millis + 86_400_000 : millis; // past midnight
            parts.add(milestone.getValue() + " " + seconds(millis));
            previous = at;
          }
        }
      }
      return String.join(", ", parts);
    }

    /** The largest heap occupancy a GC found before it collected, from the GC log beside the Maven log. */
    String peakHeap() {
      Path gc = log.resolveSibling("gc.log");
      if (!Files.exists(gc)) {
        return "?";
      }
      long peak = 0;
      List<String> gcLines;
      try {
        gcLines = Files.readAllLines(gc);
      } catch (IOException e) {
        return "? (" + e.getMessage() + ")";
      }
      for (String line : gcLines) {
        Matcher m = HEAP.matcher(line);
        if (m.find()) {
          peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
      }
      return peak + " MiB";
    }
  }

  private static final Pattern STAMP = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d)");
  private static final Pattern HEAP = Pattern.compile(" (\\d+)M->\\d+M\\(");

  /** @param fresh whether the project is written anew (a first run) or run again as the last run left it */
  private static Run diff(String name, String liveUrl, List<String> declared, boolean fresh) throws IOException, InterruptedException {
    Path project = ROOT.resolve(name);
    if (fresh && Files.exists(project)) {
      try (Stream<Path> old = Files.walk(project)) {
        old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Path schemaDirectory = Files.createDirectories(project.resolve("src/main/resources/db/schema"));
    if (!fresh) {
      return run(project, liveUrl);
    }
    // One file per 2,000 statements, as a team splits a large schema (-Dbench.statementsPerFile=0: one file, as pg_dump
    // writes it).
    int perFile = Integer.getInteger("bench.statementsPerFile", 2_000);
    perFile = perFile <= 0 ? declared.size() : perFile;
    for (int from = 0, file = 0; from < declared.size(); from += perFile, file++) {
      List<String> part = declared.subList(from, Math.min(declared.size(), from + perFile));
      Files.writeString(schemaDirectory.resolve(String.format("%03d.sql", file)), String.join(";\n\n", part) + ";\n", StandardCharsets.UTF_8);
    }
    Files.writeString(project.resolve("pom.xml"), pom(), StandardCharsets.UTF_8);
    return run(project, liveUrl);
  }

  private static Run run(Path project, String liveUrl) throws IOException, InterruptedException {
    Path log = project.resolve("build.log");
    List<String> command = new ArrayList<>(List.of(
        maven(), "-B", "-o", "-Dorg.slf4j.simpleLogger.showDateTime=true", "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS",
        "migrations:diff", "-Dmigrations.url=" + liveUrl, "-Dmigrations.username=" + user));
    if (!password.isEmpty()) {
      command.add("-Dmigrations.password=" + password);
    }
    String localRepository = System.getProperty("bench.localRepository", "");
    if (!localRepository.isBlank()) {
      command.add("-Dmaven.repo.local=" + localRepository);
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("MAVEN_OPTS", System.getProperty("bench.mavenOpts", "-Xmx512m")
        + " -Xlog:gc:file=" + project.resolve("gc.log"));
    long start = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(30, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Run(process.exitValue(), millis, log, Files.readAllLines(log), project);
  }

  private static String pom() {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>dev.dovetail.bench</groupId>
          <artifactId>bench</artifactId>
          <version>1</version>
          <packaging>pom</packaging>
          <build>
            <plugins>
              <plugin>
                <groupId>dev.dovetail</groupId>
                <artifactId>migrations-maven-plugin</artifactId>
                <version>%s</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(System.getProperty("bench.pluginVersion"));
  }

  private static String maven() {
    String home = System.getProperty("maven.home", "");
    return home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString();
  }

  /** @return the milliseconds {@code pg_dump -s} of the database took, when a {@code pg_dump} for it is found */
  private static Optional<Long> pgDump(String liveUrl) throws Exception {
    String configured = System.getProperty("bench.pgDump", "");
    if (configured.isBlank()) {
      return Optional.empty();
    }
    Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(liveUrl);
    if (!m.find()) {
      return Optional.empty();
    }
    ProcessBuilder builder = new ProcessBuilder(configured, "-s", "-h", m.group(1), "-p", m.group(2), "-U", user, "-f", "/dev/null", m.group(3))
        .redirectErrorStream(true).redirectOutput(ROOT.resolve("pg_dump.log").toFile());
    builder.environment().put("PGPASSWORD", password);
    long start = System.nanoTime();
    int exit = builder.start().waitFor();
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (exit != 0) {
      // pg_dump refuses a server newer than itself: say so in the table rather than fail the benchmark
      System.out.println("pg_dump -s failed:\n" + Files.readString(ROOT.resolve("pg_dump.log")));
      return Optional.empty();
    }
    return Optional.of(millis);
  }

  /** @return each of the catalog reader's queries with the milliseconds it takes on {@code connection}, warm */
  private static Map<String, Long> queryTimes(Connection connection) throws Exception {
    Map<String, Long> times = new LinkedHashMap<>();
    for (String name : CatalogReader.queryNames()) {
      String sql;
      try (var in = CatalogReader.class.getResourceAsStream(name + ".sql")) {
        sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET search_path = pg_catalog");
        long start = System.nanoTime();
        try (var rs = statement.executeQuery(sql)) {
          while (rs.next()) {
            // read every row, as the reader does
          }
        }
        times.put(name, (System.nanoTime() - start) / 1_000_000);
        statement.execute("RESET search_path");
      }
    }
    return times;
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  private static String machine() {
    return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + ", Java "
        + System.getProperty("java.version");
  }
}
