package dev.dovetail.diff;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.dir.MigrationDirectory;
import dev.dovetail.core.dir.DirectoryLock;
import dev.dovetail.core.dir.MigrationManifest;
import dev.dovetail.core.dir.MigrationScript;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.UnmanagedObject;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Phase;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.core.write.FlywayFormat;
import dev.dovetail.core.write.MigrationFile;
import dev.dovetail.diff.MigrationGenerator.Snapshot;
import dev.dovetail.diff.compare.SchemaDiffer;
import dev.dovetail.diff.introspect.CatalogReader;
import dev.dovetail.diff.prove.SchemaBuilder;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.scratch.ScratchDatabaseProvider;
import dev.dovetail.diff.source.FlywayHistory;
import dev.dovetail.diff.source.MigrationReplay;
import dev.dovetail.diff.source.SqlScript;
import dev.dovetail.diff.verify.Difference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The entry point of {@code migrations:init}: adopts an existing database, or an existing migration directory, by
 * writing its declared schema.
 *
 * <ul>
 *   <li>From a live database ({@code url}): reads its model in a read-only session, writes the declared schema files
 *       and a baseline pair ({@code V<version>__baseline.sql} creates everything as it is now, for fresh databases;
 *       its down drops it), recorded in the manifest. Flyway skips the baseline on the existing database with
 *       {@code baselineOnMigrate=true} and {@code baselineVersion=<version>}.
 *   <li>From the migration directory (no {@code url}): replays it on a scratch database and writes the declared schema
 *       of the state it produces. The migrations exist, so there is no baseline.
 * </ul>
 *
 * Before anything is written, everything is proved on scratch databases: the declared files, loaded in file-name order,
 * give exactly the adopted model; the baseline's up, on an empty database, gives it too; and its down gives back the
 * empty database. The files are rendered by the same renderer that writes migrations, from the model made canonical,
 * so the same database always gives the same bytes. Nothing is written into a non-empty schema directory, nor (with a
 * live database) into a migration directory that has migrations: adoption happens once, and overwriting a declared
 * schema or stacking a baseline on existing history would silently lose what is there.
 */
public final class SchemaAdopter {

  /** The name of the baseline pair: {@code V<version>__baseline.sql}. */
  public static final String BASELINE = "baseline";

  private final SchemaDiffer differ = new SchemaDiffer();

  /**
   * What init needs.
   *
   * @param source the schema and migration directories, the live database (or null to adopt the migration directory),
   *     scratch settings, schemas, privileges, lock timeout, clock and progress
   * @param layout one declared file per schema or per object
   * @param baselineVersion the baseline's version, or null for a timestamp of now ({@code yyyyMMddHHmmss}, as diff's
   *     versions): digits, optionally in parts separated by {@code .} or {@code _}
   */
  public record Options(DiffOptions source, SchemaLayout layout, String baselineVersion) {
    public Options {
      layout = layout == null ? SchemaLayout.SCHEMA : layout;
      baselineVersion = baselineVersion == null || baselineVersion.isBlank() ? null : baselineVersion.strip();
      if (baselineVersion != null && !baselineVersion.matches("\\d+(?:[._]\\d+)*")) {
        throw new MigrationException(
            ErrorCode.CONFIGURATION_INVALID,
            "baselineVersion '" + baselineVersion + "' is not a Flyway version; use digits, optionally in parts: 20261204120000, 1, 1.0");
      }
    }

    /** Options with a baseline version of now. */
    public Options(DiffOptions source, SchemaLayout layout) {
      this(source, layout, null);
    }
  }

  /**
   * What init wrote.
   *
   * @param schemaFiles the declared schema files, in load order
   * @param baselineFiles the baseline pair (up, down), empty when adopting a migration directory
   * @param baselineVersion the version of the baseline, for Flyway's {@code baselineVersion}, or null without one
   * @param unmanaged what the adopted database holds that Dovetail does not manage, so the files leave it out
   */
  public record Result(List<Path> schemaFiles, List<Path> baselineFiles, String baselineVersion, List<UnmanagedObject> unmanaged) {
    public Result {
      schemaFiles = List.copyOf(schemaFiles);
      baselineFiles = List.copyOf(baselineFiles);
      unmanaged = List.copyOf(unmanaged);
    }
  }

