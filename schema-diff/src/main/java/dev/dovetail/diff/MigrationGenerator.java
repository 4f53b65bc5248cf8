package dev.dovetail.diff;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.dir.MigrationDirectory;
import dev.dovetail.core.dir.DirectoryLock;
import dev.dovetail.core.dir.MigrationManifest;
import dev.dovetail.core.dir.MigrationScript;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Ownerships;
import dev.dovetail.core.model.Privilege;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.model.UnmanagedObject;
import dev.dovetail.core.plan.Hazard;
import dev.dovetail.core.plan.HazardType;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Phase;
import dev.dovetail.core.report.ReviewReport;
import dev.dovetail.core.write.FlywayFormat;
import dev.dovetail.core.write.MigrationFile;
import dev.dovetail.diff.compare.SchemaDiffer;
import dev.dovetail.diff.introspect.CatalogReader;
import dev.dovetail.diff.introspect.SchemaFilter;
import dev.dovetail.diff.introspect.UnmanagedDependent;
import dev.dovetail.diff.plan.Planner;
import dev.dovetail.diff.prove.HintedDiff;
import dev.dovetail.diff.prove.Prover;
import dev.dovetail.diff.prove.SchemaBuilder;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.scratch.ScratchDatabaseProvider;
import dev.dovetail.diff.source.DeclaredSchema;
import dev.dovetail.diff.source.FlywayHistory;
import dev.dovetail.diff.source.FlywayLockSetting;
import dev.dovetail.diff.source.MigrationReplay;
import dev.dovetail.diff.source.PsqlInput;
import dev.dovetail.diff.source.SqlScript;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The single entry point of {@code migrations:diff}: load the declared schema on a scratch database, read the
 * current state (live, or the migration directory replayed), diff, plan, prove on a scratch database, and only then
 * write every file at once.
 */
public final class MigrationGenerator {

  private final SchemaDiffer differ = new SchemaDiffer();

  /**
   * Runs the whole pipeline.
   *
   * @return what was found and written; nothing is written when the schema is up to date
   * @throws MigrationException on bad input (with a message naming file, line and column) or a failed proof
   */
  public DiffResult diff(DiffOptions options) {
    // Checked first: a misconfigured timeout should fail before minutes of work, not after.
    FlywayFormat format = new FlywayFormat(options.lockTimeout(), options.statementTimeout());
    // One writer at a time, from reading the manifest to writing it (two runs would write the same change twice).
    try (DirectoryLock lock = DirectoryLock.acquire("diff", DirectoryLock.DEFAULT_WAIT, options.progress()::info, options.migrations().root(),
        options.migrations().undoRoot(), options.contractDirectory())) {
      return diff(options, format);
    }
  }

