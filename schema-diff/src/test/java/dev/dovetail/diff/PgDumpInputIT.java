package dev.dovetail.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.scratch.ScratchSettings;
import dev.dovetail.diff.source.LiveDatabase;
import dev.dovetail.diff.source.SqlScript;
import dev.dovetail.diff.verify.FindingCode;
import dev.dovetail.diff.verify.VerifyResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What pg_dump writes loads as the declared schema, and a database compared with its own dump is up to date.
 *
 * <p>Two sources of dumps: the ones committed under {@code src/test/resources/pgdump} (taken with pg_dump 15 of
 * PostgreSQL 15 from {@code source.sql}; they hold {@code \restrict} lines and {@code COPY … FROM stdin} data), which
 * run everywhere, and, when a {@code pg_dump} is installed and an embedded server of a major it can dump is at
 * hand, dumps taken now of a database built from the same {@code source.sql}. Those are written to
 * {@code target/pgdump/} so that the committed ones can be refreshed from them. Each test logs the source it used.
 */
class PgDumpInputIT {

  private static final String SOURCE = resource("source.sql");

  /** The committed dumps, compared with {@code source.sql} built on the default server. */
  private static final Dumps COMMITTED = new Dumps(
      "the committed dumps in src/test/resources/pgdump (pg_dump 15 of PostgreSQL 15)",
      ScratchSettings.embedded(), resource("schema-only.sql"), resource("full.sql"));

  /** Dumps taken now by a real pg_dump, or empty with the reason in {@link #realUnavailable}. */
  private static Optional<Dumps> real = Optional.empty();

  private static String realUnavailable;

  private static final List<ScratchDatabase> LIVE = new ArrayList<>();

  @TempDir Path project;

  /** Dumps of {@code source.sql} and the scratch settings of the server (and major) they were taken on. */
  record Dumps(String description, ScratchSettings server, String schemaOnly, String full) {}

  @BeforeAll
  static void dumpWithRealPgDumpWhenInstalled() throws Exception {
    Optional<Path> pgDump = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .map(dir -> Path.of(dir, "pg_dump"))
        .filter(Files::isExecutable)
        .findFirst();
    if (pgDump.isEmpty()) {
      realUnavailable = "no pg_dump on the PATH";
      return;
    }
    String version = run(List.of(pgDump.get().toString(), "--version")).strip();
    Matcher major = Pattern.compile("\\(PostgreSQL\\) (\\d+)").matcher(version);
    if (!major.find()) {
      realUnavailable = "cannot read the version of " + pgDump.get() + ": " + version;
      return;
    }
    int dumpMajor = Integer.parseInt(major.group(1));
    ScratchSettings server;
    if (dumpMajor >= EmbeddedScratchProvider.DEFAULT_MAJOR) {
      server = ScratchSettings.embedded();
    } else {
      // pg_dump refuses servers of a later major: start the embedded binaries of its own major, if Maven has them.
      Optional<Path> jar = localBinaries(dumpMajor);
      if (jar.isEmpty()) {
        realUnavailable = version + " can only dump PostgreSQL <= " + dumpMajor + ", and the embedded binaries "
            + (dumpMajor < ScratchSettings.MIN_VERSION ? "start at " + ScratchSettings.MIN_VERSION
                : EmbeddedScratchProvider.binariesCoordinates(dumpMajor) + " are not in the local Maven repository");
        return;
      }
      server = new ScratchSettings("embedded", null, null, null, dumpMajor, jar.get());
    }
    ScratchDatabase database = liveDatabase(server);
    Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(database.jdbcUrl());
    if (!url.lookingAt()) {
      throw new IllegalStateException("unexpected scratch URL " + database.jdbcUrl());
    }
    List<String> command = List.of(pgDump.get().toString(), "-h", url.group(1), "-p", url.group(2), "-U", "postgres", "-d", url.group(3));
    String schemaOnly;
    String full;
    try {
      schemaOnly = run(concat(command, "--schema-only"));
      full = run(command);
    } catch (IllegalStateException e) {
      // An installed pg_dump that cannot reach the server (a password it asks for, say) is this machine's affair.
      realUnavailable = e.getMessage();
      return;
    }
    Path written = Files.createDirectories(Path.of("target", "pgdump"));
    Files.writeString(written.resolve("schema-only.sql"), schemaOnly);
    Files.writeString(written.resolve("full.sql"), full);
    real = Optional.of(new Dumps(
        "dumps taken now by " + version + " (" + pgDump.get() + ") of embedded PostgreSQL "
            + ((EmbeddedScratchProvider) server.provider()).majorVersion() + ", written to " + written,
        server, schemaOnly, full));
  }

