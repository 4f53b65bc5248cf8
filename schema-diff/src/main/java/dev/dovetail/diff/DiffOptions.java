package dev.dovetail.diff;

import dev.dovetail.core.write.FlywayFormat;
import dev.dovetail.diff.introspect.SchemaFilter;
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
 * @param live the live database to compare with, or null to replay the migration directory instead
 * @param scratch which scratch databases to use
 * @param schemas which schemas to manage
 * @param clock the clock for timestamp versions
 * @param progress where to report progress
 * @param includePrivileges whether privileges ({@code GRANT}/{@code REVOKE}) are read, compared and migrated;
 *     off by default because roles differ between environments
 * @param lockTimeout how long a statement of a written migration may wait for a lock before it fails
 *     ({@code lock_timeout}, a PostgreSQL duration such as {@code 5s}; {@code 0} waits for ever)
 */
public record DiffOptions(
    Path schemaDirectory,
    Path migrationDirectory,
    LiveDatabase live,
    ScratchSettings scratch,
    SchemaFilter schemas,
    Clock clock,
    Progress progress,
    boolean includePrivileges,
    String lockTimeout) {

  public DiffOptions {
    Objects.requireNonNull(schemaDirectory, "schemaDirectory");
    Objects.requireNonNull(migrationDirectory, "migrationDirectory");
    scratch = scratch == null ? ScratchSettings.embedded() : scratch;
    schemas = schemas == null ? SchemaFilter.all() : schemas;
    clock = clock == null ? Clock.systemUTC() : clock;
    progress = progress == null ? Progress.silent() : progress;
    lockTimeout = lockTimeout == null ? FlywayFormat.DEFAULT_LOCK_TIMEOUT : lockTimeout;
  }

  /** @return options for the usual case: embedded scratch databases, no live database */
  public static DiffOptions of(Path schemaDirectory, Path migrationDirectory) {
    return new DiffOptions(schemaDirectory, migrationDirectory, null, null, null, null, null, false, null);
  }

  public DiffOptions withLive(LiveDatabase newLive) {
    return new DiffOptions(schemaDirectory, migrationDirectory, newLive, scratch, schemas, clock, progress, includePrivileges, lockTimeout);
  }

  public DiffOptions withProgress(Progress newProgress) {
    return new DiffOptions(schemaDirectory, migrationDirectory, live, scratch, schemas, clock, newProgress, includePrivileges, lockTimeout);
  }

  public DiffOptions withScratch(ScratchSettings newScratch) {
    return new DiffOptions(schemaDirectory, migrationDirectory, live, newScratch, schemas, clock, progress, includePrivileges, lockTimeout);
  }

  public DiffOptions withSchemas(SchemaFilter newSchemas) {
    return new DiffOptions(schemaDirectory, migrationDirectory, live, scratch, newSchemas, clock, progress, includePrivileges, lockTimeout);
  }

  public DiffOptions withLockTimeout(String newLockTimeout) {
    return new DiffOptions(schemaDirectory, migrationDirectory, live, scratch, schemas, clock, progress, includePrivileges, newLockTimeout);
  }

  public DiffOptions withPrivileges(boolean newIncludePrivileges) {
    return new DiffOptions(schemaDirectory, migrationDirectory, live, scratch, schemas, clock, progress, newIncludePrivileges, lockTimeout);
  }
}
