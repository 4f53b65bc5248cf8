package dev.dovetail.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.dir.MigrationManifest;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.source.LiveDatabase;
import dev.dovetail.diff.source.SqlScript;
import dev.dovetail.diff.verify.VerifyResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * migrations:init on real PostgreSQL: a live database grown by hand (tables with rows, foreign keys, indexes, a view, a
 * function, an enum, a sequence, a second schema, awkward names) is adopted, and everything Dovetail does next agrees.
 */
class SchemaAdopterIT {

  private static ScratchDatabase liveServer;
  private static LiveDatabase live;

  @TempDir Path project;

  @BeforeAll
  static void liveDatabase() throws SQLException {
    liveServer = EmbeddedScratchProvider.shared().withoutSandbox().create(); // stands in for a live database
    try (Connection connection = liveServer.connect(SqlScript.driverOptions())) {
      connection.setAutoCommit(true);
      SqlScript.read(Path.of("src/test/resources/adopt/live.sql"), "live.sql").execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
    }
    live = new LiveDatabase(liveServer.jdbcUrl(), "postgres", null);
  }

  @AfterAll
  static void dropLiveDatabase() {
    liveServer.close();
  }

  private DiffOptions options(String name, List<String> log) {
    return DiffOptions.of(project.resolve(name + "/schema"), project.resolve(name + "/migration"))
        .withLive(live)
        .withProgress(Progress.into(log))
        .withReportDirectory(project.resolve(name + "/target"));
  }

  private static SchemaAdopter.Result init(DiffOptions options, SchemaLayout layout) {
    return new SchemaAdopter().adopt(new SchemaAdopter.Options(options, layout));
  }

  @Test
  void adoptsALiveDatabaseSoThatDiffFindsNothingAndVerifyPasses() throws Exception {
    List<String> log = new ArrayList<>();
    DiffOptions options = options("a", log);

    SchemaAdopter.Result result = init(options, SchemaLayout.SCHEMA);

    // billing's table references public's, so public loads first; file-name order alone would be the other way round.
    assertThat(names(options.schemaDirectory())).containsExactly("1_public.sql", "2_billing.sql");
    String publicSql = Files.readString(options.schemaDirectory().resolve("1_public.sql"));
    assertThat(publicSql)
        .startsWith("-- Declared schema of schema public: ")
        .contains("CREATE TYPE public.mood AS ENUM ('happy', 'sad', 'it''s complicated');")
        .contains("CREATE TABLE public.\"Orders\" (", "\"Email Address\" text NOT NULL", "\"quote\"\"d\" integer", "\"select\" text", "\"Größe\"")
        .contains("CREATE INDEX \"Orders_placed idx\" ON public.\"Orders\"")
        .contains("CREATE VIEW public.\"customer totals\" AS")
        .contains("COMMENT ON TABLE public.customers IS 'People who buy; ''quoted'' comment';")
        .doesNotContain("CONCURRENTLY", "NOT VALID", "lock_timeout", "INSERT")
        .doesNotContain("plain_english");
    assertThat(publicSql.indexOf("CREATE TABLE public.customers")).isLessThan(publicSql.indexOf("CREATE TABLE public.\"Orders\""));
    assertThat(publicSql.indexOf("CREATE TABLE public.\"Orders\"")).isLessThan(publicSql.indexOf("CREATE VIEW public.\"customer totals\""));

    String version = result.baselineVersion();
    assertThat(version).matches("\\d{14}");
    assertThat(names(options.migrationDirectory()))
        .containsExactly("U" + version + "__baseline.sql", "V" + version + "__baseline.sql", "migrations.sum");
    String down = Files.readString(options.migrationDirectory().resolve("U" + version + "__baseline.sql"));
    assertThat(down).contains("DATA_LOSS").contains("DROP TABLE billing.payments;").contains("DROP SCHEMA billing;");
    assertThat(down.indexOf("DROP TABLE billing.payments")).isLessThan(down.indexOf("DROP TABLE public.\"Orders\""));
    assertThat(MigrationManifest.read(options.migrationDirectory())).get()
        .satisfies(recorded -> assertThat(recorded.check(options.migrationDirectory())).isEmpty());
    assertThat(log).anyMatch(l -> l.contains("baselineOnMigrate=true and baselineVersion=" + version));
    assertThat(result.unmanaged()).extracting(Object::toString).containsExactly("text search configuration public.plain_english");
    assertThat(log).contains("  text search configuration public.plain_english");

    // diff right after init: nothing to do, against the live database and against the migrations (the baseline).
    assertThat(new MigrationGenerator().diff(options).upToDate()).isTrue();
    assertThat(new MigrationGenerator().diff(options.withLive(null)).upToDate()).isTrue();
    VerifyResult verified = new MigrationVerifier().verify(new MigrationVerifier.Options(options, true, null));
    assertThat(verified.findings()).isEmpty();
    assertThat(verified.passed()).isTrue();

    // The live database was only read: its rows are all there.
    assertThat(count("SELECT count(*) FROM public.\"Orders\"")).isEqualTo(3);

    // Same database, same bytes, in another directory.
    String again = init(options("b", new ArrayList<>()), SchemaLayout.SCHEMA).baselineVersion();
    assertThat(contents(project.resolve("b/schema"))).isEqualTo(contents(options.schemaDirectory()));
    assertThat(Files.readString(project.resolve("b/migration/V" + again + "__baseline.sql")).replace(again, version))
        .isEqualTo(Files.readString(options.migrationDirectory().resolve("V" + version + "__baseline.sql")));
  }