  /**
   * Reads, renders, proves and then writes everything at once.
   *
   * @throws MigrationException with {@link ErrorCode#FILE_EXISTS} when a directory is not empty, and as diff does for
   *     an unreachable database, a failing migration or a failed proof; nothing is written then
   */
  public Result adopt(Options init) {
    DiffOptions source = init.source();
    try (DirectoryLock lock = DirectoryLock.acquire("init", DirectoryLock.DEFAULT_WAIT, source.schemaDirectory(),
        source.migrations().root(), source.migrations().undoRoot())) {
      return adoptLocked(init);
    }
  }

  private Result adoptLocked(Options init) {
    DiffOptions options = init.source();
    Progress progress = options.progress();
    FlywayFormat format = new FlywayFormat(options.lockTimeout(), options.statementTimeout());
    MigrationDirectory directory = options.migrations();
    List<MigrationScript> existing = requireAdoptable(options, directory);

    ScratchDatabaseProvider scratch = MigrationGenerator.startScratch(options);
    Snapshot snapshot = options.live() == null ? replayed(options, scratch, existing) : live(options);
    warnUnmanaged(progress, snapshot.unmanaged());
    SchemaBuilder builder = new SchemaBuilder(options.includePrivileges());
    DatabaseSchema adopted = requireSomething(builder.canonical(scratch, options.schemas().apply(snapshot.schema())), options);
    DatabaseSchema[] empty = new DatabaseSchema[1];
    onScratch(scratch, c -> empty[0] = new CatalogReader(options.includePrivileges()).read(c));
    MigrationPlan creation = builder.creation(empty[0], adopted);
    List<MigrationFile> schemaFiles = render(scratch, creation, init.layout(), progress);

    CompletableFuture<Void> declaredProof = CompletableFuture.runAsync(() -> proveDeclared(scratch, adopted, schemaFiles, options));
    String version = null;
    List<MigrationFile> baselineFiles = List.of();
    if (options.live() != null) {
      version = init.baselineVersion() == null ? directory.nextVersions(1, options.clock()).get(0) : init.baselineVersion();
      baselineFiles = format.render(new MigrationPlan(List.of(baseline(creation, version))), List.of(version));
      proveBaseline(scratch, adopted, empty[0], baselineFiles, options);
    }
    MigrationGenerator.join(declaredProof);
    progress.info("Proof passed: the declared schema" + (version == null ? "" : " and the baseline's up") + " give exactly "
        + source(options) + (version == null ? "" : ", and the baseline's down gives back an empty database"));
    return write(options, directory, schemaFiles, baselineFiles, version, snapshot.unmanaged());
  }

  /**
   * @return the migrations to adopt when there is no url
   * @throws MigrationException when a directory init would write into is not empty, or there is nothing to adopt
   */
  private static List<MigrationScript> requireAdoptable(DiffOptions options, MigrationDirectory directory) {
    requireNoDeclaredSchema(options.schemaDirectory());
    List<MigrationScript> existing = directory.upMigrations();
    if (options.live() != null) {
      requireNoMigrations(directory);
    } else if (existing.isEmpty()) {
      throw new MigrationException(
          ErrorCode.CONFIGURATION_INVALID,
          "nothing to adopt: no url is set and " + options.migrationDirectory() + " has no migrations. Set url (-Dmigrations.url=…) to"
              + " adopt an existing database, or migrationDirectory to adopt existing Flyway migrations.");
    } else {
      MigrationManifest.requireIntact(directory, "init");
    }
    return existing;
  }

  /** @return {@code adopted}, unless it has nothing worth declaring (a wrong url or schema filter, most likely) */
  private static DatabaseSchema requireSomething(DatabaseSchema adopted, DiffOptions options) {
    if (adopted.tables().isEmpty() && adopted.views().isEmpty() && adopted.functions().isEmpty()
        && adopted.enums().isEmpty() && adopted.sequences().isEmpty()) {
      throw new MigrationException(
          ErrorCode.CONFIGURATION_INVALID,
          "nothing to adopt: " + source(options) + " has no table, view, function, enum type or sequence"
              + (options.schemas().include().isEmpty() && options.schemas().exclude().isEmpty() ? "" : " in the schemas managed")
              + "; check the url and includeSchemas");
    }
    return adopted;
  }

