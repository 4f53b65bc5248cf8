package dev.dovetail.diff;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.dir.MigrationDirectory;
import dev.dovetail.core.dir.MigrationManifest;
import dev.dovetail.core.dir.MigrationScript;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.diff.MigrationGenerator.Snapshot;
import dev.dovetail.diff.compare.SchemaDiffer;
import dev.dovetail.diff.introspect.SchemaFilter;
import dev.dovetail.diff.prove.HintedDiff;
import dev.dovetail.diff.prove.Reversibility;
import dev.dovetail.diff.prove.SchemaBuilder;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.scratch.ScratchDatabaseProvider;
import dev.dovetail.diff.source.DeclaredSchema;
import dev.dovetail.diff.source.FlywayHistory;
import dev.dovetail.diff.source.FlywayLockSetting;
import dev.dovetail.diff.source.MigrationReplay;
import dev.dovetail.diff.source.SqlScript;
import dev.dovetail.diff.sql.Irreversible;
import dev.dovetail.diff.verify.Difference;
import dev.dovetail.diff.verify.DriftBaseline;
import dev.dovetail.diff.verify.Finding;
import dev.dovetail.diff.verify.FindingCode;
import dev.dovetail.diff.verify.FindingCode.Check;
import dev.dovetail.diff.verify.VerifyResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The entry point of {@code migrations:verify}: the checks a release build runs so that nothing has drifted.
 *
 * <ol>
 *   <li>the manifest ({@code migrations.sum}) matches the migration files;
 *   <li>replaying the migration directory and the pending contract migrations on a scratch database yields exactly the
 *       declared schema;
 *   <li>every down, run right after its up, gives back the schema before the up;
 *   <li>with a live database: it is what the migrations Flyway's history records as applied produce.
 * </ol>
 *
 * Every check runs even when an earlier one fails, so one build lists every problem. A check that cannot run (the
 * replay stopped at a failing migration, say) is reported as skipped, with why, and fails verify: verify passes only
 * when every enabled check ran and found nothing. Check 3 can be disabled ({@code verifyReversibility=false}) and check
 * 4 runs only with a live database; a disabled check does not fail verify. The live database is read first, so a bad
 * url or password is reported without waiting for the scratch server. Nothing is written to a live database.
 */
public final class MigrationVerifier {

  private final SchemaDiffer differ = new SchemaDiffer();

  /**
   * What verify needs beyond the diff options (directories, live database, scratch settings, schemas, privileges,
   * progress and report directory).
   *
   * @param source where the schema, migrations and live database are
   * @param reversibility whether check 3 runs
   * @param driftBaseline a file of accepted live differences, or null
   */
  public record Options(DiffOptions source, boolean reversibility, Path driftBaseline) {}