  private DiffResult diff(DiffOptions options, FlywayFormat format) {
    Progress progress = options.progress();
    MigrationDirectory directory = options.migrations();
    for (MigrationDirectory written : List.of(directory, new MigrationDirectory(options.contractDirectory()))) {
      for (Path leftover : written.removeLeftovers()) {
        progress.warn("Removed " + options.shown(leftover) + ", a temporary file that a run killed while writing left behind");
      }
    }
    MigrationManifest.requireIntact(directory, "diff", true);
    List<MigrationScript> existing = directory.upMigrations();
    MigrationDirectory contractDirectory = new MigrationDirectory(options.contractDirectory());
    List<MigrationScript> pending = contractDirectory.upMigrations();
    DeclaredSchema declaredSource = new DeclaredSchema(options.schemaDirectory());
    List<Path> schemaFiles = declaredSource.files();

    // The live session is opened first: a bad url or password fails before the scratch server starts.
    Connection liveConnection = null;
    if (options.live() != null) {
      progress.info("Connecting to " + options.live().redacted() + " (read-only session)");
      liveConnection = options.live().connectReadOnly();
    }
    // The scratch server starts while the live database is read (a second or more for the embedded one); the declared
    // schema is loaded on it, or looked up in its cache, as soon as it is ready.
    CompletableFuture<ScratchDatabaseProvider> scratchFuture = CompletableFuture.supplyAsync(() -> startScratch(options));
    CompletableFuture<Snapshot> declaredFuture =
        scratchFuture.thenCompose(started -> declared(progress, started, options, declaredSource, schemaFiles));
    SchemaBuilder builder = new SchemaBuilder(options.includePrivileges());
    SchemaFilter filter = options.schemas();
    ScratchDatabaseProvider scratch;
    CurrentState state;
    Snapshot declaredSnapshot;
    try {
      long readStart = System.nanoTime();
      state = currentState(options, scratchFuture, builder, liveConnection, existing, pending);
      progress.info("Current state read: " + size(state.snapshot().schema()) + " (" + millis(readStart) + " ms)");
      scratch = join(scratchFuture);
      declaredSnapshot = join(declaredFuture);
    } catch (RuntimeException | Error e) {
      // the declared schema's scratch database is dropped by its own thread: wait for it, so that the run does not end
      // (and Maven's JVM exit) while that database still exists
      settle(declaredFuture);
      throw e;
    }
    Snapshot currentSnapshot = state.snapshot();
    // An object declared without OWNER TO keeps the owner it has (docs/user-guide.md, "Owners").
    // The current state's scratch database stays open until the proof has started from it, or the run ends.
    Optional<CanonicalCache> canonicalCache = CanonicalCache.of(options.reportDirectory(), settings(options, scratch));
    // the declared model is a function of its files and settings: their key is its key
    String declaredKey = DeclaredSchemaCache.of(options.reportDirectory(), options.schemaDirectory(), schemaFiles,
        settings(options, scratch)).map(DeclaredSchemaCache::key).orElse(null);
    try (Canonical canonical = canonical(progress, scratch, builder, canonicalCache, declaredKey,
        filter.apply(currentSnapshot.schema()), filter.apply(declaredSnapshot.schema()))) {
      DatabaseSchema current = canonical.current();
      DatabaseSchema declared = Ownerships.inheritUnstated(canonical.declared(), current);
      warnSkippedData(progress, declaredSnapshot);
      warnUnmanaged(progress, "declared schema", declaredSnapshot.unmanaged());
      warnUnmanaged(progress, "current state", currentSnapshot.unmanaged());
      if (state.beforePending() != null) {
        warnReAdded(progress, filter.apply(state.beforePending()), current, declared, options.contractDirectory());
      }
      Consumer<Connection> rebuildCurrent = c -> builder.build(c, current);

      progress.info(
          "Comparing: current has " + size(current) + ", declared has " + size(declared));
      HintedDiff.Result diff =
          new HintedDiff(options.includePrivileges()).diff(
              scratch, current, declared, declaredSource.renameHints(schemaFiles), declaredSource.conversionHints(schemaFiles));
      List<SchemaChange> changes = diff.changes();
      if (changes.isEmpty()) {
        progress.info("Schema is up to date: no migration written");
        writeReport(options, List.of());
        return new DiffResult(current, declared, new MigrationPlan(List.of()), List.of());
      }
      if (schemaFiles.isEmpty()) {
        // An empty directory is far more often a wrong schemaDirectory than a wish to drop everything.
        throw new MigrationException(
            ErrorCode.CONFIGURATION_INVALID,
            "the schema directory " + options.schemaDirectory() + " has no .sql file, but the current state has " + size(current)
                + " (and " + changes.size() + " difference(s) in all): diff would drop all of it. Declare the schema there"
                + " (mvn migrations:init writes it from a live database) or set schemaDirectory; to drop everything, declare"
                + " an empty schema with an empty .sql file");
      }
      UnmanagedDependent.refuseBlockedDrops(changes, currentSnapshot.unmanagedDependents());
      MigrationPlan plan = new Planner(options.plan()).plan(changes, diff.renamed());
      if (options.failIfChanges()) {
        throw new MigrationException(
            ErrorCode.CHANGES_PENDING,
            "failIfChanges: the declared schema in " + options.schemaDirectory() + " differs from the current state; diff would write "
                + plan.migrations().size() + " migration(s):\n"
                + plan.migrations().stream().map(m -> "  " + m.name() + ": " + m.description()).collect(java.util.stream.Collectors.joining("\n"))
                + "\nRun mvn migrations:diff and commit the files it writes.");
      }
      progress.info("Planned " + plan.migrations().size() + " migration(s); proving them on a scratch database");
      long proofStart = System.nanoTime();
      new Prover(scratch, options.includePrivileges(), progress::info).prove(plan, current, declared, rebuildCurrent, canonical.built());
      progress.info("Proof passed: ups reach the declared schema, each down undoes its up (" + millis(proofStart) + " ms)");

      List<Path> written = write(options, plan, pending, format);
      return new DiffResult(current, declared, plan, written);
    }
  }