  /**
   * @return the declared schema files in the layout asked for; one file per schema falls back to the schemas' objects
   *     in turns when no order of one file per schema loads
   */
  private static List<MigrationFile> render(ScratchDatabaseProvider scratch, MigrationPlan creation, SchemaLayout layout, Progress progress) {
    List<MigrationFile> files = DeclaredSchemaFiles.of(creation, layout);
    progress.info("Rendered " + creation.migrations().size() + " object(s) into " + files.size() + " declared schema file(s) ("
        + layout + " layout); proving them on a scratch database");
    if (layout == SchemaLayout.SCHEMA && files.size() > 1 && !loads(scratch, files)) {
      files = DeclaredSchemaFiles.bySchemaInPlanOrder(creation);
      progress.info("One file per schema does not load in any order here (the schemas reference each other both ways):"
          + " writing " + files.size() + " files instead, each schema's objects in turns, numbered in load order");
    }
    return files;
  }

  /** Writes the declared schema, then the baseline pair and the manifest: all or nothing. */
  private static Result write(
      DiffOptions options, MigrationDirectory directory, List<MigrationFile> schemaFiles, List<MigrationFile> baselineFiles,
      String version, List<UnmanagedObject> unmanaged) {
    List<Path> declared = new MigrationDirectory(options.schemaDirectory()).writeAll(schemaFiles);
    List<Path> baseline = new ArrayList<>();
    try {
      if (!baselineFiles.isEmpty()) {
        baseline.addAll(directory.writeAll(baselineFiles));
        MigrationManifest.rehashLocked(directory);
      }
    } catch (RuntimeException e) {
      MigrationDirectory.deleteQuietly(declared); // all or nothing, across both directories and the manifest
      MigrationDirectory.deleteQuietly(baseline);
      throw e;
    }
    report(options.progress(), options, declared, baseline, version);
    return new Result(declared, baseline, version, unmanaged);
  }

  /** @return the live database's model, read in a read-only session, without Flyway's history table */
  private static Snapshot live(DiffOptions options) {
    options.progress().info("Reading " + options.live().redacted() + " (read-only session)");
    try (Connection connection = options.live().connectReadOnly()) {
      FlywayHistory.read(connection).ifPresent(history -> options.progress().warn(
          history.table() + " exists: Flyway already manages this database, with " + history.applied().size()
              + " migration(s) this directory does not have. Flyway's baselineOnMigrate only applies to a database without"
              + " a history table; see docs/adopting.md before deploying the baseline."));
      return MigrationGenerator.liveSnapshot(connection, options.includePrivileges());
    } catch (SQLException e) {
      throw new MigrationException(ErrorCode.DATABASE_UNREACHABLE, "closing live session: " + e.getMessage(), e);
    }
  }

  /** @return the state the migration directory (and any pending contract migrations) produce on a scratch database */
  private static Snapshot replayed(DiffOptions options, ScratchDatabaseProvider scratch, List<MigrationScript> existing) {
    List<MigrationScript> pending = new MigrationDirectory(options.contractDirectory()).upMigrations();
    options.progress().info("Replaying " + existing.size() + " migration(s) from " + options.migrationDirectory()
        + (pending.isEmpty() ? "" : " and " + pending.size() + " pending contract migration(s) from " + options.contractDirectory()));
    return MigrationGenerator.readOnScratch(scratch, options.includePrivileges(), c -> {
      MigrationReplay.apply(c, existing);
      MigrationReplay.apply(c, pending);
    });
  }