  /** Runs every check, writes {@code verify.md} into the report directory when one is set, and returns the result. */
  public VerifyResult verify(Options verify) {
    DiffOptions options = verify.source();
    Progress progress = options.progress();
    DriftBaseline baseline = verify.driftBaseline() == null ? null : DriftBaseline.read(verify.driftBaseline());
    List<Finding> findings = new ArrayList<>();
    Map<Check, String> skipped = new EnumMap<>(Check.class);
    Map<Check, String> disabled = new EnumMap<>(Check.class);

    progress.info("1. Checking " + options.migrationDirectory().resolve(MigrationManifest.FILE_NAME) + " against the migration files");
    MigrationDirectory migrations = options.migrations();
    findings.addAll(manifest(options, migrations));

    List<MigrationScript> existing = migrations.upMigrations();
    List<MigrationScript> pending = new MigrationDirectory(options.contractDirectory()).upMigrations();
    List<MigrationScript> all = Stream.concat(existing.stream(), pending.stream()).toList();
    MigrationGenerator.warnFlywayLock(options, all.stream()
        .filter(s -> !s.transactional() && FlywayLockSetting.waitsForOlderTransactions(s.text()))
        .map(s -> s.path().getFileName().toString())
        .toList());
    DeclaredSchema declaredSource = new DeclaredSchema(options.schemaDirectory());
    List<Path> schemaFiles = declaredSource.files();

    // The live database is read first: a bad url or password is known before the scratch server starts.
    LiveRead liveRead = null;
    List<Finding> live = new ArrayList<>();
    if (options.live() == null) {
      disabled.put(Check.LIVE, "no url");
    } else {
      progress.info("4. Reading the live database " + options.live().redacted() + " (read-only session)");
      try {
        liveRead = readLive(options);
      } catch (MigrationException e) {
        if (e.code() != ErrorCode.DATABASE_UNREACHABLE) {
          throw e;
        }
        live.add(new Finding(FindingCode.LIVE_UNREACHABLE, options.live().redacted(), e.getMessage()));
      }
    }

    ScratchDatabaseProvider scratch = MigrationGenerator.startScratch(options);
    CompletableFuture<Snapshot> declaredFuture = MigrationGenerator.loadDeclared(scratch, options, declaredSource, schemaFiles);

    progress.info("2. Replaying " + existing.size() + " migration(s)"
        + (pending.isEmpty() ? "" : " and " + pending.size() + " pending contract migration(s)")
        + (verify.reversibility() ? ", running each down after its up (3.)" : ""));
    Replayed replayed = replay(scratch, all, migrations, verify.reversibility(), options.includePrivileges(), findings, progress);
    if (!verify.reversibility()) {
      disabled.put(Check.REVERSIBLE, "verifyReversibility is false");
    }
    SchemaBuilder builder = new SchemaBuilder(options.includePrivileges());
    SchemaFilter filter = options.schemas();
    DatabaseSchema migrated = null;
    if (replayed.failed() != null) {
      skipped.put(Check.DECLARED, "comparing with the declared schema, because " + replayed.failed() + " failed to replay");
      if (verify.reversibility()) {
        int unchecked = all.size() - replayed.count();
        skipped.put(Check.REVERSIBLE, "the down of " + replayed.failed()
            + (unchecked > 1 ? " and of the " + (unchecked - 1) + " migration(s) after it" : "") + ", because it failed to replay");
      }
    } else {
      migrated = builder.canonical(scratch, filter.apply(replayed.state().schema()));
      DatabaseSchema declared = builder.canonical(scratch, filter.apply(MigrationGenerator.join(declaredFuture).schema()));
      List<Difference> differences = Difference.of(
          new HintedDiff(options.includePrivileges())
              .diff(scratch, migrated, declared, declaredSource.renameHints(schemaFiles), declaredSource.conversionHints(schemaFiles))
              .changes());
      differences.forEach(d -> findings.add(new Finding(
          pick(d.kind(), FindingCode.NOT_MIGRATED, FindingCode.NOT_DECLARED, FindingCode.MIGRATED_DIFFERENTLY), d.object(),
          pick(d.kind(), "declared but not migrated", "migrated but not declared", "declared differently from what the migrations produce")
              + "; diff would write: " + d.change())));
    }
    // a declared schema that does not load fails verify as it fails diff
    MigrationGenerator.warnSkippedData(progress, MigrationGenerator.join(declaredFuture));

    if (liveRead != null) {
      Optional<String> notRun = live(options, liveRead, scratch, builder, existing, pending.isEmpty() ? migrated : null, live, progress);
      notRun.ifPresent(why -> skipped.put(Check.LIVE, why));
    }
    List<VerifyResult.Accepted> accepted = new ArrayList<>();
    List<DriftBaseline.Entry> used = new ArrayList<>();
    for (Finding finding : live) {
      Optional<DriftBaseline.Entry> entry = baseline == null ? Optional.empty() : baseline.accepting(finding);
      if (entry.isPresent()) {
        accepted.add(new VerifyResult.Accepted(finding, entry.get().reason()));
        used.add(entry.get());
      } else {
        findings.add(finding);
      }
    }
    List<DriftBaseline.Entry> unused = baseline == null || liveRead == null || skipped.containsKey(Check.LIVE) ? List.of()
        : baseline.entries().stream().filter(e -> !used.contains(e)).toList();
    unused.forEach(e -> progress.warn("driftBaseline line " + e.line() + " (" + e.key() + ") matches no difference any more; remove it"));

    Path report = options.reportDirectory() == null ? null : options.reportDirectory().resolve("verify.md");
    VerifyResult result = new VerifyResult(findings, accepted, unused, skipped, disabled, report);
    if (report != null) {
      write(report, result.markdown());
    }
    for (Check check : Check.values()) {
      String line = "  " + (check.ordinal() + 1) + ". " + check.title() + ": " + result.status(check);
      if (skipped.containsKey(check)) {
        progress.warn(line);
      } else {
        progress.info(line);
      }
    }
    progress.info(result.summary());
    return result;
  }