  @AfterAll
  static void dropLiveDatabases() {
    LIVE.forEach(ScratchDatabase::close);
  }

  @Test
  void theCommittedDumpsHoldWhatPgDumpWritesSinceThe2025SecurityReleases() {
    for (String dump : List.of(COMMITTED.schemaOnly(), COMMITTED.full())) {
      assertThat(dump).containsPattern("(?m)^\\\\restrict \\S+$").containsPattern("(?m)^\\\\unrestrict \\S+$")
          .contains("SELECT pg_catalog.set_config('search_path', '', false);")
          .as("a backslash first on a line of a function body").containsPattern("(?m)^\\\\connect elsewhere");
    }
    assertThat(COMMITTED.full()).contains("FROM stdin;").containsPattern("(?m)^\\\\\\.$").contains("SELECT pg_catalog.setval(");
    assertThat(COMMITTED.schemaOnly()).doesNotContain("FROM stdin;");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"committed", "real"})
  void aSchemaOnlyDumpOfTheLiveDatabaseIsUpToDate(String source) throws IOException {
    Dumps dumps = dumps(source);
    List<String> log = new ArrayList<>();

    DiffResult result = diff(dumps, dumps.schemaOnly(), log);

    assertThat(result.upToDate()).as("changes: %s", result.plan().migrations()).isTrue();
    assertThat(log).contains("Schema is up to date: no migration written").noneMatch(l -> l.contains("COPY"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"committed", "real"})
  void aFullDumpIsUpToDateAndItsDataIsSkippedWithOneWarning(String source) throws IOException {
    Dumps dumps = dumps(source);
    List<String> log = new ArrayList<>();

    DiffResult result = diff(dumps, dumps.full(), log);

    assertThat(result.upToDate()).as("changes: %s", result.plan().migrations()).isTrue();
    String schemaFile = project.resolve("schema").resolve("schema.sql").toString();
    assertThat(log).filteredOn(l -> l.contains("COPY")).singleElement().asString()
        .startsWith("Skipped the data of 2 COPY … FROM stdin block(s) in the declared schema")
        .containsPattern(Pattern.quote(schemaFile) + ":" + lineOf(dumps.full(), "COPY public.customers ") + " public\\.customers \\(id, name,")
        .containsPattern(Pattern.quote(schemaFile) + ":" + lineOf(dumps.full(), "COPY sales.orders ") + " sales\\.orders \\(");
  }

  @Test
  void verifyLoadsAFullDumpAndWarnsOnceAboutItsData() throws IOException {
    Path schema = Files.createDirectories(project.resolve("schema"));
    Files.writeString(schema.resolve("schema.sql"), COMMITTED.full());
    List<String> log = new ArrayList<>();

    VerifyResult result = new MigrationVerifier().verify(
        new MigrationVerifier.Options(DiffOptions.of(schema, project.resolve("migration")).withProgress(Progress.into(log)), false, null));

    assertThat(log).filteredOn(l -> l.contains("COPY")).singleElement().asString().startsWith("Skipped the data of 2 COPY");
    assertThat(result.findings()).as("no migration creates what the dump declares").isNotEmpty()
        .allSatisfy(f -> assertThat(f.code()).isEqualTo(FindingCode.NOT_MIGRATED));
  }

  @Test
  void aDumpSetsAnEmptySearchPathForItsOwnFileOnly() throws IOException {
    Path schema = Files.createDirectories(project.resolve("schema"));
    Files.writeString(schema.resolve("01_dump.sql"), COMMITTED.schemaOnly());
    Files.writeString(schema.resolve("02_more.sql"), "CREATE TABLE audit (id bigint PRIMARY KEY, at timestamptz);\n");

    DiffResult result = new MigrationGenerator().diff(options(COMMITTED, schema));

    assertThat(result.plan().migrations()).extracting(m -> m.name()).containsExactly("create_table_audit");
  }

  @Test
  void aDumpWhoseOwnersAreMissingOnTheScratchServerLoadsAndItsOwnersAreMigrated() throws IOException {
    Path schema = Files.createDirectories(project.resolve("schema"));
    String dump = COMMITTED.schemaOnly().replace("OWNER TO postgres;", "OWNER TO \"PgDump Owner \"\"X\"\"\";");
    Files.writeString(schema.resolve("schema.sql"), dump);

    DiffResult result = new MigrationGenerator().diff(options(COMMITTED, schema));

    assertThat(result.plan().migrations()).as("the live objects are owned by the migrating user; the dump states another owner")
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.name()).contains("alter_owner_of_"))
        .allSatisfy(m -> assertThat(m.up().get(0).sql()).endsWith(" OWNER TO \"PgDump Owner \"\"X\"\"\""));
  }

  @Test
  void aRoleNamedOnlyInDynamicSqlIsNotCreatedAndTheErrorSaysWhatToDo() throws IOException {
    Path schema = Files.createDirectories(project.resolve("schema"));
    Files.writeString(schema.resolve("schema.sql"), "CREATE TABLE t (id int);\n"
        + "DO $$ BEGIN EXECUTE 'ALTER TABLE t OWNER TO ' || 'dovetail_never_created_role'; END $$;\n");

    assertThatThrownBy(() -> new MigrationGenerator().diff(options(COMMITTED, schema)))
        .isInstanceOf(MigrationException.class)
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.DECLARED_SCHEMA_INVALID))
        .hasMessageContaining(schema.resolve("schema.sql") + ":2:1: role \"dovetail_never_created_role\" does not exist")
        .hasMessageContaining("named some other way (declared SQL runs in a sandbox that cannot create roles)")
        .hasMessageContaining("pg_dump --no-owner --no-privileges");
  }

  private Dumps dumps(String source) {
    Dumps dumps;
    if (source.equals("committed")) {
      dumps = COMMITTED;
    } else {
      if (real.isEmpty()) {
        System.out.println("PgDumpInputIT: no dumps taken now (" + realUnavailable + "); the committed dumps stand in for them");
      }
      Assumptions.assumeTrue(real.isPresent(), () -> "no real pg_dump run: " + realUnavailable);
      dumps = real.get();
    }
    System.out.println("PgDumpInputIT: using " + dumps.description());
    return dumps;
  }

  private DiffResult diff(Dumps dumps, String dump, List<String> log) throws IOException {
    Path schema = Files.createDirectories(project.resolve("schema"));
    Files.writeString(schema.resolve("schema.sql"), dump);
    return new MigrationGenerator().diff(options(dumps, schema).withProgress(Progress.into(log)));
  }

  /** Options comparing the schema directory with {@code source.sql} built on the server the dumps came from. */
  private DiffOptions options(Dumps dumps, Path schema) {
    ScratchDatabase live = liveDatabase(dumps.server());
    return DiffOptions.of(schema, project.resolve("migration"))
        .withScratch(dumps.server())
        .withLive(new LiveDatabase(live.jdbcUrl(), "postgres", null));
  }

  private static ScratchDatabase liveDatabase(ScratchSettings server) {
    // it stands in for a live database, which the reading user ("postgres") owns, not a sandbox
    ScratchDatabase database = new ScratchSettings("embedded", null, null, null, server.postgresVersion(), server.binariesJar(), false)
        .provider().create();
    LIVE.add(database);
    try (Connection connection = database.connect(SqlScript.driverOptions())) {
      new SqlScript("source.sql", SOURCE).execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return database;
  }

  /** @return the 1-based line of the first line of {@code text} containing {@code fragment} */
  private static int lineOf(String text, String fragment) {
    int at = text.indexOf(fragment);
    assertThat(at).as("%s in the dump", fragment).isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  private static Optional<Path> localBinaries(int major) {
    if (major < ScratchSettings.MIN_VERSION || major > ScratchSettings.MAX_VERSION) {
      return Optional.empty();
    }
    String[] coordinates = EmbeddedScratchProvider.binariesCoordinates(major).split(":");
    Path repository = Path.of(System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository"));
    Path jar = repository.resolve(coordinates[0].replace('.', '/')).resolve(coordinates[1]).resolve(coordinates[2])
        .resolve(coordinates[1] + "-" + coordinates[2] + ".jar");
    return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + err);
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  private static List<String> concat(List<String> list, String more) {
    List<String> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }

  private static String resource(String name) {
    try (InputStream in = PgDumpInputIT.class.getResourceAsStream("/pgdump/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource pgdump/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

}