  /**
   * The baseline: every statement that creates the adopted schema, in one migration (one transaction unless a statement
   * cannot run in one); its down drops everything in reverse order, which loses every row, so its header says
   * {@code DATA_LOSS}.
   */
  private static Migration baseline(MigrationPlan creation, String version) {
    List<Statement> up = creation.migrations().stream().flatMap(m -> m.up().stream()).toList();
    List<Migration> reversed = new ArrayList<>(creation.migrations());
    Collections.reverse(reversed);
    List<Statement> down = reversed.stream().flatMap(m -> m.down().stream()).toList();
    boolean transactional = creation.migrations().stream().allMatch(Migration::transactional);
    return new Migration(
        BASELINE,
        "Baseline: creates the whole schema as it was when Dovetail adopted it (" + creation.migrations().size()
            + " object(s)). Fresh databases (dev, CI) run it; on the adopted database Flyway skips it with baselineOnMigrate=true"
            + " and baselineVersion=" + version + ".",
        Phase.EXPAND,
        creation.migrations().get(0).change(), // the baseline stands for every change of the creation; the first names it
        up,
        down,
        transactional);
  }

  /** @return whether the files execute, in file-name order, on an empty scratch database */
  private static boolean loads(ScratchDatabaseProvider scratch, List<MigrationFile> files) {
    try {
      onScratch(scratch, c -> files.forEach(f -> new SqlScript(f.fileName(), f.content()).execute(c, ErrorCode.PROOF_FAILED)));
      return true;
    } catch (MigrationException e) {
      if (e.code() != ErrorCode.PROOF_FAILED) {
        throw e;
      }
      return false;
    }
  }

  /**
   * Loads the declared files in file-name order on a scratch database and requires exactly the adopted model. The files
   * are rendered from the canonical model, which reads back unchanged once rendered and executed, so what they load is
   * compared as it reads back, with no further canonical round trip.
   */
  private void proveDeclared(ScratchDatabaseProvider scratch, DatabaseSchema adopted, List<MigrationFile> files, DiffOptions options) {
    DatabaseSchema[] loaded = new DatabaseSchema[1];
    onScratch(scratch, c -> {
      for (MigrationFile file : files) {
        new SqlScript(file.fileName(), file.content()).execute(c, ErrorCode.PROOF_FAILED);
      }
      loaded[0] = new CatalogReader(options.includePrivileges()).read(c);
    });
    requireSame("the declared schema files loaded in file-name order", adopted, loaded[0], options);
  }

  /** Runs the baseline's up on an empty scratch database (must give the adopted model), then its down (must empty it). */
  private void proveBaseline(
      ScratchDatabaseProvider scratch, DatabaseSchema adopted, DatabaseSchema empty, List<MigrationFile> files, DiffOptions options) {
    MigrationFile up = files.get(0);
    MigrationFile down = files.stream().filter(f -> f.fileName().startsWith("U") && f.fileName().endsWith(".sql")).findFirst().orElseThrow();
    boolean transactional = files.stream().noneMatch(f -> f.fileName().endsWith(".conf"));
    CatalogReader reader = new CatalogReader(options.includePrivileges());
    DatabaseSchema[] afterUp = new DatabaseSchema[1];
    DatabaseSchema[] afterDown = new DatabaseSchema[1];
    onScratch(scratch, c -> {
      MigrationReplay.run(c, new SqlScript(up.fileName(), up.content()), transactional, ErrorCode.PROOF_FAILED);
      afterUp[0] = reader.read(c);
      MigrationReplay.run(c, new SqlScript(down.fileName(), down.content()), transactional, ErrorCode.PROOF_FAILED);
      afterDown[0] = reader.read(c);
    });
    requireSame(up.fileName() + " on an empty database", adopted, afterUp[0], options);
    if (!afterDown[0].equals(empty)) {
      throw new MigrationException(
          ErrorCode.PROOF_FAILED,
          "proving the baseline: after " + up.fileName() + " and " + down.fileName() + " the database is not empty again:\n"
              + differences(afterDown[0], empty) + "\nNothing was written.");
    }
  }

  private void requireSame(String what, DatabaseSchema expected, DatabaseSchema actual, DiffOptions options) {
    if (!differ.diff(actual, expected).isEmpty()) {
      throw new MigrationException(
          ErrorCode.PROOF_FAILED,
          "proving the adoption: " + what + " do not give exactly " + source(options) + ":\n" + differences(actual, expected)
              + "\nNothing was written.");
    }
  }

