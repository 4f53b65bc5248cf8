package dev.dovetail.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.diff.plan.PlanOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiffOptionsTest {

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  @Test
  void contractMigrationsWaitBesideTheMigrationDirectoryByDefault() {
    assertThat(DiffOptions.of(Path.of("schema"), MIGRATIONS).contractDirectory())
        .isEqualTo(Path.of("src/main/resources/db/contract").toAbsolutePath());
  }

  @Test
  void refusesTheMigrationDirectoryAsContractDirectory() {
    assertThatThrownBy(() -> DiffOptions.of(Path.of("schema"), MIGRATIONS).withContractDirectory(MIGRATIONS.toAbsolutePath()))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("contractDirectory and migrationDirectory are both")
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.CONFIGURATION_INVALID));
  }

  @Test
  void refusesAContractDirectoryInsideTheMigrationDirectoryWhichFlywayWouldScan() {
    assertThatThrownBy(() -> DiffOptions.of(Path.of("schema"), MIGRATIONS).withContractDirectory(MIGRATIONS.resolve("contract")))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("is inside migrationDirectory")
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.CONFIGURATION_INVALID));
    assertThat(DiffOptions.of(Path.of("schema"), MIGRATIONS).withContractDirectory(MIGRATIONS.resolveSibling("contract")).contractDirectory())
        .isEqualTo(MIGRATIONS.resolveSibling("contract"));
  }

  @Test
  void aBackfillBatchBelowOneRowIsAConfigurationError() {
    assertThatThrownBy(() -> new PlanOptions(true, 0))
        .isInstanceOf(MigrationException.class)
        .hasMessage("backfillBatchSize must be at least 1 row per batch, not 0")
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.CONFIGURATION_INVALID));
  }
}