  /**
   * The declared schema as its files load on a scratch database, or, when nothing it depends on has changed since the
   * last run, as that run read it ({@link DeclaredSchemaCache}).
   */
  private static CompletableFuture<Snapshot> declared(
      Progress progress, ScratchDatabaseProvider scratch, DiffOptions options, DeclaredSchema source, List<Path> files) {
    Optional<DeclaredSchemaCache> cache = DeclaredSchemaCache.of(options.reportDirectory(), options.schemaDirectory(), files,
        settings(options, scratch));
    // Looked up beside the reading of the current state, like the load it saves: at thousands of tables the kept model
    // takes seconds to read back too.
    return CompletableFuture.supplyAsync(() -> cache.flatMap(DeclaredSchemaCache::read)).thenCompose(kept -> {
      if (kept.isPresent()) {
        progress.info("Declared schema unchanged since the last run (" + files.size() + " file(s)): its model is reused from "
            + options.reportDirectory().resolve(DeclaredSchemaCache.FILE_NAME));
        return CompletableFuture.completedFuture(kept.get());
      }
      progress.info("Loading declared schema: " + files.size() + " file(s) from " + options.schemaDirectory());
      long start = System.nanoTime();
      return loadDeclared(scratch, options, source, files).whenComplete((declared, failure) -> {
        if (declared != null) {
          progress.info("Declared schema loaded: " + size(declared.schema()) + " (" + millis(start) + " ms)");
          cache.ifPresent(c -> c.write(declared));
        }
      });
    });
  }

  /** One side's canonical form, and whether it was kept from the last run ({@link CanonicalCache}) or rebuilt. */
  private record Side(DatabaseSchema canonical, boolean kept) {}

  /** @return what decides a model read on the scratch server besides its input: the server, the options */
  private static List<String> settings(DiffOptions options, ScratchDatabaseProvider scratch) {
    return List.of(scratch.description(), "kind=" + options.scratch().kind(), "sandbox=" + options.scratch().sandbox(),
        "privileges=" + options.includePrivileges(), "schemas=" + options.schemas());
  }

  /**
   * Both sides in their canonical form: as they read back once built from their models on a scratch database.
   *
   * @param built the scratch database the current state was rebuilt on, still open for the proof to start from, or
   *     null when neither side was rebuilt
   */
  private record Canonical(DatabaseSchema current, DatabaseSchema declared, ScratchDatabase built) implements AutoCloseable {
    @Override
    public void close() {
      if (built != null) {
        built.close(); // a second close, after the proof's, does nothing
      }
    }
  }