  @Test
  void objectLayoutWritesOneNumberedFilePerObjectThatLoadsInFileNameOrder() throws IOException {
    DiffOptions options = options("objects", new ArrayList<>());

    init(options, SchemaLayout.OBJECT);

    List<String> files = names(options.schemaDirectory());
    assertThat(files).allMatch(f -> f.matches("\\d{3}_[a-z0-9_]+\\.sql"));
    assertThat(files).contains("001_schema_billing.sql", "002_enum_mood.sql");
    assertThat(files).filteredOn(f -> f.contains("_table_")).hasSize(3);
    assertThat(Files.readString(options.schemaDirectory().resolve(files.get(files.size() - 1))))
        .startsWith("-- Creates view public.customer totals.").contains("CREATE VIEW public.\"customer totals\" AS");
    assertThat(new MigrationGenerator().diff(options).upToDate()).isTrue();
  }

  @Test
  void theBaselineDownGoesToTheUndoDirectoryLikeEveryDown() throws IOException {
    DiffOptions options = options("undo", new ArrayList<>()).withUndoDirectory(project.resolve("undo/undo"));

    String version = init(options, SchemaLayout.SCHEMA).baselineVersion();

    assertThat(names(options.migrationDirectory())).containsExactly("V" + version + "__baseline.sql", "migrations.sum");
    assertThat(names(project.resolve("undo/undo"))).containsExactly("U" + version + "__baseline.sql");
    assertThat(Files.readString(options.migrationDirectory().resolve("migrations.sum"))).contains("U" + version + "__baseline.sql");
    VerifyResult verified = new MigrationVerifier().verify(new MigrationVerifier.Options(options, true, null));
    assertThat(verified.findings()).isEmpty();

    // A down already in the undo directory is a migration too: init with a url refuses to write a baseline beside it.
    DiffOptions again = options("undo2", new ArrayList<>()).withUndoDirectory(project.resolve("undo/undo"));
    assertThatThrownBy(() -> init(again, SchemaLayout.SCHEMA))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("already has 1 migration file(s) (U" + version + "__baseline.sql)");
  }

