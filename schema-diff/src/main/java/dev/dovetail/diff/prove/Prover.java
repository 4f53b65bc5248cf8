package dev.dovetail.diff.prove;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.plan.HazardType;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.core.write.FlywayFormat;
import dev.dovetail.diff.plan.IndependentRuns;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.scratch.ScratchDatabaseProvider;
import dev.dovetail.diff.source.SandboxOwnerChanges;
import dev.dovetail.diff.source.SqlScript;
import dev.dovetail.diff.sql.Roles;
import dev.dovetail.diff.sql.Irreversible;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Proves a plan before anything is written: on a scratch copy of the current state, the ups in order must reach the
 * declared schema, and every down, run right after its up, must give back the state before that up
 * ({@link Reversibility}, the rule {@code migrations:verify} judges downs by too). Structure only: no data is copied.
 *
 * <p>Each check reads the whole catalog, so a plan of {@value #BATCHED_FROM} migrations or more, at thousands of tables,
 * is proved in runs of migrations that touch nothing in common ({@link IndependentRuns}): their ups, one read, their
 * downs in reverse, which must give back the state before the run, and the ups again. Such migrations
 * commute, so a run's downs restore its start exactly when each down restores the state before its own up. Should a
 * run fail, the plan is proved again one migration at a time, which names the migration that fails.
 * {@code migrations:verify} always checks one migration at a time.
 */
public final class Prover {

  private final ScratchDatabaseProvider scratch;
  private final Reversibility reversibility;
  private final Consumer<String> progress;
  private final int batchedFrom;

  /** A prover whose reads leave privileges out. */
  public Prover(ScratchDatabaseProvider scratch) {
    this(scratch, false);
  }

  /** @param includePrivileges whether privileges are part of the states it compares */
  public Prover(ScratchDatabaseProvider scratch, boolean includePrivileges) {
    this(scratch, includePrivileges, message -> {});
  }

  /**
   * @param progress told how far a long proof has come: for a plan of {@value #REPORTED_FROM} migrations or more, at each
   *     tenth of it, with the time taken so far, so that a run of hundreds of migrations never looks hung
   */
  public Prover(ScratchDatabaseProvider scratch, boolean includePrivileges, Consumer<String> progress) {
    this(scratch, includePrivileges, progress, BATCHED_FROM);
  }

  /**
   * @param batchedFrom the smallest plan proved in runs ({@value #BATCHED_FROM} normally; tests lower it to compare the
   *     two ways of proving on small plans)
   */
  public Prover(ScratchDatabaseProvider scratch, boolean includePrivileges, Consumer<String> progress, int batchedFrom) {
    this.scratch = scratch;
    this.reversibility = new Reversibility(includePrivileges);
    this.progress = progress;
    this.batchedFrom = batchedFrom;
  }

  /** The smallest plan whose proof reports its progress. */
  static final int REPORTED_FROM = 20;

  /**
   * @param plan the plan to prove
   * @param current the current state's model
   * @param declared the declared schema's model
   * @param rebuildCurrent builds the current state on an empty scratch database (a connection from
   *     {@link SqlScript#driverOptions()}, autocommit on)
   * @throws MigrationException with {@link ErrorCode#PROOF_FAILED} naming the migration and statement that broke
   */
  public void prove(MigrationPlan plan, DatabaseSchema current, DatabaseSchema declared, Consumer<Connection> rebuildCurrent) {
    prove(plan, current, declared, rebuildCurrent, null);
  }

  /**
   * As {@link #prove(MigrationPlan, DatabaseSchema, DatabaseSchema, Consumer)}, starting from a scratch database that
   * holds the current state already.
   *
   * @param built a scratch database that reads exactly as {@code current} (it was read to make it: see
   *     {@link SchemaBuilder#built}), which the proof takes and closes; or null to build one with {@code rebuildCurrent}
   */
  public void prove(
      MigrationPlan plan, DatabaseSchema current, DatabaseSchema declared, Consumer<Connection> rebuildCurrent, ScratchDatabase built) {
    List<List<Migration>> oneByOne = plan.migrations().stream().map(List::of).toList();
    List<List<Migration>> runs = oneByOne.size() >= batchedFrom ? IndependentRuns.of(plan.migrations()) : oneByOne;
    if (runs.size() == oneByOne.size()) {
      prove(plan, current, declared, rebuildCurrent, oneByOne, built);
      return;
    }
    progress.accept("Proving " + plan.migrations().size() + " migration(s) in " + runs.size()
        + " run(s) of migrations that touch nothing in common");
    try {
      prove(plan, current, declared, rebuildCurrent, runs, built);
    } catch (MigrationException e) {
      if (e.code() != ErrorCode.PROOF_FAILED) {
        throw e;
      }
      // One migration at a time is what the proof means: it names the migration that fails, or, if none does, the
      // plan passes after all.
      progress.accept("A run of migrations failed its proof; proving them one at a time to find the one that fails");
      prove(plan, current, declared, rebuildCurrent, oneByOne, null);
    }
  }

  /** The smallest plan whose independent migrations are proved in runs ({@link IndependentRuns}). */
  public static final int BATCHED_FROM = 20;

  private void prove(
      MigrationPlan plan, DatabaseSchema current, DatabaseSchema declared, Consumer<Connection> rebuildCurrent,
      List<List<Migration>> runs, ScratchDatabase built) {
    ScratchDatabase database = built != null ? built : scratch.create();
    try (database; Connection connection = database.connect(SqlScript.driverOptions())) {
      connection.setAutoCommit(true);
      Set<String> roles = new TreeSet<>(Roles.namedIn(current));
      roles.addAll(Roles.namedIn(declared));
      Roles.ensure(connection, roles); // the sandbox may give objects to them
      if (built == null) {
        rebuildCurrent.accept(connection);
        expectEqual(connection, current, "the current state rebuilt on a scratch database");
      }
      DatabaseSchema before = current;
      int total = plan.migrations().size();
      int reportedTenth = 0;
      long start = System.nanoTime();
      int proved = 0;
      for (List<Migration> run : runs) {
        // at each tenth of the plan, counted before the next run starts
        if (proved > 0 && total >= REPORTED_FROM && proved * 10 / total > reportedTenth) {
          reportedTenth = proved * 10 / total;
          progress.accept("Proved " + proved + " of " + total + " migration(s) ("
              + java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) + " s)");
        }
        proved += run.size();
        before = run.size() == 1 ? proveOne(connection, run.get(0), before) : proveRun(connection, run, before);
      }
      expectEqual(connection, declared, "after applying every up migration, the scratch database");
    } catch (SQLException e) {
      throw new MigrationException(ErrorCode.SCRATCH_FAILED, "proving the plan: " + e.getMessage(), e);
    }
  }

  /**
   * Runs a migration's up, its down right after it, and the up again.
   *
   * @return the state after the up
   */
  private DatabaseSchema proveOne(Connection connection, Migration migration, DatabaseSchema before) throws SQLException {
    apply(connection, migration, "up", migration.up());
    DatabaseSchema after = reversibility.read(connection);
    if (downRefusesOnPurpose(connection, migration)) {
      // the down failed as written, in its own transaction: the state is still the up's
      reversibility.notUndone(connection, after).ifPresent(left -> {
        throw new MigrationException(ErrorCode.PROOF_FAILED, "proof failed, nothing was written: the down of migration "
            + migration.name() + " refuses to run, as an irreversible change's down does, but changed the schema:\n" + left);
      });
      return after;
    }
    Optional<String> left = reversibility.notUndone(connection, before);
    if (left.isPresent()) {
      throw new MigrationException(ErrorCode.PROOF_FAILED, "proof failed, nothing was written: the down of migration " + migration.name()
          + ", run right after its up, does not give back the state before the up:\n" + left.get());
    }
    apply(connection, migration, "up (again, after its down)", migration.up());
    return after;
  }

  /**
   * Runs the ups of migrations that touch nothing in common, then their downs in reverse, which must give back the
   * state before the first up, then the ups again.
   *
   * @return the state after the last up
   */
  private DatabaseSchema proveRun(Connection connection, List<Migration> run, DatabaseSchema before) {
    for (Migration migration : run) {
      apply(connection, migration, "up", migration.up());
    }
    DatabaseSchema after = reversibility.read(connection);
    List<Migration> reversed = new java.util.ArrayList<>(run);
    java.util.Collections.reverse(reversed);
    for (Migration migration : reversed) {
      apply(connection, migration, "down", migration.down());
    }
    Optional<String> left = reversibility.notUndone(connection, before);
    if (left.isPresent()) {
      throw new MigrationException(ErrorCode.PROOF_FAILED, "proof failed, nothing was written: the downs of migrations "
          + run.get(0).name() + " to " + run.get(run.size() - 1).name() + " do not give back the state before their ups:\n"
          + left.get());
    }
    for (Migration migration : run) {
      apply(connection, migration, "up (again, after its down)", migration.up());
    }
    return after;
  }

  /**
   * Runs the down of a migration whose up is flagged {@link HazardType#IRREVERSIBLE}: it must fail as written
   * ({@link Irreversible}), and that is accepted; any other failure is not. The down of any other migration runs as usual.
   *
   * @return whether the down refused to run on purpose
   */
  private boolean downRefusesOnPurpose(Connection connection, Migration migration) throws SQLException {
    boolean irreversible = migration.hazards().stream().anyMatch(h -> h.type() == HazardType.IRREVERSIBLE);
    try {
      apply(connection, migration, "down", migration.down());
      return false;
    } catch (MigrationException e) {
      if (!irreversible || !Irreversible.raisedBy(e)) {
        throw e;
      }
      connection.setAutoCommit(true);
      return true;
    }
  }

  /**
   * Runs a migration's statements as its file runs: in one transaction rolled back on failure, or, for a
   * non-transactional migration, one by one in autocommit.
   */
  private void apply(Connection connection, Migration migration, String direction, List<Statement> statements) {
    List<String> sql = statements.stream().map(s -> s.sql().replace(FlywayFormat.FILE_NAME, migration.name())).toList();
    Optional<SandboxOwnerChanges> owners = SandboxOwnerChanges.of(connection, sql);
    // A sandbox's owner changes run on another connection, which sees only what is committed: one by one then.
    boolean transactional = migration.transactional() && owners.isEmpty();
    try {
      connection.setAutoCommit(!transactional);
      for (int i = 0; i < statements.size(); i++) {
        Statement statement = statements.get(i);
        try (java.sql.Statement jdbc = connection.createStatement()) {
          jdbc.setEscapeProcessing(false);
          if (owners.isEmpty() || !owners.get().ran(sql.get(i))) {
            jdbc.execute(sql.get(i));
          }
        } catch (SQLException | IllegalArgumentException e) {
          if (transactional) {
            connection.rollback();
          }
          throw new MigrationException(
              ErrorCode.PROOF_FAILED,
              "proof failed, nothing was written: migration "
                  + migration.name()
                  + " ("
                  + direction
                  + "), statement "
                  + (i + 1)
                  + " of "
                  + statements.size()
                  + " failed on the scratch database: "
                  + e.getMessage()
                  + "\n    "
                  + statement.sql().replace("\n", "\n    "),
              e);
        }
      }
      if (transactional) {
        connection.commit();
      }
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new MigrationException(ErrorCode.SCRATCH_FAILED, "applying " + migration.name() + ": " + e.getMessage(), e);
    } finally {
      if (owners.isPresent()) {
        try {
          owners.get().close();
        } catch (SQLException ignored) {
          // only the owner-change session's connection: the migration's own outcome is what is reported
        }
      }
    }
  }

  private void expectEqual(Connection connection, DatabaseSchema expected, String what) {
    DatabaseSchema actual = reversibility.read(connection);
    if (!actual.equals(expected)) {
      throw new MigrationException(
          ErrorCode.PROOF_FAILED,
          "proof failed, nothing was written: " + what + " differs from what it should be:\n" + differences(actual, expected));
    }
  }

  /** @return the changes still needed to turn {@code actual} into {@code expected}, one per line */
  public String differences(DatabaseSchema actual, DatabaseSchema expected) {
    return reversibility.differences(actual, expected);
  }
}