  private String differences(DatabaseSchema actual, DatabaseSchema expected) {
    List<Difference> differences = Difference.of(differ.diff(actual, expected));
    return differences.isEmpty()
        ? "  (the models differ in a detail the diff does not yet cover)"
        : differences.stream().map(d -> "  " + d.object() + ": " + d.change()).collect(Collectors.joining("\n"));
  }

  private static void onScratch(ScratchDatabaseProvider scratch, Consumer<Connection> work) {
    try (ScratchDatabase database = scratch.create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      connection.setAutoCommit(true);
      work.accept(connection);
    } catch (SQLException e) {
      throw new MigrationException(ErrorCode.SCRATCH_FAILED, "using a scratch database: " + e.getMessage(), e);
    }
  }

  /** Refuses a schema directory that already holds {@code *.sql} files: they would be the declared schema already. */
  private static void requireNoDeclaredSchema(Path schemaDirectory) {
    if (!Files.isDirectory(schemaDirectory)) {
      return;
    }
    List<String> sql;
    try (Stream<Path> walk = Files.walk(schemaDirectory)) {
      sql = walk.filter(Files::isRegularFile)
          .map(p -> schemaDirectory.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".sql"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + schemaDirectory, e);
    }
    if (!sql.isEmpty()) {
      throw new MigrationException(
          ErrorCode.FILE_EXISTS,
          schemaDirectory + " already has " + sql.size() + " .sql file(s) (" + shortList(sql) + "), so init stops before writing"
              + " anything: it adopts a database once, into an empty schema directory. If those files are your declared schema,"
              + " run mvn migrations:diff instead; to adopt again, move them away first.");
    }
  }

  /** Refuses, when adopting a live database, a migration directory that already has migrations: a baseline goes first. */
  private static void requireNoMigrations(MigrationDirectory migrationDirectory) {
    List<String> files = MigrationManifest.of(migrationDirectory).entries().stream().map(MigrationManifest.Entry::file).toList();
    if (!files.isEmpty()) {
      throw new MigrationException(
          ErrorCode.FILE_EXISTS,
          migrationDirectory.root() + " already has " + files.size() + " migration file(s) (" + shortList(files) + "), so init stops before"
              + " writing anything: a baseline must be the first migration. To adopt those migrations, run mvn migrations:init"
              + " without url: it writes the declared schema the directory produces.");
    }
  }

  private static String shortList(List<String> names) {
    return names.size() <= 3 ? String.join(", ", names) : String.join(", ", names.subList(0, 3)) + ", …";
  }

  private static String source(DiffOptions options) {
    return options.live() == null ? "the migrations of " + options.migrationDirectory() : options.live().redacted();
  }

  private static void warnUnmanaged(Progress progress, List<UnmanagedObject> objects) {
    if (objects.isEmpty()) {
      return;
    }
    progress.warn("The adopted database has " + objects.size() + " object(s) Dovetail does not manage yet; the declared schema"
        + " and the baseline leave them out, so create them by other means on fresh databases:");
    objects.forEach(o -> progress.warn("  " + o));
  }

  /** Lists what was written and says how Flyway skips the baseline on the adopted database. */
  private static void report(Progress progress, DiffOptions options, List<Path> schemaFiles, List<Path> baseline, String version) {
    progress.info("Wrote " + schemaFiles.size() + " declared schema file(s) to " + options.schemaDirectory() + ":");
    schemaFiles.forEach(f -> progress.info("  " + f.getFileName()));
    if (version == null) {
      progress.info("The migrations exist, so no baseline was written. Review the declared schema, then run mvn migrations:rehash"
          + " (if the directory has no migrations.sum yet) and mvn migrations:verify.");
      return;
    }
    progress.info("Wrote the baseline pair and recorded it in " + MigrationManifest.FILE_NAME + ":");
    baseline.stream().filter(f -> f.getFileName().toString().endsWith(".sql")).forEach(f -> progress.info("  " + f));
    progress.info("On the existing database, Flyway must skip the baseline: deploy with baselineOnMigrate=true and baselineVersion="
        + version + " (flyway.baselineOnMigrate, flyway.baselineVersion), or run flyway baseline -baselineVersion=" + version
        + " once. Fresh databases (dev, CI) run it. See docs/adopting.md.");
  }
}