  /**
   * Rebuilds both sides from their models, in parallel, so that text PostgreSQL would write differently compares equal.
   * Equal models rebuild to equal forms (a rebuild is a function of the model), so when the declared schema reads
   * exactly as the current state does, the usual case of a run with nothing to do, neither is rebuilt: at thousands of
   * tables the rebuilds are most of such a run. A side that reads as it did in the last run takes the form that run
   * kept ({@link CanonicalCache}): the two sides of a live server of another major version than the scratch server's
   * never read alike.
   */
  private static Canonical canonical(Progress progress, ScratchDatabaseProvider scratch, SchemaBuilder builder,
      Optional<CanonicalCache> cache, String declaredKey, DatabaseSchema current, DatabaseSchema declared) {
    if (current.equals(declared)) {
      progress.info("The declared schema reads exactly as the current state: no rebuild needed");
      return new Canonical(current, declared, null);
    }
    long start = System.nanoTime();
    CompletableFuture<Side> declaredRebuilt = CompletableFuture.supplyAsync(() -> {
      String key = declaredKey == null ? null : "declared files " + declaredKey;
      Optional<DatabaseSchema> kept = cache.flatMap(c -> c.read("declared", key));
      if (kept.isPresent()) {
        return new Side(kept.get(), true);
      }
      DatabaseSchema rebuilt = builder.canonical(scratch, declared);
      cache.ifPresent(c -> c.write("declared", key, rebuilt));
      return new Side(rebuilt, false);
    });
    Optional<DatabaseSchema> currentKept;
    SchemaBuilder.Built currentRebuilt = null;
    try {
      String key = cache.map(c -> c.key(current)).orElse(null);
      currentKept = cache.flatMap(c -> c.read("current", key));
      if (currentKept.isEmpty()) {
        currentRebuilt = builder.built(scratch, current);
        DatabaseSchema rebuilt = currentRebuilt.schema();
        cache.ifPresent(c -> c.write("current", key, rebuilt));
      }
    } catch (RuntimeException | Error e) {
      if (currentRebuilt != null) {
        currentRebuilt.close();
      }
      settle(declaredRebuilt);
      throw e;
    }
    DatabaseSchema declaredCanonical;
    boolean declaredKept;
    try {
      Side side = join(declaredRebuilt);
      declaredKept = side.kept();
      declaredCanonical = side.canonical();
    } catch (RuntimeException | Error e) {
      if (currentRebuilt != null) {
        currentRebuilt.close();
      }
      throw e;
    }
    if (currentKept.isEmpty() && !declaredKept) {
      progress.info("Rebuilt both sides from their models on scratch databases (" + millis(start) + " ms)");
    } else {
      progress.info("Canonical forms ready: the current state's " + (currentKept.isPresent() ? "kept from the last run" : "rebuilt")
          + ", the declared schema's " + (declaredKept ? "kept from the last run" : "rebuilt") + " (" + millis(start) + " ms; "
          + cache.map(c -> c.file("current").getParent().toString()).orElse("") + ")");
    }
    return currentKept.isPresent()
        ? new Canonical(currentKept.get(), declaredCanonical, null)
        : new Canonical(currentRebuilt.schema(), declaredCanonical, currentRebuilt.database());
  }

  /**
   * @param snapshot the current state: the live database, or the migrations replayed, with the pending contract
   *     migrations counted as applied
   * @param beforePending the state the pending contract migrations start from, or null when none wait
   */
  private record CurrentState(Snapshot snapshot, DatabaseSchema beforePending) {}

  /** @return the current state: read from the live database, or the migration directory replayed on a scratch database */
  private CurrentState currentState(
      DiffOptions options, CompletableFuture<ScratchDatabaseProvider> scratchFuture, SchemaBuilder builder, Connection liveConnection,
      List<MigrationScript> existing, List<MigrationScript> pending) {
    Progress progress = options.progress();
    if (options.live() != null) {
      progress.info("Reading current state from " + options.live().redacted());
      Snapshot currentSnapshot;
      try {
        currentSnapshot = liveSnapshot(liveConnection, options.includePrivileges(), true);
      } finally {
        closeLive(liveConnection);
      }
      if (pending.isEmpty()) {
        return new CurrentState(currentSnapshot, null);
      }
      // Waiting contract migrations count as applied: run them on a scratch copy of the live state.
      progress.info("Counting " + pending.size() + " pending contract migration(s) in " + options.contractDirectory() + " as applied");
      ScratchDatabaseProvider scratch = join(scratchFuture);
      DatabaseSchema live = builder.canonical(scratch, options.schemas().apply(currentSnapshot.schema()));
      Snapshot afterPending = readOnScratch(scratch, options.includePrivileges(), c -> {
        builder.build(c, live);
        MigrationReplay.apply(c, pending);
      });
      return new CurrentState(currentSnapshot.withSchema(afterPending.schema()), live);
    }
    progress.info("Replaying " + existing.size() + " migration(s) from " + options.migrationDirectory()
        + (pending.isEmpty() ? "" : " and " + pending.size() + " pending contract migration(s) from " + options.contractDirectory())
        + " as the current state");
    List<DatabaseSchema> beforePending = new ArrayList<>(1);
    Snapshot replayed = readOnScratch(join(scratchFuture), options.includePrivileges(), true, c -> {
      MigrationReplay.apply(c, existing);
      if (!pending.isEmpty()) {
        beforePending.add(new CatalogReader(options.includePrivileges()).read(c));
        MigrationReplay.apply(c, pending);
      }
    });
    return new CurrentState(replayed, beforePending.isEmpty() ? null : beforePending.get(0));
  }