  /** Check 1: the findings of the manifest, or that there is none while there are migrations. */
  private static List<Finding> manifest(DiffOptions options, MigrationDirectory migrations) {
    Path directory = migrations.root();
    Optional<MigrationManifest.Recorded> recorded = MigrationManifest.read(directory);
    if (recorded.isEmpty()) {
      return MigrationManifest.of(migrations).entries().isEmpty()
          ? List.of()
          : List.of(new Finding(FindingCode.MANIFEST_MISSING, options.shown(directory.resolve(MigrationManifest.FILE_NAME)),
              "the directory has migrations but no manifest, so edits to deployed migrations cannot be detected"));
    }
    return recorded.get().check(migrations).stream()
        .map(f -> new Finding(switch (f.kind()) {
          case EDITED -> FindingCode.MIGRATION_EDITED;
          case REMOVED -> FindingCode.MIGRATION_REMOVED;
          case RENAMED -> FindingCode.MIGRATION_RENAMED;
          case INSERTED -> FindingCode.MIGRATION_INSERTED;
          case UNRECORDED -> FindingCode.MIGRATION_UNRECORDED;
          case MANIFEST_EDITED -> FindingCode.MANIFEST_EDITED;
        }, f.file(), f.detail()))
        .toList();
  }

  /**
   * What replaying the migrations gave.
   *
   * @param state the state the migrations produce, or null when one failed
   * @param failed the file of the up that failed, or null
   * @param count how many ups ran before the failing one (all of them when none failed)
   */
  private record Replayed(Snapshot state, String failed, int count) {}

  /**
   * Checks 2 and 3 in one pass: applies every up in order and, with {@code reversibility}, judges its down by
   * {@link Reversibility} (the rule diff's proof uses) and applies the up again. A database a broken down left in an
   * unknown state is replaced by a fresh one replayed up to the same migration. An up that fails stops the replay
   * (reported as {@code MIGRATION_FAILED}): nothing after it can be judged.
   */
  private Replayed replay(
      ScratchDatabaseProvider scratch, List<MigrationScript> scripts, MigrationDirectory migrations, boolean reversibility,
      boolean includePrivileges,
      List<Finding> findings, Progress progress) {
    Reversibility rule = new Reversibility(includePrivileges);
    Replica replica = new Replica(scratch);
    try {
      DatabaseSchema before = reversibility ? rule.read(replica.connection) : null;
      for (int i = 0; i < scripts.size(); i++) {
        MigrationScript script = scripts.get(i);
        String file = script.path().getFileName().toString();
        try {
          MigrationReplay.apply(replica.connection, List.of(script));
        } catch (MigrationException e) {
          if (e.code() != ErrorCode.MIGRATION_REPLAY_FAILED) {
            throw e;
          }
          findings.add(new Finding(FindingCode.MIGRATION_FAILED, file, e.getMessage()));
          return new Replayed(null, file, i);
        }
        if (!reversibility) {
          continue;
        }
        if ((i + 1) % 25 == 0) {
          progress.info("   " + (i + 1) + " of " + scripts.size() + " migration(s) replayed and undone");
        }
        // A waiting contract migration keeps its down beside it; a migration's down may be in the undo directory.
        Path down = script.path().getParent().equals(migrations.root())
            ? migrations.downOf(script) : script.path().resolveSibling(MigrationDirectory.downName(file));
        DatabaseSchema after = rule.read(replica.connection);
        if (!Files.isRegularFile(down)) {
          findings.add(new Finding(FindingCode.DOWN_MISSING, file, "no " + down.getFileName() + " in " + down.getParent()));
          before = after;
          continue;
        }
        String downFile = down.getFileName().toString();
        boolean broken = true;
        try {
          MigrationReplay.run(replica.connection, SqlScript.read(down, down.toString(), ErrorCode.MIGRATION_REPLAY_FAILED), MigrationScript.transactional(down),
              ErrorCode.MIGRATION_REPLAY_FAILED);
          Optional<String> left = rule.notUndone(replica.connection, before);
          if (left.isPresent()) {
            findings.add(new Finding(FindingCode.DOWN_DOES_NOT_UNDO, downFile, "after " + file + " and then " + downFile
                + ", the schema is not what it was before " + file + ":\n" + left.get()));
          } else {
            MigrationReplay.apply(replica.connection, List.of(script));
            broken = false;
          }
        } catch (MigrationException e) {
          if (e.code() != ErrorCode.MIGRATION_REPLAY_FAILED) {
            throw e;
          }
          if (Irreversible.raisedBy(e) && Irreversible.flagged(script.text()) && rule.notUndone(replica.connection, after).isEmpty()) {
            // the down of an irreversible change refuses to run, as written and flagged: nothing to find
            progress.info("   " + downFile + " refuses to run on purpose (an irreversible change); accepted");
            broken = false;
          } else {
            findings.add(new Finding(FindingCode.DOWN_FAILED, downFile, e.getMessage()));
          }
        }
        if (broken) {
          replica.close();
          replica = new Replica(scratch);
          MigrationReplay.apply(replica.connection, scripts.subList(0, i + 1));
        }
        before = after;
      }
      return new Replayed(MigrationGenerator.snapshot(replica.connection, includePrivileges), null, scripts.size());
    } finally {
      replica.close();
    }
  }

