package dev.dovetail.core.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.write.FlywayFormat;
import dev.dovetail.core.write.MigrationFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downs kept in an undo directory of their own, off Flyway's location: written, recorded, checked and promoted there. */
class UndoDirectoryTest {

  @TempDir Path project;

  private Path migrationRoot() {
    return project.resolve("db/migration");
  }

  private Path undoRoot() {
    return project.resolve("db/undo");
  }

  private MigrationDirectory migrations() {
    return MigrationDirectory.checked(migrationRoot(), undoRoot(), project.resolve("db/contract"));
  }

  @Test
  void writesUpsAndTheirConfBesideEachOtherAndDownsWithTheirConfIntoTheUndoDirectory() throws IOException {
    migrations().writeAll(List.of(
        new MigrationFile("V1__create_index_a.sql", "CREATE INDEX CONCURRENTLY a_idx ON a (id);\n"),
        new MigrationFile("V1__create_index_a.sql.conf", FlywayFormat.NON_TRANSACTIONAL_CONF),
        new MigrationFile("U1__create_index_a.sql", "DROP INDEX CONCURRENTLY a_idx;\n"),
        new MigrationFile("U1__create_index_a.sql.conf", FlywayFormat.NON_TRANSACTIONAL_CONF)));

    assertThat(names(migrationRoot())).containsExactlyInAnyOrder("V1__create_index_a.sql", "V1__create_index_a.sql.conf");
    assertThat(names(undoRoot())).containsExactlyInAnyOrder("U1__create_index_a.sql", "U1__create_index_a.sql.conf");
    MigrationScript up = migrations().upMigrations().get(0);
    assertThat(migrations().downOf(up)).isEqualTo(undoRoot().resolve("U1__create_index_a.sql"));
  }

  @Test
  void refusesToWriteOverAnExistingDownInTheUndoDirectoryAndWritesNothing() throws IOException {
    Files.createDirectories(undoRoot());
    Files.writeString(undoRoot().resolve("U1__a.sql"), "-- someone else's\n");
    assertThatThrownBy(() -> migrations().writeAll(List.of(
            new MigrationFile("V1__a.sql", "SELECT 1;\n"), new MigrationFile("U1__a.sql", "SELECT 2;\n"))))
        .isInstanceOf(MigrationException.class)
        .extracting(e -> ((MigrationException) e).code()).isEqualTo(ErrorCode.FILE_EXISTS);
    assertThat(migrationRoot().resolve("V1__a.sql")).doesNotExist();
    assertThat(Files.readString(undoRoot().resolve("U1__a.sql"))).isEqualTo("-- someone else's\n");
  }

  @Test
  void theManifestRecordsTheDownsOfTheUndoDirectoryAndNamesAnEditedOne() throws IOException {
    migrations().writeAll(List.of(new MigrationFile("V1__a.sql", "CREATE TABLE a (id int);\n"),
        new MigrationFile("U1__a.sql", "DROP TABLE a;\n")));
    MigrationManifest.rehash(migrations());
    assertThat(MigrationManifest.read(migrationRoot()).orElseThrow().manifest().entries())
        .extracting(MigrationManifest.Entry::file).containsExactly("V1__a.sql", "U1__a.sql");
    assertThat(undoRoot().resolve(MigrationManifest.FILE_NAME)).as("one manifest, in the migration directory").doesNotExist();
    assertThat(MigrationManifest.read(migrationRoot()).orElseThrow().check(migrations())).isEmpty();

    Files.writeString(undoRoot().resolve("U1__a.sql"), "SELECT 'edited';\n");
    assertThat(MigrationManifest.read(migrationRoot()).orElseThrow().check(migrations()))
        .extracting(MigrationManifest.Finding::toString)
        .containsExactly("EDITED U1__a.sql: its content differs from what was recorded");

    Files.delete(undoRoot().resolve("U1__a.sql"));
    assertThat(MigrationManifest.read(migrationRoot()).orElseThrow().check(migrations()))
        .extracting(MigrationManifest.Finding::toString)
        .containsExactly("REMOVED U1__a.sql: recorded but not in " + undoRoot());
  }

  @Test
  void aDownBesideItsUpStillCountsWhenTheUndoDirectoryHasNone() throws IOException {
    Files.createDirectories(migrationRoot());
    Files.writeString(migrationRoot().resolve("V1__a.sql"), "CREATE TABLE a (id int);\n");
    Files.writeString(migrationRoot().resolve("U1__a.sql"), "DROP TABLE a;\n");
    assertThat(migrations().downOf(migrations().upMigrations().get(0))).isEqualTo(migrationRoot().resolve("U1__a.sql"));
    assertThat(MigrationManifest.of(migrations()).entries()).extracting(MigrationManifest.Entry::file)
        .containsExactly("V1__a.sql", "U1__a.sql");
  }

  @Test
  void promoteMovesDownsIntoTheUndoDirectory() throws IOException {
    Path contract = Files.createDirectories(project.resolve("db/contract"));
    Files.writeString(contract.resolve("V20251202000000__contract_drop_table_a.sql"), "DROP TABLE a;\n");
    Files.writeString(contract.resolve("U20251202000000__contract_drop_table_a.sql"),
        "-- Undoes V20251202000000__contract_drop_table_a.sql.\nCREATE TABLE a (id int);\n");
    Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    new ContractPromotion(contract, migrations()).promote(clock, line -> {});

    assertThat(names(migrationRoot())).containsExactlyInAnyOrder("V20260102030405__contract_drop_table_a.sql", MigrationManifest.FILE_NAME);
    assertThat(names(undoRoot())).containsExactly("U20260102030405__contract_drop_table_a.sql");
    assertThat(Files.readString(undoRoot().resolve("U20260102030405__contract_drop_table_a.sql")))
        .startsWith("-- Undoes V20260102030405__contract_drop_table_a.sql.");
    assertThat(MigrationManifest.read(migrationRoot()).orElseThrow().check(migrations())).isEmpty();
  }

  @Test
  void refusesAnUndoDirectoryInsideTheMigrationDirectoryOrEqualToTheContractDirectory() {
    assertThatThrownBy(() -> MigrationDirectory.checked(migrationRoot(), migrationRoot().resolve("undo"), null))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("which Flyway scans with its subdirectories")
        .extracting(e -> ((MigrationException) e).code()).isEqualTo(ErrorCode.CONFIGURATION_INVALID);
    assertThatThrownBy(() -> MigrationDirectory.checked(migrationRoot(), project.resolve("db/contract"), project.resolve("db/contract")))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("undoDirectory and contractDirectory are both");
    assertThat(MigrationDirectory.checked(migrationRoot(), migrationRoot(), null).undoRoot())
        .as("the migration directory itself keeps downs beside ups, as Flyway Teams runs them").isEqualTo(migrationRoot());
  }

  private static Set<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