  /**
   * Writes the proved plan: expand and data files into the migration directory, contract files into the contract
   * directory, all or nothing, then the manifest and the review report.
   *
   * @return the files written
   */
  private List<Path> write(DiffOptions options, MigrationPlan plan, List<MigrationScript> pending, FlywayFormat format) {
    Progress progress = options.progress();
    MigrationDirectory directory = options.migrations();
    MigrationDirectory contractDirectory = new MigrationDirectory(options.contractDirectory());
    List<String> versions = directory.nextVersions(plan.migrations().size(), options.clock(), pending);
    List<MigrationFile> expandFiles = new ArrayList<>();
    List<MigrationFile> contractFiles = new ArrayList<>();
    List<ReviewReport.Item> reviewed = new ArrayList<>();
    for (int i = 0; i < plan.migrations().size(); i++) {
      Migration migration = plan.migrations().get(i);
      List<MigrationFile> files = format.render(new MigrationPlan(List.of(migration)), List.of(versions.get(i)));
      boolean deferred = deferred(migration, options);
      (deferred ? contractFiles : expandFiles).addAll(files);
      reviewed.add(new ReviewReport.Item(
          migration, options.shown(deferred ? options.contractDirectory() : options.migrationDirectory()),
          file(files, FlywayFormat.upFileName(versions.get(i), migration.name())),
          file(files, MigrationDirectory.downName(FlywayFormat.upFileName(versions.get(i), migration.name()))), deferred));
    }
    List<Path> written = new ArrayList<>(directory.writeAll(expandFiles));
    try {
      if (!contractFiles.isEmpty()) {
        written.addAll(contractDirectory.writeAll(contractFiles));
      }
      if (!expandFiles.isEmpty()) {
        MigrationManifest.rehashLocked(directory);
      }
    } catch (RuntimeException e) {
      MigrationDirectory.deleteQuietly(written); // all or nothing, across both directories and the manifest
      throw e;
    }
    report(progress, plan, versions, options);
    warnFlywayLock(options, Stream.concat(expandFiles.stream(), contractFiles.stream())
        .filter(f -> f.fileName().startsWith("V") && f.fileName().endsWith(".sql"))
        .filter(f -> FlywayLockSetting.waitsForOlderTransactions(f.content()))
        .map(MigrationFile::fileName)
        .toList());
    writeReport(options, reviewed);
    return written;
  }

  /**
   * Warns when files that build an index concurrently are meant for a project whose Flyway configuration does not
   * turn off Flyway's transactional lock, which such a file needs to deploy; says where the setting was found when it
   * was. The project is the base directory.
   */
  static void warnFlywayLock(DiffOptions options, List<String> files) {
    if (files.isEmpty()) {
      return;
    }
    FlywayLockSetting setting = FlywayLockSetting.of(options.baseDirectory());
    if (setting.disabled()) {
      options.progress().info("Flyway's transactional lock is off (" + setting.disabledIn().get() + "), as concurrent index builds need");
    } else {
      options.progress().warn(setting.warning(files));
    }
  }

  /** Writes the review report of the run, an empty one included, so that an earlier report never lingers. */
  private static void writeReport(DiffOptions options, List<ReviewReport.Item> items) {
    if (options.reportDirectory() != null) {
      List<Path> report = new ReviewReport(items).write(options.reportDirectory());
      options.progress().info("Review report: " + report.get(0) + " and " + report.get(1).getFileName());
    }
  }

  private static MigrationFile file(List<MigrationFile> files, String name) {
    return files.stream().filter(f -> f.fileName().equals(name)).findFirst().orElse(null);
  }

  /** @return whether the migration waits in the contract directory rather than going to the migration directory */
  private static boolean deferred(Migration migration, DiffOptions options) {
    return options.plan().zeroDowntime() && migration.phase() == Phase.CONTRACT;
  }