  @Test
  void refusesANonEmptySchemaDirectoryOrExistingMigrationsAndWritesNothing() throws IOException {
    DiffOptions options = options("refuse", new ArrayList<>());
    Files.createDirectories(options.schemaDirectory().resolve("nested"));
    Files.writeString(options.schemaDirectory().resolve("nested/tables.sql"), "CREATE TABLE t (id int);");

    assertThatThrownBy(() -> init(options, SchemaLayout.SCHEMA))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("already has 1 .sql file(s) (nested/tables.sql)")
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.FILE_EXISTS));
    assertThat(Files.exists(options.migrationDirectory())).isFalse();

    Files.delete(options.schemaDirectory().resolve("nested/tables.sql"));
    Files.createDirectories(options.migrationDirectory());
    Files.writeString(options.migrationDirectory().resolve("V1__create_t.sql"), "CREATE TABLE t (id int);");
    assertThatThrownBy(() -> init(options, SchemaLayout.SCHEMA))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("already has 1 migration file(s) (V1__create_t.sql)")
        .hasMessageContaining("run mvn migrations:init without url");
    assertThat(names(options.schemaDirectory())).containsExactly("nested");
    assertThat(names(options.migrationDirectory())).containsExactly("V1__create_t.sql");
  }

  @Test
  void adoptsAnExistingMigrationDirectoryWithoutABaseline() throws IOException {
    List<String> log = new ArrayList<>();
    DiffOptions options = options("flyway", log).withLive(null);
    Path migrations = Files.createDirectories(options.migrationDirectory());
    Files.writeString(migrations.resolve("V1__create_people.sql"),
        "CREATE TABLE \"People\" (id serial PRIMARY KEY, \"Full Name\" text NOT NULL);\n");
    Files.writeString(migrations.resolve("V2__add_team.sql"),
        "CREATE TYPE team AS ENUM ('red', 'blue');\nALTER TABLE \"People\" ADD COLUMN team team;\n"
            + "CREATE INDEX people_team ON \"People\" (team);\n"
            + "CREATE VIEW reds AS SELECT id, \"Full Name\" FROM \"People\" WHERE team = 'red';\n");
    Files.writeString(migrations.resolve("V3__drop_index.sql"), "DROP INDEX people_team;\n");

    SchemaAdopter.Result result = init(options, SchemaLayout.SCHEMA);

    assertThat(result.baselineVersion()).isNull();
    assertThat(result.baselineFiles()).isEmpty();
    assertThat(names(migrations)).containsExactly("V1__create_people.sql", "V2__add_team.sql", "V3__drop_index.sql");
    assertThat(names(options.schemaDirectory())).containsExactly("public.sql");
    assertThat(Files.readString(options.schemaDirectory().resolve("public.sql")))
        .contains("CREATE TYPE public.team AS ENUM ('red', 'blue');", "CREATE VIEW public.reds AS", "\"Full Name\" text NOT NULL")
        .doesNotContain("people_team");
    assertThat(log).anyMatch(l -> l.contains("no baseline was written"));
    MigrationManifest.rehash(options.migrations()); // adopting, step 1: the reviewed migrations are recorded
    assertThat(new MigrationGenerator().diff(options).upToDate()).isTrue();
  }

  @Test
  void schemasThatReferenceEachOtherBothWaysLoadInTurns() throws IOException {
    DiffOptions options = options("turns", new ArrayList<>()).withLive(null);
    Path migrations = Files.createDirectories(options.migrationDirectory());
    // b's table comes first, a's table references it, and b's view reads a's table: no order of two files loads.
    Files.writeString(migrations.resolve("V1__two_schemas.sql"),
        "CREATE SCHEMA a; CREATE SCHEMA b;\n"
            + "CREATE TABLE b.kinds (id int PRIMARY KEY);\n"
            + "CREATE TABLE a.items (id int PRIMARY KEY, kind int REFERENCES b.kinds);\n"
            + "CREATE VIEW b.item_kinds AS SELECT i.id, i.kind FROM a.items i;\n");

    init(options, SchemaLayout.SCHEMA);

    assertThat(names(options.schemaDirectory())).containsExactly("1_a.sql", "2_b.sql", "3_a.sql", "4_b.sql");
    assertThat(Files.readString(options.schemaDirectory().resolve("4_b.sql"))).contains("CREATE VIEW b.item_kinds AS");
    MigrationManifest.rehash(options.migrations()); // adopting, step 1: the reviewed migrations are recorded
    assertThat(new MigrationGenerator().diff(options).upToDate()).isTrue();
  }

  @Test
  void nothingToAdoptWithoutUrlOrMigrations() {
    DiffOptions options = options("nothing", new ArrayList<>()).withLive(null);
    assertThatThrownBy(() -> init(options, SchemaLayout.SCHEMA))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("nothing to adopt");
  }

  private static int count(String sql) throws SQLException {
    try (Connection connection = live.connectReadOnly(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Map<String, String> contents(Path directory) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    for (String name : names(directory)) {
      contents.put(name, Files.readString(directory.resolve(name)));
    }
    return contents;
  }

}
