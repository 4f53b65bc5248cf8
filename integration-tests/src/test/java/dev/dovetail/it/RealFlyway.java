package dev.dovetail.it;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.ValidateResult;
import org.flywaydb.core.internal.license.VersionPrinter;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * Real Flyway, configured as a team would configure it, deploying a folder of migrations to a database. Only API
 * that every Flyway line we support has (10.x to 13.x) is used here, because {@code FlywayDeployIT} runs once with
 * the current line and once with the oldest one on the class path.
 *
 * @param url the database
 * @param location the folder Flyway scans ({@code filesystem:}), as {@code spring.flyway.locations} would name it
 * @param transactionalLock Flyway's {@code postgresql.transactional.lock}; {@code true} is Flyway's default
 */
record RealFlyway(String url, Path location, boolean transactionalLock) {

  /** @return the Flyway version on the class path, as Flyway prints it */
  static String version() {
    return VersionPrinter.getVersion();
  }

  /** @return Flyway for a database that already has a schema (version 0 is its baseline), names validated */
  Flyway flyway() {
    FluentConfiguration configuration = Flyway.configure()
        .dataSource(url, "postgres", "postgres")
        .locations("filesystem:" + location.toAbsolutePath())
        .baselineOnMigrate(true)
        .baselineVersion("0")
        // Spring Boot's spring.flyway.validate-migration-naming: a file Flyway cannot name fails validation.
        .validateMigrationNaming(true)
        .cleanDisabled(true);
    configuration.getPluginRegister().getPlugin(PostgreSQLConfigurationExtension.class).setTransactionalLock(transactionalLock);
    return configuration.load();
  }

  /** @return the number of migrations {@code migrate} ran */
  int migrate() {
    return flyway().migrate().migrationsExecuted;
  }

  /** @return what {@code validate} found wrong, empty when it passed */
  List<String> validationErrors() {
    ValidateResult result = flyway().validateWithResult();
    if (result.validationSuccessful) {
      return List.of();
    }
    List<String> errors = new java.util.ArrayList<>();
    if (result.errorDetails != null) {
      errors.add(result.errorDetails.errorMessage);
    }
    result.invalidMigrations.forEach(m -> errors.add(m.version + " " + m.filepath + ": " + m.errorDetails.errorMessage));
    return errors;
  }

  /** @return the migrations {@code info} lists as pending */
  List<String> pending() {
    return Arrays.stream(flyway().info().pending()).map(MigrationInfo::getScript).toList();
  }
}
