package dev.dovetail.diff;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.dir.MigrationDirectory;
import dev.dovetail.core.dir.MigrationScript;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.UnmanagedObject;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.write.FlywayFormat;
import dev.dovetail.core.write.MigrationFile;
import dev.dovetail.diff.compare.SchemaDiffer;
import dev.dovetail.diff.introspect.CatalogReader;
import dev.dovetail.diff.introspect.SchemaFilter;
import dev.dovetail.diff.plan.Planner;
import dev.dovetail.diff.prove.Prover;
import dev.dovetail.diff.prove.SchemaBuilder;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.scratch.ScratchDatabaseProvider;
import dev.dovetail.diff.source.DeclaredSchema;
import dev.dovetail.diff.source.MigrationReplay;
import dev.dovetail.diff.source.SqlScript;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The single entry point of {@code migrations:diff} (DESIGN §4): load the declared schema on a scratch
 * database, read the current state (live, or the migration directory replayed), diff, plan, prove on a
 * scratch database, and only then write every file at once.
 */
public final class MigrationGenerator {

  private final SchemaDiffer differ = new SchemaDiffer();
  private final Planner planner = new Planner();

  /**
   * Runs the whole pipeline.
   *
   * @return what was found and written; nothing is written when the schema is up to date
   * @throws MigrationException on bad input (with a message naming file, line and column) or a failed proof
   */
  public DiffResult diff(DiffOptions options) {
    // Checked first: a misconfigured lockTimeout should fail before minutes of work, not after.
    FlywayFormat format = new FlywayFormat(options.lockTimeout());
    Progress progress = options.progress();
    MigrationDirectory directory = new MigrationDirectory(options.migrationDirectory());
    List<MigrationScript> existing = directory.upMigrations();
    DeclaredSchema declaredSource = new DeclaredSchema(options.schemaDirectory());
    List<Path> schemaFiles = declaredSource.files();

    long start = System.nanoTime();
    progress.info("Starting scratch PostgreSQL (" + options.scratch().kind() + ")");
    ScratchDatabaseProvider scratch = options.scratch().provider();
    progress.info("Scratch server ready: " + scratch.description() + " (" + millis(start) + " ms)");

    progress.info("Loading declared schema: " + schemaFiles.size() + " file(s) from " + options.schemaDirectory());
    CompletableFuture<Snapshot> declaredFuture =
        CompletableFuture.supplyAsync(() -> readOnScratch(scratch, options.includePrivileges(), c -> declaredSource.applyTo(c, schemaFiles)));
    Snapshot currentSnapshot;
    if (options.live() != null) {
      progress.info("Reading current state from " + options.live().redacted() + " (read-only session)");
      try (Connection connection = options.live().connectReadOnly()) {
        currentSnapshot = snapshot(connection, options.includePrivileges());
      } catch (SQLException e) {
        throw new MigrationException(ErrorCode.DATABASE_UNREACHABLE, "closing live session: " + e.getMessage(), e);
      }
    } else {
      progress.info("Replaying " + existing.size() + " migration(s) from " + options.migrationDirectory() + " as the current state");
      currentSnapshot = readOnScratch(scratch, options.includePrivileges(), c -> MigrationReplay.apply(c, existing));
    }
    SchemaBuilder builder = new SchemaBuilder(options.includePrivileges());
    SchemaFilter filter = options.schemas();
    CompletableFuture<DatabaseSchema> canonicalDeclared =
        declaredFuture.thenApplyAsync(declared -> builder.canonical(scratch, filter.apply(declared.schema())));
    DatabaseSchema current = builder.canonical(scratch, filter.apply(currentSnapshot.schema()));
    DatabaseSchema declared = join(canonicalDeclared);
    warnUnmanaged(progress, "declared schema", join(declaredFuture).unmanaged());
    warnUnmanaged(progress, "current state", currentSnapshot.unmanaged());
    Consumer<Connection> rebuildCurrent = c -> builder.build(c, current);

    progress.info(
        "Comparing: current has " + size(current) + ", declared has " + size(declared));
    List<SchemaChange> changes = differ.diff(current, declared, declaredSource.renameHints(schemaFiles));
    if (changes.isEmpty()) {
      progress.info("Schema is up to date: no migration written");
      return new DiffResult(current, declared, new MigrationPlan(List.of()), List.of());
    }
    MigrationPlan plan = planner.plan(changes);
    progress.info("Planned " + plan.migrations().size() + " migration(s); proving them on a scratch database");
    long proofStart = System.nanoTime();
    new Prover(scratch, options.includePrivileges()).prove(plan, current, declared, rebuildCurrent);
    progress.info("Proof passed: ups reach the declared schema, downs restore the current state (" + millis(proofStart) + " ms)");

    List<String> versions = directory.nextVersions(plan.migrations().size(), options.clock());
    List<MigrationFile> files = format.render(plan, versions);
    List<Path> written = directory.writeAll(files);
    progress.info("Wrote " + written.size() + " file(s) to " + options.migrationDirectory() + ":");
    for (int i = 0; i < plan.migrations().size(); i++) {
      Migration migration = plan.migrations().get(i);
      progress.info(
          "  " + written.get(2 * i).getFileName() + "  [" + migration.phase().label() + "] " + migration.description());
      migration.hazards().forEach(h -> progress.warn("    hazard " + h.type() + ": " + h.message()));
    }
    return new DiffResult(current, declared, plan, written);
  }

  /** The model of one database and what it holds that Dovetail does not manage. */
  private record Snapshot(DatabaseSchema schema, List<UnmanagedObject> unmanaged) {}

  private static Snapshot snapshot(Connection connection, boolean includePrivileges) {
    CatalogReader reader = new CatalogReader(includePrivileges);
    return new Snapshot(reader.read(connection), reader.unmanaged(connection));
  }

  /** Objects Dovetail does not manage are named, never dropped or ignored silently. */
  private static void warnUnmanaged(Progress progress, String where, List<UnmanagedObject> objects) {
    if (objects.isEmpty()) {
      return;
    }
    progress.warn(
        "The " + where + " has " + objects.size() + " object(s) Dovetail does not manage yet; they are neither compared nor migrated:");
    objects.forEach(o -> progress.warn("  " + o));
  }

  private static Snapshot readOnScratch(ScratchDatabaseProvider scratch, boolean includePrivileges, Consumer<Connection> build) {
    try (ScratchDatabase database = scratch.create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      connection.setAutoCommit(true);
      build.accept(connection);
      return snapshot(connection, includePrivileges);
    } catch (SQLException e) {
      throw new MigrationException(ErrorCode.SCRATCH_FAILED, "using a scratch database: " + e.getMessage(), e);
    }
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  private static long millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** @return how much a schema holds, for the log: tables and views */
  private static String size(DatabaseSchema schema) {
    return schema.tables().size() + " table(s) and " + schema.views().size() + " view(s)";
  }
}
