package dev.dovetail.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.dir.MigrationManifest;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.source.LiveDatabase;
import dev.dovetail.diff.verify.Finding;
import dev.dovetail.diff.verify.FindingCode;
import dev.dovetail.diff.verify.VerifyResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** migrations:verify's four checks on real PostgreSQL, each failure named by code and file or object. */
class MigrationVerifierIT {

  @TempDir Path project;

  private Path schema() throws IOException {
    return Files.createDirectories(project.resolve("schema"));
  }

  private Path migrations() {
    return project.resolve("migration");
  }

  private Path reports() {
    return project.resolve("target/migrations");
  }

  /** Declares {@code sql} and lets diff write its migrations. */
  private void declareAndDiff(String sql) throws IOException {
    Files.writeString(schema().resolve("a.sql"), sql);
    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()));
  }

  private VerifyResult verify(LiveDatabase live, Path baseline) throws IOException {
    DiffOptions options = DiffOptions.of(schema(), migrations()).withReportDirectory(reports()).withLive(live);
    return new MigrationVerifier().verify(new MigrationVerifier.Options(options, true, baseline));
  }

  @Test
  void passesOnWhatDiffWroteAndSaysSoInVerifyMd() throws IOException {
    declareAndDiff("CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);\n");
    declareAndDiff("CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL, born date);\n"
        + "CREATE INDEX authors_name_idx ON authors (name);\n"
        + "CREATE TABLE books (id bigint PRIMARY KEY, author_id bigint NOT NULL REFERENCES authors);\n");

    VerifyResult result = verify(null, null);

    assertThat(result.findings()).isEmpty();
    assertThat(result.skipped()).isEmpty();
    assertThat(result.disabled()).containsOnlyKeys(FindingCode.Check.LIVE);
    assertThat(Files.readString(reports().resolve("verify.md")))
        .startsWith("# migrations:verify\n\n**Passed**")
        .contains("| 3 | every down undoes its up | passed |", "| 4 | live database matches the applied migrations | disabled: no url |");
  }

  @Test
  void namesAnEditedMigrationAnUndeclaredColumnAndADownThatDoesNotUndo() throws IOException {
    declareAndDiff("CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);\n");
    Path up = only(migrations(), "V");
    Files.writeString(up, Files.readString(up).replace("name text NOT NULL", "name text NOT NULL, nickname text"));
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL, born date);\n");
    Files.writeString(migrations().resolve("V99990101000000__add_index_by_hand.sql"), "CREATE INDEX authors_name ON authors (name);\n");
    Files.writeString(migrations().resolve("U99990101000000__add_index_by_hand.sql"), "SELECT 1;\n");

    VerifyResult result = verify(null, null);

    assertThat(result.findings()).extracting(Finding::key).containsExactly(
        "MIGRATION_EDITED " + up.getFileName(),
        "MIGRATION_UNRECORDED V99990101000000__add_index_by_hand.sql",
        "MIGRATION_UNRECORDED U99990101000000__add_index_by_hand.sql",
        "DOWN_DOES_NOT_UNDO U99990101000000__add_index_by_hand.sql",
        // Differences come in the comparers' order: by kind family (a table's columns before its indexes), then name.
        "NOT_DECLARED column public.authors.nickname",
        "NOT_MIGRATED column public.authors.born",
        "NOT_DECLARED index public.authors_name");
    assertThat(result.findings().get(3).detail()).contains("still needed: Drops index authors_name of public.authors");
    assertThatThrownBy(result::requirePassed)
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("migrations:verify found 7 problem(s) (report: " + reports().resolve("verify.md") + "):\n1. manifest matches")
        .hasMessageContaining("\n  NOT_MIGRATED column public.authors.born: declared but not migrated; diff would write: Adds column born to public.authors.\n      next: run mvn migrations:diff")
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.VERIFY_FAILED));
    assertThat(Files.readString(reports().resolve("verify.md"))).contains("| 1 | manifest matches the migration files | **3 problem(s)** |");
  }

  @Test
  void aMissingDownAMissingManifestAndAFailingMigrationAreFindingsNotCrashes() throws IOException {
    Files.createDirectories(migrations());
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE a (id int);\n");
    Files.writeString(migrations().resolve("V1__create_table_a.sql"), "CREATE TABLE a (id int);\n");
    Files.writeString(migrations().resolve("V2__broken.sql"), "ALTER TABLE nowhere ADD COLUMN b int;\n");

    VerifyResult result = verify(null, null);

    assertThat(result.findings()).extracting(Finding::key).containsExactly(
        "MANIFEST_MISSING " + migrations().resolve("migrations.sum"),
        "DOWN_MISSING V1__create_table_a.sql",
        "MIGRATION_FAILED V2__broken.sql");
    assertThat(result.skipped()).containsOnlyKeys(FindingCode.Check.DECLARED, FindingCode.Check.REVERSIBLE);
    assertThat(result.passed()).isFalse();
    assertThat(result.status(FindingCode.Check.DECLARED))
        .isEqualTo("1 problem(s); skipped: comparing with the declared schema, because V2__broken.sql failed to replay");
    assertThat(result.status(FindingCode.Check.REVERSIBLE))
        .isEqualTo("1 problem(s); skipped: the down of V2__broken.sql, because it failed to replay");
    assertThat(Files.readString(reports().resolve("verify.md")))
        .contains("**Failed: 3 problem(s), 2 check(s) skipped**")
        .contains("| 3 | every down undoes its up | **1 problem(s); skipped: the down of V2__broken.sql, because it failed to replay** |");
  }

  /** A check that could not run is reported as skipped and fails verify, even when nothing else was found. */
  @Test
  void aSkippedCheckFailsVerifyEvenWithoutFindingsOfItsOwn() throws IOException {
    declareAndDiff("CREATE TABLE authors (id bigint PRIMARY KEY);\n");
    Files.writeString(migrations().resolve("V99990101000000__broken.sql"), "ALTER TABLE nowhere ADD COLUMN b int;\n");
    Files.writeString(migrations().resolve("U99990101000000__broken.sql"), "SELECT 1;\n");
    DiffOptions options = DiffOptions.of(schema(), migrations()).withReportDirectory(reports());

    VerifyResult result = new MigrationVerifier().verify(new MigrationVerifier.Options(options, false, null));

    assertThat(result.disabled()).containsOnlyKeys(FindingCode.Check.REVERSIBLE, FindingCode.Check.LIVE);
    assertThat(result.skipped()).containsOnlyKeys(FindingCode.Check.DECLARED);
    assertThat(result.status(FindingCode.Check.REVERSIBLE)).isEqualTo("disabled: verifyReversibility is false");
    assertThatThrownBy(result::requirePassed)
        .hasMessageContaining("and skipped 1 check(s)")
        .hasMessageContaining("\n2. migrations produce the declared schema: 1 problem(s); skipped: comparing with the declared schema,"
            + " because V99990101000000__broken.sql failed to replay");
  }

  /**
   * Check 4 replays only the migrations the live database applied: a broken migration no database applied yet does
   * not keep it from finding drift; a broken applied one makes it skipped, never passed.
   */
  @Test
  void checkFourRunsWhenTheBrokenMigrationIsNotAppliedAndIsSkippedWhenItIs() throws Exception {
    declareAndDiff("CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);\n");
    Path applied = ups().get(0);
    Files.writeString(migrations().resolve("V99990101000000__broken.sql"), "ALTER TABLE nowhere ADD COLUMN b int;\n");
    try (ScratchDatabase live = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      LiveDatabase url = new LiveDatabase(live.jdbcUrl(), "postgres", null);
      try (Connection connection = live.connect(); Statement sql = connection.createStatement()) {
        sql.execute(Files.readString(applied).replace("{{dovetail.file}}", "x"));
        flywayHistory(sql, applied);
        sql.execute("ALTER TABLE authors ADD COLUMN added_by_hand text");
      }
      VerifyResult notApplied = verify(url, null);
      assertThat(notApplied.findings()).extracting(Finding::key)
          .contains("MIGRATION_FAILED V99990101000000__broken.sql", "LIVE_EXTRA column public.authors.added_by_hand");
      assertThat(notApplied.skipped()).doesNotContainKey(FindingCode.Check.LIVE);

      try (Connection connection = live.connect(); Statement sql = connection.createStatement()) {
        sql.execute("INSERT INTO flyway_schema_history VALUES (2, '99990101000000', 'broken', 'SQL', 'V99990101000000__broken.sql',"
            + " 0, 'flyway', now(), 1, true)");
      }
      VerifyResult appliedBroken = verify(url, null);
      assertThat(appliedBroken.findings()).extracting(Finding::key).doesNotContain("LIVE_EXTRA column public.authors.added_by_hand");
      assertThat(appliedBroken.status(FindingCode.Check.LIVE))
          .isEqualTo("skipped: an applied migration failed to replay (see check 2), so what the live database should be is unknown");
      assertThat(Files.readString(reports().resolve("verify.md")))
          .contains("| 4 | live database matches the applied migrations | **skipped: an applied migration failed to replay");
    }
  }

  /** An unreachable live database fails check 4 with its own code, found before the scratch server starts. */
  @Test
  void anUnreachableLiveDatabaseFailsCheckFourBeforeTheScratchServerStarts() throws IOException {
    declareAndDiff("CREATE TABLE authors (id bigint PRIMARY KEY);\n");
    List<String> log = new java.util.ArrayList<>();
    DiffOptions options = DiffOptions.of(schema(), migrations()).withReportDirectory(reports())
        .withLive(new LiveDatabase("jdbc:postgresql://127.0.0.1:1/nowhere?password=secret", "nobody", "secret"))
        .withProgress(Progress.into(log));

    VerifyResult result = new MigrationVerifier().verify(new MigrationVerifier.Options(options, true, null));

    assertThat(result.findings()).extracting(Finding::code).containsExactly(FindingCode.LIVE_UNREACHABLE);
    assertThat(result.findings().get(0).toString()).doesNotContain("secret");
    assertThat(result.passed()).isFalse();
    assertThat(log.stream().filter(l -> l.startsWith("4. Reading the live database") || l.startsWith("Starting scratch")).toList())
        .as("the live database is tried first").hasSize(2).first().asString().startsWith("4. Reading the live database");
  }

  /**
   * Whatever diff proves, verify passes right after it: the two judge downs by one rule. Each case is a plan of the
   * recipes whose downs had to learn to restore validity and helper constraints.
   */
  @Test
  void verifyPassesRightAfterDiffOfASetNotNullAValidatedForeignKeyAndAHintedColumnRename() throws IOException {
    declareAndDiff("CREATE TABLE authors (id bigint PRIMARY KEY, name text, email text);\n"
        + "CREATE TABLE books (id bigint PRIMARY KEY, author_id bigint, title text);\n");
    assertThat(verify(null, null).passed()).isTrue();

    declareAndDiff("CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL, email text);\n"
        + "CREATE TABLE books (id bigint PRIMARY KEY, author_id bigint, title text);\n");
    assertThat(verify(null, null).findings()).as("after a SET NOT NULL").isEmpty();

    declareAndDiff("CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL, email text);\n"
        + "CREATE TABLE books (id bigint PRIMARY KEY, author_id bigint REFERENCES authors, title text);\n");
    assertThat(verify(null, null).findings()).as("after a validated foreign key").isEmpty();

    declareAndDiff("-- migrations:rename column public.authors.name to full_name\n"
        + "CREATE TABLE authors (id bigint PRIMARY KEY, full_name text NOT NULL, email text);\n"
        + "CREATE TABLE books (id bigint PRIMARY KEY, author_id bigint REFERENCES authors, title text);\n");
    VerifyResult renamed = verify(null, null);
    assertThat(renamed.findings()).as("after a hinted column rename").isEmpty();
    assertThat(renamed.passed()).isTrue();

    declareAndDiff("CREATE TABLE authors (id bigint PRIMARY KEY, full_name text NOT NULL, email text NOT NULL UNIQUE,"
        + " CONSTRAINT authors_email_check CHECK (email <> ''));\n"
        + "CREATE TABLE books (id bigint PRIMARY KEY, author_id bigint NOT NULL REFERENCES authors, title text NOT NULL);\n"
        + "CREATE INDEX books_title_idx ON books (title);\n");
    assertThat(verify(null, null).findings()).as("after a mixed run").isEmpty();
  }


  @Test
  void comparesTheLiveDatabaseWithTheMigrationsItsFlywayHistoryRecordsAndHonoursADriftBaseline() throws Exception {
    declareAndDiff("CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);\n");
    declareAndDiff("CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);\nCREATE TABLE books (id bigint PRIMARY KEY);\n");
    List<Path> ups = ups();
    try (ScratchDatabase live = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      LiveDatabase url = new LiveDatabase(live.jdbcUrl(), "postgres", null);
      try (Connection connection = live.connect(); Statement sql = connection.createStatement()) {
        // Flyway applied the first migration only; the second is not deployed yet.
        sql.execute(Files.readString(ups.get(0)).replace("{{dovetail.file}}", "x"));
        flywayHistory(sql, ups.get(0));
      }
      assertThat(verify(url, null).findings()).as("the live database is what its applied migration produces").isEmpty();

      try (Connection connection = live.connect(); Statement sql = connection.createStatement()) {
        sql.execute("ALTER TABLE authors ADD COLUMN legacy_flag boolean");
      }
      assertThat(verify(url, null).findings()).extracting(Finding::key).containsExactly("LIVE_EXTRA column public.authors.legacy_flag");
      assertThat(Files.readString(reports().resolve("verify.md")))
          .contains("To accept it, add this line to the drift baseline: `LIVE_EXTRA column public.authors.legacy_flag -- <reason>`");

      Path baseline = Files.writeString(project.resolve("drift-baseline.txt"),
          "# accepted drift\nLIVE_EXTRA column public.authors.legacy_flag -- added by support (OPS-12)\n");
      VerifyResult accepted = verify(url, baseline);
      assertThat(accepted.findings()).isEmpty();
      assertThat(accepted.accepted()).extracting(a -> a.finding().key() + " / " + a.reason())
          .containsExactly("LIVE_EXTRA column public.authors.legacy_flag / added by support (OPS-12)");
      assertThat(Files.readString(reports().resolve("verify.md"))).contains("## Accepted drift", "added by support (OPS-12)");

      try (Connection connection = live.connect(); Statement sql = connection.createStatement()) {
        sql.execute("CREATE INDEX authors_name_idx ON authors (name)");
      }
      assertThat(verify(url, baseline).findings()).as("new drift still fails").extracting(Finding::key)
          .containsExactly("LIVE_EXTRA index public.authors_name_idx");
    }
  }

  @Test
  void aLiveDatabaseWithoutAnyTableIsAnErrorNotACleanReport() throws Exception {
    declareAndDiff("CREATE TABLE authors (id bigint PRIMARY KEY);\n");
    try (ScratchDatabase live = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      VerifyResult result = verify(new LiveDatabase(live.jdbcUrl(), "postgres", null), null);

      assertThat(result.findings()).extracting(Finding::code).containsExactly(FindingCode.LIVE_EMPTY);
      assertThat(result.findings().get(0).detail()).isEqualTo("introspection saw no table at all, while the applied migrations create 1");
    }
  }

  @Test
  void aBaselineLineWithoutAReasonIsRefusedWithFileAndLine() throws IOException {
    declareAndDiff("CREATE TABLE authors (id bigint PRIMARY KEY);\n");
    Path baseline = Files.writeString(project.resolve("drift-baseline.txt"), "\nLIVE_EXTRA column public.authors.x\n");

    assertThatThrownBy(() -> verify(null, baseline))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith(baseline + ":2: every accepted difference needs a reason");
  }

  @Test
  void diffRefusesMigrationsWithoutAManifestSoThatDeletingItBlessesNoEdit() throws IOException {
    declareAndDiff("CREATE TABLE authors (id bigint PRIMARY KEY);\n");
    Path up = only(migrations(), "V");
    Files.writeString(up, Files.readString(up) + "\nCREATE TABLE extra (id int);\n");
    Files.delete(migrations().resolve("migrations.sum"));
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, born date);\n");

    assertThatThrownBy(() -> new MigrationGenerator().diff(DiffOptions.of(schema(), migrations())))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining(migrations() + " has 2 migration file(s) but no migrations.sum, so diff cannot tell a reviewed"
            + " migration from an edited one and stops before writing anything")
        .hasMessageContaining("mvn migrations:rehash")
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.MANIFEST_MISSING));
    assertThat(ups()).hasSize(1);
    assertThat(migrations().resolve("migrations.sum")).doesNotExist();
  }

  @Test
  void diffRefusesToWriteOverAManifestThatDisagreesAndFailIfChangesWritesNothing() throws IOException {
    declareAndDiff("CREATE TABLE authors (id bigint PRIMARY KEY);\n");
    Path up = only(migrations(), "V");
    String original = Files.readString(up);
    Files.writeString(up, original + "\nCREATE TABLE extra (id int);\n");
    Files.writeString(schema().resolve("a.sql"), "CREATE TABLE authors (id bigint PRIMARY KEY, born date);\n");

    assertThatThrownBy(() -> new MigrationGenerator().diff(DiffOptions.of(schema(), migrations())))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("migrations.sum disagrees with the migration files, so diff stops before writing anything:\n  EDITED "
            + up.getFileName())
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.MANIFEST_MISMATCH));

    Files.writeString(up, original.replace("\n", "\r\n"));
    assertThatThrownBy(() -> new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()).withFailIfChanges(true)))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("diff would write 1 migration(s):\n  add_column_authors_born: ")
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.CHANGES_PENDING));
    assertThat(ups()).hasSize(1);

    new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()));
    assertThat(ups()).hasSize(2);
    assertThat(MigrationManifest.read(migrations()).orElseThrow().check(migrations())).as("diff rewrote the manifest").isEmpty();
    assertThat(new MigrationGenerator().diff(DiffOptions.of(schema(), migrations()).withFailIfChanges(true)).upToDate()).isTrue();
  }

  /** A history table as Flyway creates it, recording {@code applied}. */
  private static void flywayHistory(Statement sql, Path applied) throws SQLException {
    String name = applied.getFileName().toString();
    sql.execute("CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL,"
        + " type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum int, installed_by varchar(100) NOT NULL,"
        + " installed_on timestamp NOT NULL DEFAULT now(), execution_time int NOT NULL, success boolean NOT NULL)");
    sql.execute("CREATE INDEX flyway_schema_history_s_idx ON flyway_schema_history (success)");
    sql.execute("INSERT INTO flyway_schema_history VALUES (1, '" + name.substring(1, name.indexOf("__")) + "', 'x', 'SQL', '" + name
        + "', 0, 'flyway', now(), 1, true)");
  }

  private List<Path> ups() throws IOException {
    try (Stream<Path> files = Files.list(migrations())) {
      return files.filter(f -> f.getFileName().toString().matches("V.*\\.sql")).sorted().toList();
    }
  }

  private static Path only(Path directory, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(".sql"))
          .reduce((a, b) -> { throw new AssertionError("more than one " + prefix + " file"); }).orElseThrow();
    }
  }
}