  /** The live database as read at the start: its Flyway history, if any, and its model. */
  private record LiveRead(Optional<FlywayHistory> history, Snapshot snapshot) {}

  private static LiveRead readLive(DiffOptions options) {
    try (Connection connection = options.live().connectReadOnly()) {
      return new LiveRead(FlywayHistory.read(connection), MigrationGenerator.liveSnapshot(connection, options.includePrivileges()));
    } catch (SQLException e) {
      throw new MigrationException(ErrorCode.DATABASE_UNREACHABLE, "closing live session: " + e.getMessage(), e);
    }
  }

  /**
   * Check 4: the live database against the state the migrations its history records as applied produce. Only the
   * applied migrations are replayed, so a broken migration that no database applied yet does not keep it from running.
   *
   * @return why the check could not run, when an applied migration fails to replay
   */
  private Optional<String> live(
      DiffOptions options, LiveRead read, ScratchDatabaseProvider scratch, SchemaBuilder builder, List<MigrationScript> existing,
      DatabaseSchema replayedWhenAllApplied, List<Finding> findings, Progress progress) {
    Optional<FlywayHistory> history = read.history();
    List<MigrationScript> applied = history.map(h -> existing.stream().filter(h::applied).toList()).orElse(existing);
    history.ifPresent(h -> h.unknown(existing).forEach(v -> findings.add(new Finding(
        FindingCode.LIVE_UNKNOWN_MIGRATION, "version " + v.text(), h.table() + " records it as applied; the migration directory has no such version"))));
    progress.info("   " + history.map(h -> h.table() + " records " + applied.size() + " of the " + existing.size() + " migration(s) as applied")
        .orElse("no " + FlywayHistory.TABLE + " table: comparing with all " + existing.size() + " migration(s)"));
    DatabaseSchema expected;
    if (replayedWhenAllApplied != null && applied.size() == existing.size()) {
      expected = replayedWhenAllApplied;
    } else {
      try {
        expected = builder.canonical(scratch, options.schemas().apply(
            MigrationGenerator.readOnScratch(scratch, options.includePrivileges(), c -> MigrationReplay.apply(c, applied)).schema()));
      } catch (MigrationException e) {
        if (e.code() != ErrorCode.MIGRATION_REPLAY_FAILED) {
          throw e;
        }
        return Optional.of("an applied migration failed to replay (see check 2), so what the live database should be is unknown");
      }
    }
    DatabaseSchema live = options.schemas().apply(read.snapshot().schema());
    if (live.tables().isEmpty() && !expected.tables().isEmpty()) {
      findings.add(new Finding(FindingCode.LIVE_EMPTY, options.live().redacted(),
          "introspection saw no table at all, while the applied migrations create " + expected.tables().size()));
      return Optional.empty();
    }
    Difference.of(differ.diff(builder.canonical(scratch, live), expected)).forEach(d -> findings.add(new Finding(
        pick(d.kind(), FindingCode.LIVE_MISSING, FindingCode.LIVE_EXTRA, FindingCode.LIVE_DIFFERS), d.object(),
        pick(d.kind(), "the applied migrations create it, the live database lacks it", "in the live database, not in its applied migrations",
            "different in the live database from what its applied migrations produce")
            + " (to match them: " + d.change() + ")")));
    return Optional.empty();
  }

  private static <T> T pick(Difference.Kind kind, T added, T removed, T changed) {
    return switch (kind) {
      case ADDED -> added;
      case REMOVED -> removed;
      case CHANGED -> changed;
    };
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MigrationException(ErrorCode.WRITE_FAILED, "writing " + file + ": " + e.getMessage(), e);
    }
  }

  /** A scratch database and its connection, replaced when a broken down leaves it in an unknown state. */
  private static final class Replica {
    private final ScratchDatabase database;
    private final Connection connection;

    Replica(ScratchDatabaseProvider scratch) {
      database = scratch.create();
      try {
        connection = database.connect(SqlScript.driverOptions());
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        database.close();
        throw new MigrationException(ErrorCode.SCRATCH_FAILED, "using a scratch database: " + e.getMessage(), e);
      }
    }

    void close() {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the database is dropped next
      } finally {
        database.close();
      }
    }
  }
}
