package dev.dovetail.diff;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.write.FlywayFormat;
import dev.dovetail.diff.introspect.SchemaFilter;
import dev.dovetail.diff.plan.PlanOptions;
import dev.dovetail.diff.scratch.ScratchSettings;
import dev.dovetail.diff.source.LiveDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything {@link MigrationGenerator#diff(DiffOptions)} needs.
 *
 * @param schemaDirectory where the declared schema's {@code *.sql} files are
 * @param migrationDirectory where migrations are read from and written to
 * @param contractDirectory where contract migrations are written and wait, off Flyway's path, until
 *     {@code migrations:promote} moves them into the migration directory; those waiting count as applied
 * @param live the live database to compare with, or null to replay the migration directory instead
 * @param scratch which scratch databases to use
 * @param schemas which schemas to manage
 * @param clock the clock for timestamp versions
 * @param progress where to report progress
 * @param includePrivileges whether privileges ({@code GRANT}/{@code REVOKE}) are read, compared and migrated;
 *     off by default because roles differ between environments
 * @param lockTimeout how long a statement of a written migration may wait for a lock before it fails
 *     ({@code lock_timeout}, a PostgreSQL duration such as {@code 5s}; {@code 0} waits for ever)
 * @param statementTimeout the {@code statement_timeout} of files that run outside a transaction (concurrent index
 *     builds, batched backfills), a PostgreSQL duration; {@code 0}, the default, lets them take what they take
 * @param plan how changes are planned: the safe recipes or plain forms, and the backfill batch size
 * @param failIfChanges whether finding changes is a failure ({@link dev.dovetail.core.ErrorCode#CHANGES_PENDING})
 *     instead of writing them: for CI checks that the declared schema and the migrations agree
 * @param reportDirectory where the review report ({@code review.md}, {@code review.html}) goes, or null for none
 * @param undoDirectory where down files ({@code U…}) are read from and written to, off Flyway's locations so that
 *     Flyway OSS, which cannot run them, never sees a name it refuses; null keeps them in the migration directory
 * @param baseDirectory the project's base directory: reports show the directories inside it relative to it, whatever
 *     the current directory of the shell, and the project's Flyway configuration is looked for there (see
 *     {@link dev.dovetail.diff.source.FlywayLockSetting}); null for the current directory
 */
public record DiffOptions(
    Path schemaDirectory,
    Path migrationDirectory,
    Path contractDirectory,
    LiveDatabase live,
    ScratchSettings scratch,
    SchemaFilter schemas,
    Clock clock,
    Progress progress,
    boolean includePrivileges,
    String lockTimeout,
    String statementTimeout,
    PlanOptions plan,
    boolean failIfChanges,
    Path reportDirectory,
    Path undoDirectory,
    Path baseDirectory) {

  public DiffOptions {
    Objects.requireNonNull(schemaDirectory, "schemaDirectory");
    Objects.requireNonNull(migrationDirectory, "migrationDirectory");
    contractDirectory = contractDirectory == null ? defaultContractDirectory(migrationDirectory) : contractDirectory;
    if (contractDirectory.toAbsolutePath().normalize().equals(migrationDirectory.toAbsolutePath().normalize())) {
      // Its files would be replayed twice, and the contract steps would not wait.
      throw new MigrationException(
          ErrorCode.CONFIGURATION_INVALID,
          "contractDirectory and migrationDirectory are both " + migrationDirectory
              + "; contract migrations must wait in a directory of their own, off Flyway's path");
    }
    scratch = scratch == null ? ScratchSettings.embedded() : scratch;
    schemas = schemas == null ? SchemaFilter.all() : schemas;
    clock = clock == null ? Clock.systemUTC() : clock;
    progress = progress == null ? Progress.silent() : progress;
    lockTimeout = lockTimeout == null ? FlywayFormat.DEFAULT_LOCK_TIMEOUT : lockTimeout;
    statementTimeout = statementTimeout == null ? FlywayFormat.DEFAULT_STATEMENT_TIMEOUT : statementTimeout;
    plan = plan == null ? PlanOptions.DEFAULT : plan;
    baseDirectory = (baseDirectory == null ? Path.of("") : baseDirectory).toAbsolutePath().normalize();
    undoDirectory = undoDirectory == null ? migrationDirectory : undoDirectory;
    dev.dovetail.core.dir.MigrationDirectory.checked(migrationDirectory, undoDirectory, contractDirectory);
  }

  /** @return the migration directory with its undo directory, as files are read and written */
  public dev.dovetail.core.dir.MigrationDirectory migrations() {
    return new dev.dovetail.core.dir.MigrationDirectory(migrationDirectory, undoDirectory);
  }

  /** @return {@code directory} as reports show it: relative to the base directory when inside it, else absolute */
  public String shown(Path directory) {
    Path absolute = directory.toAbsolutePath().normalize();
    return absolute.startsWith(baseDirectory) && !absolute.equals(baseDirectory)
        ? baseDirectory.relativize(absolute).toString().replace('\\', '/')
        : absolute.toString();
  }

  /** @return {@code contract} beside the migration directory ({@code src/main/resources/db/contract}) */
  public static Path defaultContractDirectory(Path migrationDirectory) {
    Path parent = migrationDirectory.toAbsolutePath().getParent();
    return parent == null ? migrationDirectory.resolve("contract") : parent.resolve("contract");
  }

  /** @return options for the usual case: embedded scratch databases, no live database */
  public static DiffOptions of(Path schemaDirectory, Path migrationDirectory) {
    return new DiffOptions(schemaDirectory, migrationDirectory, null, null, null, null, null, null, false, null, null, null, false, null, null, null);
  }

  public DiffOptions withContractDirectory(Path newContractDirectory) {
    return new DiffOptions(schemaDirectory, migrationDirectory, newContractDirectory, live, scratch, schemas, clock, progress, includePrivileges, lockTimeout, statementTimeout, plan, failIfChanges, reportDirectory, undoDirectory, baseDirectory);
  }

  public DiffOptions withLive(LiveDatabase newLive) {
    return new DiffOptions(schemaDirectory, migrationDirectory, contractDirectory, newLive, scratch, schemas, clock, progress, includePrivileges, lockTimeout, statementTimeout, plan, failIfChanges, reportDirectory, undoDirectory, baseDirectory);
  }

  public DiffOptions withProgress(Progress newProgress) {
    return new DiffOptions(schemaDirectory, migrationDirectory, contractDirectory, live, scratch, schemas, clock, newProgress, includePrivileges, lockTimeout, statementTimeout, plan, failIfChanges, reportDirectory, undoDirectory, baseDirectory);
  }

  public DiffOptions withScratch(ScratchSettings newScratch) {
    return new DiffOptions(schemaDirectory, migrationDirectory, contractDirectory, live, newScratch, schemas, clock, progress, includePrivileges, lockTimeout, statementTimeout, plan, failIfChanges, reportDirectory, undoDirectory, baseDirectory);
  }

  public DiffOptions withSchemas(SchemaFilter newSchemas) {
    return new DiffOptions(schemaDirectory, migrationDirectory, contractDirectory, live, scratch, newSchemas, clock, progress, includePrivileges, lockTimeout, statementTimeout, plan, failIfChanges, reportDirectory, undoDirectory, baseDirectory);
  }

  public DiffOptions withLockTimeout(String newLockTimeout) {
    return new DiffOptions(schemaDirectory, migrationDirectory, contractDirectory, live, scratch, schemas, clock, progress, includePrivileges, newLockTimeout, statementTimeout, plan, failIfChanges, reportDirectory, undoDirectory, baseDirectory);
  }

  public DiffOptions withPrivileges(boolean newIncludePrivileges) {
    return new DiffOptions(schemaDirectory, migrationDirectory, contractDirectory, live, scratch, schemas, clock, progress, newIncludePrivileges, lockTimeout, statementTimeout, plan, failIfChanges, reportDirectory, undoDirectory, baseDirectory);
  }

  public DiffOptions withStatementTimeout(String newStatementTimeout) {
    return new DiffOptions(schemaDirectory, migrationDirectory, contractDirectory, live, scratch, schemas, clock, progress, includePrivileges, lockTimeout, newStatementTimeout, plan, failIfChanges, reportDirectory, undoDirectory, baseDirectory);
  }

  public DiffOptions withFailIfChanges(boolean newFailIfChanges) {
    return new DiffOptions(schemaDirectory, migrationDirectory, contractDirectory, live, scratch, schemas, clock, progress, includePrivileges, lockTimeout, statementTimeout, plan, newFailIfChanges, reportDirectory, undoDirectory, baseDirectory);
  }

  public DiffOptions withReportDirectory(Path newReportDirectory) {
    return new DiffOptions(schemaDirectory, migrationDirectory, contractDirectory, live, scratch, schemas, clock, progress, includePrivileges, lockTimeout, statementTimeout, plan, failIfChanges, newReportDirectory, undoDirectory, baseDirectory);
  }

  public DiffOptions withBaseDirectory(Path newBaseDirectory) {
    return new DiffOptions(schemaDirectory, migrationDirectory, contractDirectory, live, scratch, schemas, clock, progress, includePrivileges, lockTimeout, statementTimeout, plan, failIfChanges, reportDirectory, undoDirectory, newBaseDirectory);
  }

  public DiffOptions withPlan(PlanOptions newPlan) {
    return new DiffOptions(schemaDirectory, migrationDirectory, contractDirectory, live, scratch, schemas, clock, progress, includePrivileges, lockTimeout, statementTimeout, newPlan, failIfChanges, reportDirectory, undoDirectory, baseDirectory);
  }

  public DiffOptions withUndoDirectory(Path newUndoDirectory) {
    return new DiffOptions(schemaDirectory, migrationDirectory, contractDirectory, live, scratch, schemas, clock, progress, includePrivileges, lockTimeout, statementTimeout, plan, failIfChanges, reportDirectory, newUndoDirectory, baseDirectory);
  }
}
