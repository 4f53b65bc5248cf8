package dev.dovetail.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.dir.ContractPromotion;
import dev.dovetail.core.dir.MigrationManifest;
import dev.dovetail.diff.introspect.CatalogReader;
import dev.dovetail.diff.introspect.SchemaFilter;
import dev.dovetail.diff.plan.PlanOptions;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.scratch.ScratchSettings;
import dev.dovetail.diff.source.FlywayLockSetting;
import dev.dovetail.diff.source.LiveDatabase;
import dev.dovetail.diff.verify.VerifyResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationGeneratorIT {

  @TempDir Path project;

  private Path schema() throws IOException {
    return Files.createDirectories(project.resolve("schema"));
  }

  private Path migrations() {
    return project.resolve("migration");
  }

  @Test
  void generatesProvedPairsThenFindsNothingMore() throws IOException {
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);");
    List<String> log = new ArrayList<>();
    DiffResult first = new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()).withProgress(Progress.into(log)));
    assertThat(first.written()).extracting(p -> p.getFileName().toString().replaceAll("^([VU])\\d+", "$1"))
        .containsExactly("V__create_table_authors.sql", "U__create_table_authors.sql");
    assertThat(log).anyMatch(l -> l.startsWith("Proof passed"));

    DiffResult second = new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()).withProgress(Progress.into(log)));
    assertThat(second.upToDate()).isTrue();
    assertThat(second.written()).isEmpty();
    assertThat(log).contains("Schema is up to date: no migration written");
    assertThat(names(migrations())).containsExactlyInAnyOrder("V__create_table_authors.sql", "U__create_table_authors.sql");
    assertThat(MigrationManifest.read(migrations())).get()
        .satisfies(recorded -> assertThat(recorded.check(migrations())).as("the manifest records the pair").isEmpty());
  }

  @Test
  void temporaryFilesAKilledWriteLeftAreRemovedAndReported() throws IOException {
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY);");
    Files.createDirectories(migrations());
    Files.writeString(migrations().resolve(".V20260101000000__create_table_authors.sql.tmp"), "CREATE TABLE half");
    Files.writeString(migrations().resolve(".migrations.sum.tmp"), "half");
    Files.writeString(migrations().resolve(".notes.tmp"), "not ours");
    List<String> log = new ArrayList<>();

    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()).withProgress(Progress.into(log)));

    assertThat(log).filteredOn(l -> l.startsWith("Removed ")).hasSize(2)
        .allMatch(l -> l.endsWith(", a temporary file that a run killed while writing left behind"));
    assertThat(migrations().resolve(".migrations.sum.tmp")).doesNotExist();
    assertThat(names(migrations())).as(".notes.tmp is not a file Dovetail writes")
        .containsExactlyInAnyOrder("V__create_table_authors.sql", "U__create_table_authors.sql", ".notes.tmp");
  }

  /** Two runs on one project at once: the second waits for the first, then finds the schema up to date. */
  @Test
  void twoRunsAtOnceWriteOnePairAndAConsistentManifest() throws Exception {
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<DiffResult>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(pool.submit(() -> {
          start.await();
          return new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()));
        }));
      }
      start.countDown();
      List<DiffResult> results = new ArrayList<>();
      for (var run : runs) {
        results.add(run.get());
      }
      assertThat(results).filteredOn(DiffResult::upToDate).hasSize(1);
      assertThat(results).filteredOn(r -> !r.written().isEmpty()).singleElement()
          .satisfies(r -> assertThat(r.written()).hasSize(2));
    } finally {
      pool.shutdownNow();
    }
    assertThat(names(migrations())).containsExactlyInAnyOrder("V__create_table_authors.sql", "U__create_table_authors.sql");
    assertThat(MigrationManifest.read(migrations())).get()
        .satisfies(recorded -> assertThat(recorded.check(migrations())).as("the manifest records the one pair").isEmpty());
  }

  @Test
  void logsEveryFileWithItsPhaseAndHazardsAndSumsTheHazardsUp() throws IOException {
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, name text, legacy text);");
    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()));
    Files.writeString(schema().resolve("a.sql"),
        "CREATE TABLE authors (id bigint PRIMARY KEY, name text, token uuid DEFAULT gen_random_uuid());\n"
            + "CREATE INDEX authors_name_idx ON authors (name);");
    List<String> log = new ArrayList<>();

    DiffResult result =
        new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()).withStatementTimeout("2h").withProgress(Progress.into(log)));

    assertThat(result.plan().migrations()).extracting(m -> m.name() + " " + m.phase().label())
        .containsExactly(
            "add_column_authors_token expand", "backfill_authors_token data", "create_index_authors_name expand",
            "contract_drop_column_authors_legacy contract");
    assertThat(log).anyMatch(l -> l.matches("  V\\d+__backfill_authors_token\\.sql  \\[data, no transaction\\] Backfills .*"));
    assertThat(log).anyMatch(l -> l.matches("  contract/V\\d+__contract_drop_column_authors_legacy\\.sql  \\[contract\\] .*"));
    assertThat(log).anyMatch(l -> l.startsWith("    hazard NON_TRANSACTIONAL: "));
    assertThat(log).filteredOn(l -> l.startsWith("Hazards of this run: ")).singleElement().asString()
        .contains("NON_TRANSACTIONAL", "LONG_RUNNING", "DATA_LOSS").endsWith("; review them before deploying");
    assertThat(log).anyMatch(l -> l.contains("run mvn migrations:promote once every running instance is on the new version"));
    Path backfill = result.written().stream().filter(p -> p.getFileName().toString().matches("V\\d+__backfill_authors_token\\.sql")).findFirst().orElseThrow();
    assertThat(Files.readString(backfill))
        .as("a non-transactional file sets its timeouts for the session and resets them")
        .contains("\nSET lock_timeout = '5s';\nSET statement_timeout = '2h';\n")
        .endsWith("\nRESET statement_timeout;\nRESET lock_timeout;\n");
    assertThat(Files.readString(backfill.resolveSibling(backfill.getFileName() + ".conf"))).isEqualTo("executeInTransaction=false\n");
  }

  @Test
  void warnsWhenTheDeclaredSchemaHasAgainWhatAPendingContractDrops() throws IOException {
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, legacy text);");
    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()));
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY);");
    DiffResult drop = new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()));
    assertThat(drop.plan().migrations()).extracting(m -> m.name()).containsExactly("contract_drop_column_authors_legacy");

    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, legacy text);");
    List<String> log = new ArrayList<>();
    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()).withProgress(Progress.into(log)));

    assertThat(log).anyMatch(l -> l.startsWith("The declared schema has column legacy of public.authors again, which a pending contract"
        + " migration in ") && l.contains("Delete the pending contract pair"));
  }

  @Test
  void anEmptySchemaDirectoryDropsNothingButAnEmptyFileDropsEverything() throws IOException {
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY);");
    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()));
    Files.delete(schema().resolve("a.sql"));
    long written = Files.list(migrations()).count();

    assertThatThrownBy(() -> new MigrationGenerator().diff(DiffOptions.of(schema(), migrations())))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("has no .sql file, but the current state has 1 table(s) and 0 view(s)")
        .hasMessageContaining("diff would drop all of it")
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.CONFIGURATION_INVALID));
    assertThat(Files.list(migrations()).count()).as("nothing written").isEqualTo(written);

    Files.writeString(schema().resolve("empty.sql"), "-- nothing is declared: every table goes\n");
    DiffResult drop = new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()));
    assertThat(drop.plan().migrations()).extracting(m -> m.name()).containsExactly("contract_drop_table_authors");
  }

  @Test
  void everyWrittenFileSetsTheLockTimeoutAndABadOneFailsBeforeAnyWork() throws IOException {
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY);");

    assertThatThrownBy(() -> new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()).withLockTimeout("soon")))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("lockTimeout 'soon'")
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.CONFIGURATION_INVALID));
    assertThat(migrations()).doesNotExist();

    DiffResult result = new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()).withLockTimeout("2s"));
    assertThat(result.written()).hasSize(2).allSatisfy(
        file -> assertThat(Files.readString(file)).contains("\nSET LOCAL lock_timeout = '2s';\n"));
  }

  @Test
  void aBrokenSchemaFileWritesNothingAndNamesFileLineAndColumn() throws IOException {
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY);");
    Files.writeString(schema().resolve("b.sql"), "\n\n\n\n\n\nCREATE TABLE books (id bigint, author_id bigint REFERENCES nowhere (id));");
    assertThatThrownBy(() -> new MigrationGenerator().diff(DiffOptions.of(schema(), migrations())))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("b.sql:7:")
        .hasMessageEndingWith("relation \"nowhere\" does not exist")
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.DECLARED_SCHEMA_INVALID));
    assertThat(migrations()).doesNotExist();
  }

  @Test
  void comparesWithALiveDatabaseWithoutChangingIt() throws Exception {
    try (ScratchDatabase live = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      try (Connection connection = live.connect()) {
        connection.createStatement().execute("CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL)");
      }
      Files.writeString(
          schema().resolve("a.sql"),
          "CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL, born date);\n"
              + "CREATE INDEX authors_name_idx ON authors (name);");
      DiffResult result =
          new MigrationGenerator()
              .diff(DiffOptions.of(schema(), migrations()).withLive(new LiveDatabase(live.jdbcUrl(), "postgres", null)));
      assertThat(result.plan().migrations()).extracting(m -> m.name())
          .containsExactly("add_column_authors_born", "create_index_authors_name");
      assertThat(result.written()).extracting(p -> p.getFileName().toString().replaceAll("^[VU]\\d+__", ""))
          .as("the concurrent index build runs outside a transaction, which its .conf files tell Flyway")
          .containsExactly(
              "add_column_authors_born.sql", "add_column_authors_born.sql",
              "create_index_authors_name.sql", "create_index_authors_name.sql.conf",
              "create_index_authors_name.sql", "create_index_authors_name.sql.conf");
      try (Connection connection = live.connect()) {
        assertThat(new CatalogReader().read(connection)).as("the live database is untouched").isEqualTo(result.current());
      }
    }
  }

  /**
   * One counting rule: the log's hazard counts are the review report's, and a concurrent index build (a cleanup
   * DROP and the build, both outside a transaction) names NON_TRANSACTIONAL once, in its file and in the log.
   */
  @Test
  void theLogCountsHazardsAsTheReviewReportDoesAndAFileNamesEachTypeOnce() throws IOException {
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, name text, legacy text);");
    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()));
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, name text);\nCREATE INDEX authors_name_idx ON authors (name);");
    Path reports = project.resolve("target/migrations");
    List<String> log = new ArrayList<>();

    DiffResult result = new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()).withReportDirectory(reports).withProgress(Progress.into(log)));

    String counted = log.stream().filter(l -> l.startsWith("Hazards of this run: ")).findFirst().orElseThrow()
        .replaceFirst("^Hazards of this run: ", "").replaceFirst("; review them before deploying$", "");
    assertThat(counted).contains("1 NON_TRANSACTIONAL");
    assertThat(Files.readString(reports.resolve("review.md"))).contains("; hazards: " + counted + ".");
    Path index = result.written().stream().filter(p -> p.getFileName().toString().matches("V\\d+__create_index_authors_name\\.sql")).findFirst().orElseThrow();
    assertThat(Files.readString(index).lines().filter(l -> l.contains("NON_TRANSACTIONAL"))).hasSize(1);
    assertThat(log.stream().filter(l -> l.startsWith("    hazard NON_TRANSACTIONAL"))).hasSize(1);
  }

  /** The review report shows directories relative to the project's base directory, not to the shell's folder. */
  @Test
  void theReviewReportShowsDirectoriesRelativeToTheBaseDirectory() throws IOException {
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, legacy text);");
    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()));
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY);");
    Path reports = project.resolve("target/migrations");

    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()).withReportDirectory(reports).withBaseDirectory(project));

    assertThat(Files.readString(reports.resolve("review.md")))
        .contains("- directory: `contract`")
        .contains("The contract migration waits in `contract`")
        .doesNotContain(project.toString());
  }

  /** With a url, a bad one fails before the scratch server starts, not after it. */
  @Test
  void aBadUrlFailsBeforeTheScratchServerStarts() throws IOException {
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY);");
    List<String> log = new ArrayList<>();
    DiffOptions options = DiffOptions.of(schema(), migrations()).withProgress(Progress.into(log))
        .withLive(new LiveDatabase("jdbc:postgresql://127.0.0.1:1/nowhere", "nobody", "secret"));

    assertThatThrownBy(() -> new MigrationGenerator().diff(options))
        .isInstanceOf(MigrationException.class)
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.DATABASE_UNREACHABLE))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
    assertThat(log).anyMatch(l -> l.startsWith("Connecting to jdbc:postgresql://127.0.0.1:1/nowhere"));
    assertThat(log).noneMatch(l -> l.startsWith("Starting scratch PostgreSQL") || l.startsWith("Scratch server ready"));
  }

  @Test
  void everyRunWritesItsReviewReportAndAnUpToDateRunReplacesTheLastOne() throws IOException {
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, name text, legacy text);");
    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()));
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, name text);\nCREATE INDEX authors_name_idx ON authors (name);");
    Path reports = project.resolve("target/migrations");
    List<String> log = new ArrayList<>();

    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()).withReportDirectory(reports).withProgress(Progress.into(log)));

    assertThat(Files.readString(reports.resolve("review.md")))
        .startsWith("# Migration review\n\n2 migrations: 1 expand, 0 data, 1 contract;")
        .contains("__create_index_authors_name.sql` | expand | **no** |", "__contract_drop_column_authors_legacy.sql` | contract | yes |")
        .contains("The contract migration waits in `" + DiffOptions.defaultContractDirectory(migrations()) + "`");
    assertThat(Files.readString(reports.resolve("review.html"))).startsWith("<!DOCTYPE html>").doesNotContain("<script");
    assertThat(log).contains("Review report: " + reports.resolve("review.md") + " and review.html");

    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()).withReportDirectory(reports));

    assertThat(Files.readString(reports.resolve("review.md"))).contains("The schema is up to date").doesNotContain("create_index_authors_name");
  }

  @Test
  void flywaysHistoryTableInTheLiveDatabaseIsNeitherComparedNorDropped() throws Exception {
    try (ScratchDatabase live = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      try (Connection connection = live.connect()) {
        connection.createStatement().execute("CREATE TABLE authors (id bigint PRIMARY KEY);"
            + "CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50), success boolean NOT NULL)");
      }
      Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY);");

      DiffResult result = new MigrationGenerator()
          .diff(DiffOptions.of(schema(), migrations()).withLive(new LiveDatabase(live.jdbcUrl(), "postgres", null)));

      assertThat(result.upToDate()).isTrue();
    }
  }

  /**
   * A side that reads as it did in the last run takes the canonical form that run kept instead of being rebuilt; one
   * that reads otherwise is rebuilt; and either way the run plans the same.
   */
  @Test
  void aSideThatReadsAsInTheLastRunTakesTheCanonicalFormKeptThen() throws Exception {
    try (ScratchDatabase live = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      try (Connection connection = live.connect()) {
        connection.createStatement().execute("CREATE TABLE authors (id bigint PRIMARY KEY); CREATE VIEW author_ids AS SELECT id FROM authors");
      }
      Files.writeString(schema().resolve("a.sql"),
          "CREATE TABLE authors (id bigint PRIMARY KEY, name text); CREATE VIEW author_ids AS SELECT id FROM authors;");
      Path reports = project.resolve("target/migrations");
      DiffOptions options = DiffOptions.of(schema(), migrations()).withReportDirectory(reports).withFailIfChanges(true)
          .withLive(new LiveDatabase(live.jdbcUrl(), "postgres", null));
      List<List<String>> logs = new ArrayList<>();
      List<String> plans = new ArrayList<>();
      Runnable run = () -> {
        List<String> log = new ArrayList<>();
        logs.add(log);
        assertThatThrownBy(() -> new MigrationGenerator().diff(options.withProgress(Progress.into(log))))
            .isInstanceOfSatisfying(MigrationException.class, e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.CHANGES_PENDING);
              plans.add(e.getMessage());
            });
      };

      run.run();
      run.run();
      try (Connection connection = live.connect()) {
        connection.createStatement().execute("COMMENT ON TABLE authors IS 'changed on the live database'");
      }
      run.run();

      assertThat(logs.get(0)).anyMatch(l -> l.startsWith("Rebuilt both sides from their models on scratch databases"));
      assertThat(logs.get(1)).anyMatch(l -> l.startsWith(
          "Canonical forms ready: the current state's kept from the last run, the declared schema's kept from the last run"));
      assertThat(logs.get(2)).anyMatch(l -> l.startsWith(
          "Canonical forms ready: the current state's rebuilt, the declared schema's kept from the last run"));
      assertThat(plans.get(1)).as("the same plan from the kept forms").isEqualTo(plans.get(0));
      assertThat(plans.get(2)).contains("comment");
      assertThat(reports.resolve("canonical-current.cache")).isRegularFile();
      assertThat(reports.resolve("canonical-declared.cache")).isRegularFile();
    }
  }

  /**
   * A scratchUrl on the live database's own server is refused before anything is created there, however the URL spells
   * the host; scratchOnLiveServer allows it.
   */
  @Test
  void aScratchServerThatIsTheLiveOneIsRefusedUnlessAllowed() throws Exception {
    try (ScratchDatabase live = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      try (Connection connection = live.connect()) {
        connection.createStatement().execute("CREATE TABLE authors (id bigint PRIMARY KEY)");
      }
      Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, name text);");
      // The same server under another spelling of its host: only what the server says of itself tells them apart.
      String scratchUrl = live.jdbcUrl().replace("localhost", "127.0.0.1").replaceAll("/dovetail_[0-9a-f]+", "/postgres");
      DiffOptions options = DiffOptions.of(schema(), migrations()).withLive(new LiveDatabase(live.jdbcUrl(), "postgres", null));
      List<String> databasesBefore = databases(live);

      assertThatThrownBy(() -> new MigrationGenerator().diff(
              options.withScratch(new ScratchSettings("url", scratchUrl, "postgres", null, 18, null))))
          .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION_INVALID))
          .hasMessageContaining("is on the live database's own server")
          .hasMessageContaining("-Dmigrations.scratchOnLiveServer=true");
      assertThat(databases(live)).as("no scratch database made").isEqualTo(databasesBefore);
      if (Files.exists(migrations())) {
        try (Stream<Path> written = Files.list(migrations())) {
          assertThat(written.toList()).as("nothing written").isEmpty();
        }
      }

      DiffResult allowed = new MigrationGenerator().diff(
          options.withScratch(new ScratchSettings("url", scratchUrl, "postgres", null, 18, null, true, true)));
      assertThat(allowed.upToDate()).isFalse();
    }
  }

  private static List<String> databases(ScratchDatabase on) throws Exception {
    List<String> names = new java.util.ArrayList<>();
    try (Connection connection = on.connect();
        var rs = connection.createStatement().executeQuery("SELECT datname FROM pg_catalog.pg_database ORDER BY 1")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  /**
   * Dropping what an object Dovetail does not manage depends on would fail on the database ("other objects depend on
   * it") though the proof, which builds only what Dovetail manages, passes: the run stops before writing, naming both,
   * whether the current state is a live database or the migrations replayed.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "current state from {0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"live", "migrations"})
  void aDropThatAnUnmanagedObjectWouldBlockIsRefusedNamingIt(String current) throws Exception {
    String unmanaged = "CREATE TABLE t (id int);\n"
        + "CREATE FUNCTION add_up(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2';\n"
        + "CREATE OPERATOR <+> (leftarg = int, rightarg = int, function = add_up);\n"
        + "CREATE FUNCTION keep_quiet() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;\n"
        + "CREATE EXTENSION citext;\n"
        + "CREATE OPERATOR === (leftarg = citext, rightarg = citext, function = citext_eq);\n";
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE t (id int);\n");
    try (ScratchDatabase live = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      DiffOptions options = DiffOptions.of(schema(), migrations()).withScratch(
          new ScratchSettings("embedded", null, null, null, 18, null, false));
      if (current.equals("live")) {
        try (Connection connection = live.connect()) {
          connection.createStatement().execute(unmanaged + "CREATE EVENT TRIGGER audit ON ddl_command_end EXECUTE FUNCTION keep_quiet();");
        }
        options = options.withLive(new LiveDatabase(live.jdbcUrl(), "postgres", null));
      } else {
        Files.createDirectories(migrations());
        Files.writeString(migrations().resolve("V1__by_hand.sql"), unmanaged);
        dev.dovetail.core.dir.MigrationManifest.rehash(migrations());
      }
      DiffOptions run = options;

      assertThatThrownBy(() -> new MigrationGenerator().diff(run))
          .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_CHANGE))
          .hasMessageContaining("so its DROP would fail on the database")
          .hasMessageContaining("Drops function public.add_up(integer, integer). Not managed by Dovetail, operator public.<+>(integer,integer) depends on it.")
          .hasMessageContaining("operator public.===(public.citext,public.citext)")
          .hasMessageContaining(current.equals("live") ? "event trigger audit" : "operator public.<+>(integer,integer)");
      if (Files.exists(migrations())) {
        try (Stream<Path> files = Files.list(migrations())) {
          assertThat(files.map(p -> p.getFileName().toString())).as("nothing written")
              .containsExactlyInAnyOrder("V1__by_hand.sql", "migrations.sum");
        }
      }
    }
  }

  /** A long proof says how far it has come, at each tenth of the plan, so that a big run never looks hung. */
  @Test
  void aLongProofReportsItsProgress() throws IOException {
    // each table references the one before, so that no two migrations can be proved in one run (Prover)
    Files.writeString(schema().resolve("a.sql"), java.util.stream.IntStream.range(0, 25)
        .mapToObj(i -> "CREATE TABLE t" + i + " (id bigint PRIMARY KEY" + (i == 0 ? "" : ", up bigint REFERENCES t" + (i - 1))
            + ");\n").collect(java.util.stream.Collectors.joining()));
    List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();

    DiffResult result = new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()).withProgress(Progress.into(messages)));

    assertThat(result.plan().migrations()).hasSize(25);
    java.util.regex.Pattern line = java.util.regex.Pattern.compile("Proved (\\d+) of 25 migration\\(s\\) \\(\\d+ s\\)");
    List<Integer> counts = messages.stream().map(line::matcher).filter(java.util.regex.Matcher::matches)
        .map(m -> Integer.parseInt(m.group(1))).toList();
    assertThat(counts).as("one line at each tenth: " + messages).hasSize(9).isSorted().doesNotHaveDuplicates()
        .allSatisfy(n -> assertThat(n).isBetween(1, 24));
    assertThat(messages.indexOf("Planned 25 migration(s); proving them on a scratch database"))
        .as("after the plan, before the proof passes").isLessThan(messages.stream().filter(m -> line.matcher(m).matches())
            .map(messages::indexOf).findFirst().orElseThrow());
  }

  @Test
  void namesEveryObjectItDoesNotManageInsteadOfIgnoringItSilently() throws IOException {
    Files.writeString(
        schema().resolve("a.sql"),
        "CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);\n"
            + "COMMENT ON TABLE authors IS 'people who write';\n"
            + "CREATE VIEW author_names AS SELECT name FROM authors;\n"
            + "CREATE RULE author_names_insert AS ON INSERT TO author_names DO INSTEAD NOTHING;\n"
            + "CREATE RULE authors_noop AS ON DELETE TO authors DO ALSO NOTHING;\n"
            + "CREATE TABLE m (a int) PARTITION BY RANGE (a);\n"
            + "CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10) PARTITION BY LIST (a);\n"
            + "CREATE TABLE m11 PARTITION OF m1 FOR VALUES IN (1);\n"
            + "CREATE TABLE m2 PARTITION OF m FOR VALUES FROM (10) TO (20);\n"
            + "CREATE INDEX m2_own ON m2 (a);\n"
            + "CREATE OPERATOR === (leftarg = int, rightarg = int, function = int4eq);\n"
            + "CREATE FUNCTION shout(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(t) $$;\n"
            + "COMMENT ON FUNCTION shout(text) IS 'louder';\n"
            + "CREATE AGGREGATE total(int) (sfunc = int4pl, stype = int);\n"
            + "COMMENT ON AGGREGATE total(int) IS 'adds up';\n"
            + "ALTER TABLE authors ENABLE ROW LEVEL SECURITY;\n"
            + "CREATE POLICY authors_all ON authors USING (true);\n"
            + "COMMENT ON POLICY authors_all ON authors IS 'everyone';\n"
            + "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC;\n");
    List<String> log = new ArrayList<>();
    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()).withProgress(Progress.into(log)));
    assertThat(log)
        .contains(
            "The declared schema has 1 object(s) Dovetail does not manage yet; they are neither compared nor migrated:",
            "  operator public.===(integer,integer)");
    assertThat(log).as("rules on tables are managed").noneMatch(l -> l.startsWith("  rule"));
    assertThat(log).as("aggregates and their comments are managed")
        .noneMatch(l -> l.startsWith("  aggregate") || l.startsWith("  comment on function public.total"));
    assertThat(log).as("default privileges are privileges, off by default, and named as such")
        .anyMatch(l -> l.startsWith("The declared schema grants or revokes 1 privilege(s) on 1 object(s)")
            && l.contains("because includePrivileges is false: tables created later in schema public."))
        .noneMatch(l -> l.contains("default privileges for"));
    assertThat(log).as("comments on tables are managed").noneMatch(l -> l.contains("comment on table"));
    assertThat(log).as("partitions of a managed partitioned table are managed, at any depth")
        .noneMatch(l -> l.endsWith(" public.m2") || l.endsWith(" public.m1") || l.endsWith(" public.m11"));
    assertThat(log).as("a partition's own indexes are managed with it").noneMatch(l -> l.contains("m2_own"));
    assertThat(log).as("comments on functions are managed").noneMatch(l -> l.contains("comment on function public.shout"));
    assertThat(log).as("views are managed").noneMatch(l -> l.equals("  view public.author_names"));
    assertThat(log).as("policies, their comments and row-level security are managed")
        .filteredOn(l -> l.startsWith("  ") && !l.startsWith("   ") && !l.contains(".sql"))
        .noneMatch(l -> l.contains("policy") || l.contains("row-level security"));
    assertThat(log).anyMatch(l -> l.contains("create_policy_authors_authors_all.sql"));
    assertThat(log).noneMatch(l -> l.startsWith("The current state has"));
  }

  @Test
  void leavesExcludedSchemasAlone() throws Exception {
    try (ScratchDatabase live = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      try (Connection connection = live.connect()) {
        connection.createStatement().execute(
            "CREATE SCHEMA audit; CREATE TABLE audit.events (id bigint PRIMARY KEY); CREATE TABLE authors (id bigint PRIMARY KEY)");
      }
      Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, name text);");
      DiffOptions options =
          DiffOptions.of(schema(), migrations())
              .withLive(new LiveDatabase(live.jdbcUrl(), "postgres", null))
              .withSchemas(new SchemaFilter(List.of(), List.of("audit")));
      DiffResult result = new MigrationGenerator().diff(options);
      assertThat(result.plan().migrations()).extracting(m -> m.name()).containsExactly("add_column_authors_name");

      DiffResult onlyAudit =
          new MigrationGenerator().diff(options.withSchemas(new SchemaFilter(List.of("audit"), List.of())));
      assertThat(onlyAudit.plan().migrations()).as("audit is declared empty, so its table would go")
          .extracting(m -> m.name()).containsExactly("contract_drop_table_audit_events", "contract_drop_schema_audit");
    }
  }

  @Test
  void migratesPrivilegesOnlyWhenIncluded() throws Exception {
    try (ScratchDatabase live = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      try (Connection connection = live.connect()) {
        connection.createStatement().execute("CREATE TABLE authors (id bigint PRIMARY KEY)");
      }
      Files.writeString(
          schema().resolve("a.sql"),
          "CREATE TABLE authors (id bigint PRIMARY KEY);\nGRANT SELECT ON authors TO PUBLIC;\n");
      DiffOptions options =
          DiffOptions.of(schema(), migrations()).withLive(new LiveDatabase(live.jdbcUrl(), "postgres", null));
      List<String> log = new ArrayList<>();
      assertThat(new MigrationGenerator().diff(options.withProgress(Progress.into(log))).upToDate())
          .as("privileges are off by default").isTrue();
      assertThat(log).as("the grant the declared schema makes is named, not ignored silently").anyMatch(line -> line.contains(
          "The declared schema grants or revokes 1 privilege(s) on 1 object(s), which are neither compared nor migrated"
              + " because includePrivileges is false: table public.authors."));

      List<String> included = new ArrayList<>();
      DiffResult result = new MigrationGenerator().diff(options.withPrivileges(true).withProgress(Progress.into(included)));
      assertThat(included).as("no warning once privileges are managed").noneMatch(line -> line.contains("grants or revokes"));
      assertThat(result.plan().migrations()).extracting(m -> m.name())
          .containsExactly("grant_select_on_table_authors_to_public");
      assertThat(result.plan().migrations().get(0).up()).extracting(s -> s.sql())
          .containsExactly("GRANT SELECT ON TABLE public.authors TO PUBLIC");
    }
  }

  @Test
  void pendingContractMigrationsCountAsAppliedWhenTheDirectoryIsReplayed() throws IOException {
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL, born date);");
    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()));
    Files.writeString(
        schema().resolve("a.sql"),
        "CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);\n"
            + "CREATE TABLE books (id bigint PRIMARY KEY, author_id bigint NOT NULL REFERENCES authors (id));");
    DiffOptions options = DiffOptions.of(schema(), migrations());
    assertThat(options.contractDirectory()).isEqualTo(contract());

    DiffResult first = new MigrationGenerator().diff(options);
    assertThat(names(migrations())).containsExactlyInAnyOrder(
        "V__create_table_authors.sql", "U__create_table_authors.sql", "V__create_table_books.sql", "U__create_table_books.sql");
    assertThat(names(contract()))
        .containsExactlyInAnyOrder("V__contract_drop_column_authors_born.sql", "U__contract_drop_column_authors_born.sql");
    assertThat(first.written()).hasSize(4);

    List<String> log = new ArrayList<>();
    DiffResult second = new MigrationGenerator().diff(options.withProgress(Progress.into(log)));
    assertThat(second.upToDate()).as("the waiting drop counts as applied, so it is not proposed again").isTrue();
    assertThat(log).anyMatch(l -> l.startsWith("Replaying 2 migration(s) from ") && l.contains(" and 1 pending contract migration(s) from "));
    assertThat(names(contract())).hasSize(2);
    assertThat(names(migrations())).hasSize(4);

    new ContractPromotion(contract(), migrations()).promote(Clock.systemUTC(), l -> {});
    assertThat(names(contract())).isEmpty();
    assertThat(names(migrations())).hasSize(6).contains("V__contract_drop_column_authors_born.sql");
    assertThat(new MigrationGenerator().diff(options).upToDate()).as("once promoted, replayed from the migration directory").isTrue();
  }

  @Test
  void pendingContractMigrationsCountAsAppliedOnALiveDatabaseWithoutChangingIt() throws Exception {
    try (ScratchDatabase live = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      try (Connection connection = live.connect()) {
        connection.createStatement().execute("CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL, born date)");
      }
      Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);");
      DiffOptions options = DiffOptions.of(schema(), migrations()).withLive(new LiveDatabase(live.jdbcUrl(), "postgres", null));

      DiffResult first = new MigrationGenerator().diff(options);
      assertThat(first.plan().migrations()).extracting(m -> m.name()).containsExactly("contract_drop_column_authors_born");
      assertThat(names(migrations())).as("nothing to expand").isEmpty();
      assertThat(names(contract()))
          .containsExactlyInAnyOrder("V__contract_drop_column_authors_born.sql", "U__contract_drop_column_authors_born.sql");

      List<String> log = new ArrayList<>();
      DiffResult second = new MigrationGenerator().diff(options.withProgress(Progress.into(log)));
      assertThat(second.upToDate()).as("the waiting drop counts as applied on a scratch copy of the live state").isTrue();
      assertThat(log).contains("Counting 1 pending contract migration(s) in " + contract() + " as applied");
      assertThat(names(contract())).hasSize(2);
      try (Connection connection = live.connect()) {
        assertThat(new CatalogReader().read(connection)).as("the live database is untouched").isEqualTo(first.current());
      }
    }
  }

  @Test
  void withoutZeroDowntimeNothingWaits() throws IOException {
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL, born date);");
    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()));
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);");

    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()).withPlan(PlanOptions.PLAIN));
    assertThat(names(migrations())).contains("V__contract_drop_column_authors_born.sql", "U__contract_drop_column_authors_born.sql");
    assertThat(contract()).as("the plain drop goes straight into the migration directory").doesNotExist();
  }

  private Path contract() {
    return project.resolve("contract");
  }

  /** @return the file names in the directory with their versions left out ({@code V__x.sql}), or none when it is missing */
  private static List<String> names(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> !name.equals(MigrationManifest.FILE_NAME))
          .map(name -> name.replaceAll("^([VU])\\d+", "$1")).toList();
    }
  }

  @Test
  void warnsThatAConcurrentIndexNeedsFlywaysTransactionalLockOffUntilTheProjectTurnsItOff() throws IOException {
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, name text);");
    DiffOptions options = DiffOptions.of(schema(), migrations()).withUndoDirectory(project.resolve("undo")).withBaseDirectory(project);
    new MigrationGenerator().diff(options);
    Files.writeString(schema().resolve("a.sql"),
        "CREATE TABLE authors (id bigint PRIMARY KEY, name text);\nCREATE INDEX authors_name_idx ON authors (name);");
    List<String> log = new ArrayList<>();

    DiffResult result = new MigrationGenerator().diff(options.withProgress(Progress.into(log)));

    String up = result.written().stream().map(p -> p.getFileName().toString())
        .filter(n -> n.startsWith("V") && n.endsWith("__create_index_authors_name.sql")).findFirst().orElseThrow();
    assertThat(log).contains(FlywayLockSetting.of(project, java.util.Map.of()).warning(List.of(up)));
    assertThat(names(project.resolve("undo"))).as("downs in the undo directory")
        .containsExactlyInAnyOrder("U__create_table_authors.sql", "U__create_index_authors_name.sql", "U__create_index_authors_name.sql.conf");

    Files.writeString(project.resolve("flyway.conf"), "flyway.postgresql.transactional.lock=false\n");
    List<String> verifyLog = new ArrayList<>();
    VerifyResult verified = new MigrationVerifier().verify(new MigrationVerifier.Options(options.withProgress(Progress.into(verifyLog)), true, null));
    assertThat(verified.passed()).as(verifyLog.toString()).isTrue();
    assertThat(verifyLog).contains("Flyway's transactional lock is off (flyway.conf), as concurrent index builds need")
        .noneMatch(l -> l.contains("builds an index concurrently"));
  }

  @Test
  void anExtensionUpdateWithoutAWayBackIsWrittenWithADownThatRefusesAndProofAndVerifyAcceptExactlyThat() throws IOException {
    Files.writeString(schema().resolve("a.sql"), "CREATE EXTENSION hstore VERSION '1.4';\nCREATE TABLE settings (id bigint PRIMARY KEY, attrs hstore);\n");
    DiffOptions options = DiffOptions.of(schema(), migrations());
    new MigrationGenerator().diff(options);
    Files.writeString(schema().resolve("a.sql"), "CREATE EXTENSION hstore VERSION '1.8';\nCREATE TABLE settings (id bigint PRIMARY KEY, attrs hstore);\n");

    DiffResult result = new MigrationGenerator().diff(options);

    assertThat(result.plan().migrations()).singleElement().satisfies(m -> {
      assertThat(m.name()).isEqualTo("update_extension_hstore");
      assertThat(m.hazards()).extracting(h -> h.type()).containsExactly(dev.dovetail.core.plan.HazardType.IRREVERSIBLE);
      assertThat(m.down()).singleElement().extracting(s -> s.sql()).asString()
          .startsWith("DO $dovetail$ BEGIN RAISE EXCEPTION").contains("irreversible: extension hstore has no update path from version 1.8 to 1.4");
    });
    List<String> verifyLog = new ArrayList<>();
    VerifyResult verified = new MigrationVerifier().verify(new MigrationVerifier.Options(options.withProgress(Progress.into(verifyLog)), true, null));
    assertThat(verified.passed()).as(verifyLog.toString()).isTrue();
    assertThat(verifyLog).anyMatch(l -> l.contains("__update_extension_hstore.sql refuses to run on purpose (an irreversible change); accepted"));
  }

  @Test
  void aDownThatRefusesIsAcceptedOnlyForAMigrationFlaggedIrreversible() throws IOException {
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY);\n");
    DiffOptions options = DiffOptions.of(schema(), migrations());
    DiffResult result = new MigrationGenerator().diff(options);
    Path down = result.written().stream().filter(p -> p.getFileName().toString().startsWith("U")).findFirst().orElseThrow();
    Files.writeString(down, "DO $dovetail$ BEGIN RAISE EXCEPTION '%', 'irreversible: not really'; END $dovetail$;\n");

    VerifyResult verified = new MigrationVerifier().verify(new MigrationVerifier.Options(options, true, null));

    assertThat(verified.passed()).as("a refusing down of a reversible change is a failed down, manifest aside").isFalse();
    assertThat(verified.findings()).extracting(f -> f.code()).contains(dev.dovetail.diff.verify.FindingCode.DOWN_FAILED);
  }
}
