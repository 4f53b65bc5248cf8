package dev.dovetail.core.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.write.FlywayFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractPromotionTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  @TempDir Path project;

  private Path migrations;
  private Path contract;
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void directories() throws IOException {
    migrations = Files.createDirectories(project.resolve("db/migration"));
    contract = project.resolve("db/contract");
    pair(migrations, "20251201000000", "create_table_users", true);
  }

  @Test
  void refusesToPromoteOverAManifestThatDisagreesWithTheMigrationDirectory() throws IOException {
    pair(contract, "20251202000000", "contract_drop_column_users_email", false);
    MigrationManifest.rehash(migrations);
    Files.writeString(migrations.resolve("V20251201000000__create_table_users.sql"), "CREATE TABLE users (id int, edited int);\n");

    assertThatThrownBy(() -> promotion().promote(CLOCK, log::add))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("disagrees with the migration files, so promote stops before writing anything:\n  EDITED V20251201000000__create_table_users.sql")
        .extracting(e -> ((MigrationException) e).code()).isEqualTo(ErrorCode.MANIFEST_MISMATCH);
    assertThat(names(contract)).as("nothing moved").contains("V20251202000000__contract_drop_column_users_email.sql");
  }

  @Test
  void movesEveryWaitingMigrationWithItsDownAndConfFilesUnderFreshVersionsInOrder() throws IOException {
    pair(contract, "20251202000000", "contract_drop_column_users_email", true);
    pair(contract, "20251202000001", "contract_drop_index_users_email", false);
    Files.writeString(contract.resolve("README.md"), "contract migrations wait here");

    List<PromotedMigration> promoted = promotion().promote(CLOCK, log::add);

    assertThat(promoted).extracting(p -> p.to().getFileName().toString())
        .containsExactly("V20260102030405__contract_drop_column_users_email.sql", "V20260102030406__contract_drop_index_users_email.sql");
    assertThat(names(migrations)).containsExactlyInAnyOrder(
        "V20251201000000__create_table_users.sql", "U20251201000000__create_table_users.sql",
        "V20260102030405__contract_drop_column_users_email.sql", "U20260102030405__contract_drop_column_users_email.sql",
        "V20260102030406__contract_drop_index_users_email.sql", "V20260102030406__contract_drop_index_users_email.sql.conf",
        "U20260102030406__contract_drop_index_users_email.sql", "U20260102030406__contract_drop_index_users_email.sql.conf",
        MigrationManifest.FILE_NAME);
    assertThat(MigrationManifest.read(migrations).orElseThrow().check(migrations)).as("the manifest records the promoted files").isEmpty();
    assertThat(names(contract)).as("only what is not a migration stays").containsExactly("README.md");
    assertThat(log).containsExactly(
        "Promoted 2 contract migration(s) from " + contract + " to " + migrations + ":",
        "  contract/V20251202000000__contract_drop_column_users_email.sql -> V20260102030405__contract_drop_column_users_email.sql",
        "  contract/V20251202000001__contract_drop_index_users_email.sql -> V20260102030406__contract_drop_index_users_email.sql");
  }

  @Test
  void theMovedFilesNameThemselvesAndTheDownNamesItsNewUp() throws IOException {
    pair(contract, "20251202000001", "contract_drop_index_users_email", false);

    promotion().promote(CLOCK, log::add);

    String down = Files.readString(migrations.resolve("U20260102030405__contract_drop_index_users_email.sql"));
    assertThat(down.lines().toList().get(1)).isEqualTo("-- Undoes V20260102030405__contract_drop_index_users_email.sql.");
    assertThat(down).contains("executeInTransaction=false in U20260102030405__contract_drop_index_users_email.sql.conf")
        .doesNotContain("20251202000001");
    String up = Files.readString(migrations.resolve("V20260102030405__contract_drop_index_users_email.sql"));
    assertThat(up).contains("executeInTransaction=false in V20260102030405__contract_drop_index_users_email.sql.conf")
        .doesNotContain("20251202000001");
    assertThat(Files.readString(migrations.resolve("V20260102030405__contract_drop_index_users_email.sql.conf")))
        .isEqualTo(FlywayFormat.NON_TRANSACTIONAL_CONF);
  }

  @Test
  void newVersionsComeAfterTheNewestMigrationEvenOneFromTheFuture() throws IOException {
    pair(migrations, "20270101000059", "create_table_orders", true);
    pair(contract, "20251202000000", "contract_drop_column_users_email", true);

    assertThat(promotion().promote(CLOCK, log::add)).extracting(p -> p.to().getFileName().toString())
        .containsExactly("V20270101000100__contract_drop_column_users_email.sql");
  }

  @Test
  void saysSoWhenNothingWaits() throws IOException {
    assertThat(promotion().promote(CLOCK, log::add)).isEmpty();
    assertThat(log).containsExactly("No contract migration waiting in " + contract);

    Files.createDirectories(contract);
    Files.writeString(contract.resolve(".gitkeep"), "");
    log.clear();
    assertThat(promotion().promote(CLOCK, log::add)).isEmpty();
    assertThat(log).containsExactly("No contract migration waiting in " + contract);
    assertThat(names(migrations)).hasSize(2);
  }

  @Test
  void refusesAnUpWithoutItsDownAndMovesNothing() throws IOException {
    pair(contract, "20251202000000", "contract_drop_column_users_email", true);
    pair(contract, "20251202000001", "contract_drop_table_sessions", true);
    Files.delete(contract.resolve("U20251202000001__contract_drop_table_sessions.sql"));
    Set<String> before = names(contract);

    assertThatThrownBy(() -> promotion().promote(CLOCK, log::add))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("V20251202000001__contract_drop_table_sessions.sql has no down migration U20251202000001__contract_drop_table_sessions.sql")
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.CONTRACT_INVALID));
    assertThat(names(contract)).isEqualTo(before);
    assertThat(names(migrations)).hasSize(2);
    assertThat(log).isEmpty();
  }

  @Test
  void refusesADownOrConfWithoutItsUp() throws IOException {
    pair(contract, "20251202000000", "contract_drop_column_users_email", true);
    Files.writeString(contract.resolve("U20251202000005__contract_drop_table_sessions.sql"), "-- orphan");

    assertThatThrownBy(() -> promotion().promote(CLOCK, log::add))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("U20251202000005__contract_drop_table_sessions.sql belongs to no waiting contract migration")
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.CONTRACT_INVALID));

    Files.delete(contract.resolve("U20251202000005__contract_drop_table_sessions.sql"));
    Files.writeString(contract.resolve("V20251202000009__gone.sql.conf"), FlywayFormat.NON_TRANSACTIONAL_CONF);
    assertThatThrownBy(() -> promotion().promote(CLOCK, log::add))
        .hasMessageContaining("V20251202000009__gone.sql.conf belongs to no waiting contract migration");
    assertThat(names(migrations)).hasSize(2);
  }

  @Test
  void neverOverwritesAndMovesNothingWhenATargetExists() throws IOException {
    pair(contract, "20251202000000", "contract_drop_column_users_email", true);
    Files.writeString(migrations.resolve("U20260102030405__contract_drop_column_users_email.sql"), "keep");
    Set<String> before = names(contract);

    assertThatThrownBy(() -> promotion().promote(CLOCK, log::add))
        .isInstanceOf(MigrationException.class)
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.FILE_EXISTS));
    assertThat(migrations.resolve("U20260102030405__contract_drop_column_users_email.sql")).hasContent("keep");
    assertThat(migrations.resolve("V20260102030405__contract_drop_column_users_email.sql")).doesNotExist();
    assertThat(names(contract)).isEqualTo(before);
  }

  @Test
  void refusesOneDirectoryForBoth() {
    assertThatThrownBy(() -> new ContractPromotion(migrations, migrations.resolve("../migration")))
        .isInstanceOf(MigrationException.class)
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.CONFIGURATION_INVALID));
  }

  private ContractPromotion promotion() {
    return new ContractPromotion(contract, migrations);
  }

  /** Writes an up and a down laid out as {@link FlywayFormat} lays them out, with {@code .conf} files when not transactional. */
  private static void pair(Path directory, String version, String name, boolean transactional) throws IOException {
    Files.createDirectories(directory);
    String up = "V" + version + "__" + name + ".sql";
    String down = "U" + version + "__" + name + ".sql";
    Files.writeString(directory.resolve(up), file(name, "up", "Does it.", up, transactional));
    Files.writeString(directory.resolve(down), file(name, "down", "Undoes " + up + ".", down, transactional));
    if (!transactional) {
      Files.writeString(directory.resolve(up + ".conf"), FlywayFormat.NON_TRANSACTIONAL_CONF);
      Files.writeString(directory.resolve(down + ".conf"), FlywayFormat.NON_TRANSACTIONAL_CONF);
    }
  }

  private static String file(String name, String direction, String headline, String fileName, boolean transactional) {
    return "-- Dovetail migration: " + name + " (" + direction + ")\n"
        + "-- " + headline + "\n"
        + "-- Phase:   contract\n"
        + (transactional ? "" : "-- Transaction: none; statements run one by one (executeInTransaction=false in " + fileName + ".conf)\n")
        + "-- Hazards: none\n\n"
        + "SELECT 1;\n";
  }

  private static Set<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
