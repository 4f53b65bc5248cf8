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
    return builder(schemaDirectory, migrationDirectory).build();
  }

  /** @return a builder with the defaults of {@link #of}; unset values take the defaults the constructor gives */
  public static Builder builder(Path schemaDirectory, Path migrationDirectory) {
    return new Builder(schemaDirectory, migrationDirectory);
  }

  /** @return a builder holding these options, to change some of them */
  public Builder toBuilder() {
    Builder b = new Builder(schemaDirectory, migrationDirectory);
    b.contractDirectory = contractDirectory;
    b.live = live;
    b.scratch = scratch;
    b.schemas = schemas;
    b.clock = clock;
    b.progress = progress;
    b.includePrivileges = includePrivileges;
    b.lockTimeout = lockTimeout;
    b.statementTimeout = statementTimeout;
    b.plan = plan;
    b.failIfChanges = failIfChanges;
    b.reportDirectory = reportDirectory;
    b.undoDirectory = undoDirectory;
    b.baseDirectory = baseDirectory;
    return b;
  }

  public DiffOptions withContractDirectory(Path value) {
    return toBuilder().contractDirectory(value).build();
  }

  public DiffOptions withLive(LiveDatabase value) {
    return toBuilder().live(value).build();
  }

  public DiffOptions withProgress(Progress value) {
    return toBuilder().progress(value).build();
  }

  public DiffOptions withScratch(ScratchSettings value) {
    return toBuilder().scratch(value).build();
  }

  public DiffOptions withSchemas(SchemaFilter value) {
    return toBuilder().schemas(value).build();
  }

  public DiffOptions withLockTimeout(String value) {
    return toBuilder().lockTimeout(value).build();
  }

  public DiffOptions withPrivileges(boolean value) {
    return toBuilder().includePrivileges(value).build();
  }

  public DiffOptions withStatementTimeout(String value) {
    return toBuilder().statementTimeout(value).build();
  }

  public DiffOptions withFailIfChanges(boolean value) {
    return toBuilder().failIfChanges(value).build();
  }

  public DiffOptions withReportDirectory(Path value) {
    return toBuilder().reportDirectory(value).build();
  }

  public DiffOptions withBaseDirectory(Path value) {
    return toBuilder().baseDirectory(value).build();
  }

  public DiffOptions withPlan(PlanOptions value) {
    return toBuilder().plan(value).build();
  }

  public DiffOptions withUndoDirectory(Path value) {
    return toBuilder().undoDirectory(value).build();
  }

  /** Builds {@link DiffOptions}; every value but the two directories is optional. */
  public static final class Builder {
    private final Path schemaDirectory;
    private final Path migrationDirectory;
    private Path contractDirectory;
    private LiveDatabase live;
    private ScratchSettings scratch;
    private SchemaFilter schemas;
    private Clock clock;
    private Progress progress;
    private boolean includePrivileges;
    private String lockTimeout;
    private String statementTimeout;
    private PlanOptions plan;
    private boolean failIfChanges;
    private Path reportDirectory;
    private Path undoDirectory;
    private Path baseDirectory;

    private Builder(Path schemaDirectory, Path migrationDirectory) {
      this.schemaDirectory = schemaDirectory;
      this.migrationDirectory = migrationDirectory;
    }

    public Builder contractDirectory(Path value) {
      this.contractDirectory = value;
      return this;
    }

    public Builder live(LiveDatabase value) {
      this.live = value;
      return this;
    }

    public Builder scratch(ScratchSettings value) {
      this.scratch = value;
      return this;
    }

    public Builder schemas(SchemaFilter value) {
      this.schemas = value;
      return this;
    }

    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    public Builder progress(Progress value) {
      this.progress = value;
      return this;
    }

    public Builder includePrivileges(boolean value) {
      this.includePrivileges = value;
      return this;
    }

    public Builder lockTimeout(String value) {
      this.lockTimeout = value;
      return this;
    }

    public Builder statementTimeout(String value) {
      this.statementTimeout = value;
      return this;
    }

    public Builder plan(PlanOptions value) {
      this.plan = value;
      return this;
    }

    public Builder failIfChanges(boolean value) {
      this.failIfChanges = value;
      return this;
    }

    public Builder reportDirectory(Path value) {
      this.reportDirectory = value;
      return this;
    }

    public Builder undoDirectory(Path value) {
      this.undoDirectory = value;
      return this;
    }

    public Builder baseDirectory(Path value) {
      this.baseDirectory = value;
      return this;
    }

    public DiffOptions build() {
      return new DiffOptions(
          schemaDirectory, migrationDirectory, contractDirectory, live, scratch, schemas, clock, progress, includePrivileges,
          lockTimeout, statementTimeout, plan, failIfChanges, reportDirectory, undoDirectory, baseDirectory);
    }
  }
}