  /** Lists what was written, where, with each file's phase and hazards, and sums the hazards of the run up. */
  private static void report(Progress progress, MigrationPlan plan, List<String> versions, DiffOptions options) {
    long contract = plan.migrations().stream().filter(m -> deferred(m, options)).count();
    progress.info("Wrote " + (plan.migrations().size() - contract) + " migration(s) to " + options.migrationDirectory()
        + (contract == 0 ? "" : " and " + contract + " contract migration(s) to " + options.contractDirectory()) + ":");
    for (int i = 0; i < plan.migrations().size(); i++) {
      Migration migration = plan.migrations().get(i);
      progress.info(
          "  " + (deferred(migration, options) ? "contract/" : "") + FlywayFormat.upFileName(versions.get(i), migration.name())
              + "  [" + migration.phase().label() + (migration.transactional() ? "" : ", no transaction") + "] " + migration.description());
      for (Hazard hazard : migration.hazards()) {
        progress.warn("    hazard " + hazard.type() + ": " + hazard.message());
      }
    }
    Map<HazardType, Integer> hazards = plan.hazardCounts();
    if (!hazards.isEmpty()) {
      progress.warn("Hazards of this run: " + hazards.entrySet().stream()
          .map(e -> e.getValue() + " " + e.getKey()).collect(java.util.stream.Collectors.joining(", ")) + "; review them before deploying");
    }
    if (contract > 0) {
      progress.info("Contract migrations wait in " + options.contractDirectory()
          + "; run mvn migrations:promote once every running instance is on the new version");
    }
  }

  /**
   * A table or column that a pending contract migration drops and the declared schema has again would be added
   * back by this run and dropped by the promotion later: the person should delete the pending pair instead.
   */
  private static void warnReAdded(Progress progress, DatabaseSchema before, DatabaseSchema current, DatabaseSchema declared, Path contracts) {
    List<String> readded = new ArrayList<>();
    for (Table table : before.tables()) {
      Optional<Table> now = current.table(table.name());
      Optional<Table> wanted = declared.table(table.name());
      if (wanted.isEmpty()) {
        continue;
      }
      if (now.isEmpty()) {
        readded.add("table " + table.name());
        continue;
      }
      table.columns().stream()
          .filter(c -> now.get().column(c.name()).isEmpty() && wanted.get().column(c.name()).isPresent())
          .forEach(c -> readded.add("column " + c.name() + " of " + table.name()));
    }
    for (String object : readded) {
      progress.warn("The declared schema has " + object + " again, which a pending contract migration in " + contracts
          + " drops: this run adds it back, and promoting that migration would drop it. Delete the pending contract pair"
          + " (its V and U files) instead of promoting it, then run diff again.");
    }
  }

