package dev.dovetail.it.online;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Phase;
import dev.dovetail.core.write.FlywayFormat;
import dev.dovetail.core.write.MigrationFile;
import dev.dovetail.diff.introspect.CatalogReader;
import dev.dovetail.diff.plan.Planner;
import dev.dovetail.diff.prove.HintedDiff;
import dev.dovetail.diff.prove.Prover;
import dev.dovetail.diff.source.RenameHints;
import dev.dovetail.diff.prove.SchemaBuilder;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.source.MigrationReplay;
import dev.dovetail.diff.source.SqlScript;
import dev.dovetail.it.online.ProofReport.FileRun;
import dev.dovetail.it.online.Traffic.ThreadReport;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs the migrations of one change on a copy of a filled {@link TemplateDatabase} while an application works on it,
 * as a deployment would: the change is planned by the real {@link Planner}, written by {@link FlywayFormat}, and each
 * up file runs as Flyway runs it ({@link MigrationReplay}, outside a transaction when its {@code .conf} says so).
 *
 * <p>The old application works during expand and data files. Contract files wait, by design, until the old
 * application is gone, so the new one works during them. Before the first file, at the switch and after the last file,
 * each thread runs {@link #SETTLE_STATEMENTS} statements: an application does not stop when a migration ends, and
 * whatever it writes then (rows a backfill did not see) is what the next files must cope with.
 *
 * <p>The report tells how long each thread's statements waited, which failed, whether every row the table held and
 * every row the writers inserted is still there, whether every file ran, and whether the schema reached the declared
 * one by the model ({@link CatalogReader}).
 */
public final class OnlineProof {

  /** How many statements each thread runs before the first file, and before each application version stops. */
  public static final int SETTLE_STATEMENTS = 20;

  private final TemplateDatabase template;
  private final EmbeddedScratchProvider scratch;
  private final SchemaBuilder builder = new SchemaBuilder();
  private final CatalogReader reader = new CatalogReader();

  public OnlineProof(EmbeddedScratchProvider scratch, TemplateDatabase template) {
    this.scratch = scratch;
    this.template = template;
  }

  /** Plans the scenario's change from the template's schema and runs its files under the application's traffic. */
  public ProofReport run(Scenario scenario) throws SQLException {
    DatabaseSchema after = builder.canonical(scratch, modelOf(new SqlScript("after.sql", scenario.after())));
    List<UpFile> ups = upFiles(plan(scenario, after), scenario);
    Traffic.Rows rows = new Traffic.Rows(template.rows(scenario.oldApplication().table()));
    try (ScratchDatabase database = template.copy();
        Connection migrator = database.connect(SqlScript.driverOptions())) {
      migrator.setAutoCommit(true);
      Deployment deployment = new Deployment(database, scenario, rows);
      String failure = deployment.run(migrator, ups);
      List<FileRun> runs = deployment.runs;
      Duration elapsed = Duration.ofNanos(runs.get(runs.size() - 1).endNanos() - runs.get(0).startNanos());
      DatabaseSchema migrated = reader.read(migrator);
      String differences = migrated.equals(after) ? "" : new Prover(scratch).differences(migrated, after);
      // Rows are counted where the new application finds them: a renamed table is under its new name.
      long lost = rowsLost(database, scenario.newApplication().table(), rows);
      return new ProofReport(scenario.name(), rows.initial(), runs, deployment.traffic, failure, lost, differences, elapsed);
    }
  }

  private MigrationPlan plan(Scenario scenario, DatabaseSchema after) {
    DatabaseSchema before = template.model();
    SqlScript declared = new SqlScript("after.sql", scenario.after());
    HintedDiff.Result diff = new HintedDiff(false).diff(scratch, before, after, RenameHints.in(declared));
    MigrationPlan plan = new Planner(scenario.options()).plan(diff.changes(), diff.renamed());
    if (plan.isEmpty()) {
      throw new IllegalArgumentException(scenario.name() + ": the declared schema equals the template's, nothing to prove");
    }
    return plan;
  }

  /** The up files running one by one while the application version of their phase works. */
  private static final class Deployment {
    private final ScratchDatabase database;
    private final Scenario scenario;
    private final Traffic.Rows rows;
    private final List<FileRun> runs = new ArrayList<>();
    private final List<ThreadReport> traffic = new ArrayList<>();
    private Application application;
    private Traffic current;

    Deployment(ScratchDatabase database, Scenario scenario, Traffic.Rows rows) {
      this.database = database;
      this.scenario = scenario;
      this.rows = rows;
    }

    /** @return the error that stopped a file, or null when every file ran */
    String run(Connection migrator, List<UpFile> ups) {
      deploy(scenario.oldApplication());
      try {
        for (UpFile up : ups) {
          if (up.phase() == Phase.CONTRACT && !application.equals(scenario.newApplication())) {
            retire();
            deploy(scenario.newApplication());
          }
          String failure = run(migrator, up);
          if (failure != null) {
            return failure;
          }
        }
        return null;
      } finally {
        retire();
      }
    }

    private String run(Connection migrator, UpFile up) {
      Report report = scenario.report() == null ? null : Report.start(database, scenario.report());
      long start = System.nanoTime();
      try {
        MigrationReplay.run(migrator, new SqlScript(up.fileName(), up.content()), up.transactional(), ErrorCode.PROOF_FAILED);
        return null;
      } catch (MigrationException e) {
        return e.getMessage();
      } finally {
        runs.add(new FileRun(up.fileName(), up.phase(), application.name(), start, System.nanoTime()));
        if (report != null) {
          report.finish();
        }
      }
    }

    private void deploy(Application version) {
      application = version;
      current = Traffic.start(database, version, rows);
      current.awaitStatements(SETTLE_STATEMENTS);
    }

    private void retire() {
      if (current != null) {
        Traffic retiring = current;
        current = null;
        try {
          retiring.awaitStatements(SETTLE_STATEMENTS);
        } finally {
          traffic.addAll(retiring.stop());
        }
      }
    }
  }

  /** A long query in a session of its own, holding its locks until it ends. */
  private static final class Report {
    private final Thread thread;
    private volatile SQLException failure;

    private Report(Thread thread) {
      this.thread = thread;
    }

    /** Starts the query and returns once it holds a lock on a table, so that the file starts behind it. */
    static Report start(ScratchDatabase database, String query) {
      try {
        Connection connection = database.connect();
        long pid;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
          rs.next();
          pid = rs.getLong(1);
        }
        Report[] report = new Report[1];
        Thread thread = new Thread(() -> {
          try (connection; Statement statement = connection.createStatement()) {
            statement.execute(query);
          } catch (SQLException e) {
            report[0].failure = e;
          }
        }, "report");
        report[0] = new Report(thread);
        thread.start();
        try (Connection watcher = database.connect();
            PreparedStatement locks = watcher.prepareStatement(
                "SELECT count(*) FROM pg_locks WHERE pid = ? AND granted AND locktype = 'relation' AND mode = 'AccessShareLock'")) {
          locks.setLong(1, pid);
          long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
          while (count(locks) == 0) {
            if (System.nanoTime() > deadline || !thread.isAlive()) {
              throw new IllegalStateException("the report query never took its locks: " + query);
            }
            Thread.onSpinWait();
          }
        }
        return report[0];
      } catch (SQLException e) {
        throw new IllegalStateException("starting the report query", e);
      }
    }

    void finish() {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (failure != null) {
        throw new IllegalStateException("the report query failed", failure);
      }
    }
  }

  /**
   * An up file as it will run.
   *
   * @param fileName its name
   * @param content its text, after the reviewer's edit
   * @param phase its migration's phase
   * @param transactional whether it runs in a transaction (no {@code .conf} beside it)
   */
  private record UpFile(String fileName, String content, Phase phase, boolean transactional) {}

  private static List<UpFile> upFiles(MigrationPlan plan, Scenario scenario) {
    List<String> versions = java.util.stream.IntStream.rangeClosed(1, plan.migrations().size()).mapToObj(String::valueOf).toList();
    Map<String, String> files =
        new FlywayFormat().render(plan, versions).stream().collect(Collectors.toMap(MigrationFile::fileName, MigrationFile::content));
    List<UpFile> ups = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      Migration migration = plan.migrations().get(i);
      String name = FlywayFormat.upFileName(versions.get(i), migration.name());
      ups.add(new UpFile(name, scenario.review().apply(files.get(name)), migration.phase(), !files.containsKey(name + ".conf")));
    }
    return ups;
  }

  /** @return how many of the table's initial rows (ids 1 to {@code initial}) and inserted rows are missing */
  private static long rowsLost(ScratchDatabase database, String table, Traffic.Rows rows) throws SQLException {
    List<Long> inserted = rows.inserted();
    try (Connection connection = database.connect();
        PreparedStatement initial = connection.prepareStatement("SELECT count(*) FROM " + table + " WHERE id BETWEEN 1 AND ?");
        PreparedStatement found = connection.prepareStatement("SELECT count(*) FROM " + table + " WHERE id = ANY (?)")) {
      initial.setLong(1, rows.initial());
      found.setArray(1, connection.createArrayOf("bigint", inserted.toArray()));
      return rows.initial() - count(initial) + inserted.size() - count(found);
    }
  }

  private static long count(PreparedStatement statement) throws SQLException {
    try (ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }

  /** @return the model of a fresh scratch database after running {@code script} on it (as {@code RoundTrip.modelOf}) */
  private DatabaseSchema modelOf(SqlScript script) throws SQLException {
    try (ScratchDatabase database = scratch.create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      script.execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
      return reader.read(connection);
    }
  }
}