  private static void closeLive(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      throw new MigrationException(ErrorCode.DATABASE_UNREACHABLE, "closing live session: " + e.getMessage(), e);
    }
  }

  /** @return the scratch server of the run, started (or reached), with its start logged */
  static ScratchDatabaseProvider startScratch(DiffOptions options) {
    long start = System.nanoTime();
    options.progress().info("Starting scratch PostgreSQL (" + options.scratch().kind() + ")");
    ScratchDatabaseProvider scratch = options.scratch().provider();
    if (options.live() != null && "url".equals(options.scratch().kind()) && !options.scratch().onLiveServer()) {
      try (Connection live = options.live().connectReadOnly()) {
        options.scratch().requireApart(scratch, live);
      } catch (SQLException e) {
        throw new MigrationException(ErrorCode.DATABASE_UNREACHABLE, "closing live session: " + e.getMessage(), e);
      }
    }
    options.progress().info("Scratch server ready: " + scratch.description() + " (" + millis(start) + " ms)");
    return scratch;
  }

  /** @return the declared schema, loaded on a scratch database of its own while the caller reads the current state */
  static CompletableFuture<Snapshot> loadDeclared(
      ScratchDatabaseProvider scratch, DiffOptions options, DeclaredSchema source, List<Path> files) {
    return CompletableFuture.supplyAsync(() -> {
      List<PsqlInput.CopyBlock> skipped = new ArrayList<>();
      List<Privilege> ignored = new ArrayList<>();
      Snapshot snapshot = readOnScratch(scratch, options.includePrivileges(), c -> {
        // what a new database grants already (on schema public, say) is not the declared schema's doing
        List<Privilege> initial = options.includePrivileges() ? List.of() : new CatalogReader().privileges(c);
        skipped.addAll(source.applyTo(c, files));
        if (!options.includePrivileges()) {
          ignored.addAll(new CatalogReader().privileges(c));
          ignored.removeAll(initial);
        }
      });
      List<Privilege> inScope = options.schemas().apply(DatabaseSchema.builder().privileges(ignored).build()).privileges();
      return new Snapshot(snapshot.schema(), snapshot.unmanaged(), skipped, inScope);
    });
  }

  /**
   * The warnings of a run about what the declared schema's files hold and Dovetail leaves out: the COPY data that was
   * skipped, and the privileges they grant or revoke while privileges are off.
   */
  static void warnSkippedData(Progress progress, Snapshot declared) {
    DeclaredSchema.skippedDataWarning(declared.skippedData()).ifPresent(progress::warn);
    DeclaredSchema.ignoredPrivilegesWarning(declared.ignoredPrivileges()).ifPresent(progress::warn);
  }

  /**
   * The model of one database and what it holds that Dovetail does not manage.
   *
   * @param skippedData for the declared schema, the COPY blocks of its files whose data was not loaded
   * @param ignoredPrivileges for the declared schema with privileges off, what its files grant or revoke
   */
  record Snapshot(
      DatabaseSchema schema, List<UnmanagedObject> unmanaged, List<PsqlInput.CopyBlock> skippedData, List<Privilege> ignoredPrivileges,
      List<UnmanagedDependent> unmanagedDependents) implements java.io.Serializable {
    Snapshot {
      skippedData = List.copyOf(skippedData);
      ignoredPrivileges = List.copyOf(ignoredPrivileges);
      unmanagedDependents = List.copyOf(unmanagedDependents);
    }

    Snapshot(DatabaseSchema schema, List<UnmanagedObject> unmanaged, List<PsqlInput.CopyBlock> skippedData, List<Privilege> ignoredPrivileges) {
      this(schema, unmanaged, skippedData, ignoredPrivileges, List.of());
    }

    Snapshot(DatabaseSchema schema, List<UnmanagedObject> unmanaged) {
      this(schema, unmanaged, List.of(), List.of());
    }

    /** @return this snapshot with another model, what it holds unmanaged unchanged */
    Snapshot withSchema(DatabaseSchema value) {
      return new Snapshot(value, unmanaged, skippedData, ignoredPrivileges, unmanagedDependents);
    }
  }

  static Snapshot snapshot(Connection connection, boolean includePrivileges) {
    return snapshot(connection, includePrivileges, false);
  }

  /**
   * @param current whether this is the current state, whose unmanaged objects' dependencies a plan's drops are checked
   *     against ({@link UnmanagedDependent}); the declared schema's are not needed
   */
  static Snapshot snapshot(Connection connection, boolean includePrivileges, boolean current) {
    CatalogReader reader = new CatalogReader(includePrivileges);
    return new Snapshot(reader.read(connection), reader.unmanaged(connection), List.of(), List.of(),
        current ? reader.unmanagedDependents(connection) : List.of());
  }

  /** @return the live database's model, without Flyway's history table (Flyway's, not the application's) */
  static Snapshot liveSnapshot(Connection connection, boolean includePrivileges) {
    return liveSnapshot(connection, includePrivileges, false);
  }

  /** @param current as for {@link #snapshot(Connection, boolean, boolean)} */
  static Snapshot liveSnapshot(Connection connection, boolean includePrivileges, boolean current) {
    Snapshot snapshot = snapshot(connection, includePrivileges, current);
    return snapshot.withSchema(FlywayHistory.withoutHistoryTable(snapshot.schema()));
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

  static Snapshot readOnScratch(ScratchDatabaseProvider scratch, boolean includePrivileges, Consumer<Connection> build) {
    return readOnScratch(scratch, includePrivileges, false, build);
  }

  /** @param current as for {@link #snapshot(Connection, boolean, boolean)} */
  static Snapshot readOnScratch(
      ScratchDatabaseProvider scratch, boolean includePrivileges, boolean current, Consumer<Connection> build) {
    try (ScratchDatabase database = scratch.create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      connection.setAutoCommit(true);
      build.accept(connection);
      return snapshot(connection, includePrivileges, current);
    } catch (SQLException e) {
      throw new MigrationException(ErrorCode.SCRATCH_FAILED, "using a scratch database: " + e.getMessage(), e);
    }
  }

  /** Waits for the future to end, however it ends. */
  static void settle(CompletableFuture<?> future) {
    try {
      future.handle((value, failure) -> null).join();
    } catch (RuntimeException ignored) {
      // it ended: that is all this waits for
    }
  }

  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  static long millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** @return how much a schema holds, for the log: tables and views */
  private static String size(DatabaseSchema schema) {
    return schema.tables().size() + " table(s) and " + schema.views().size() + " view(s)";
  }
}
