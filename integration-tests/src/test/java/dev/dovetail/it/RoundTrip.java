package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Ownerships;
import dev.dovetail.core.model.UnmanagedObject;
import dev.dovetail.core.model.ConversionHint;
import dev.dovetail.core.model.RenameHint;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.core.write.FlywayFormat;
import dev.dovetail.core.write.MigrationFile;
import dev.dovetail.diff.compare.SchemaDiffer;
import dev.dovetail.diff.introspect.CatalogReader;
import dev.dovetail.diff.plan.PlanOptions;
import dev.dovetail.diff.plan.Planner;
import dev.dovetail.diff.prove.HintedDiff;
import dev.dovetail.diff.prove.Prover;
import dev.dovetail.diff.prove.Reversibility;
import dev.dovetail.diff.prove.SchemaBuilder;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.source.ConversionHints;
import dev.dovetail.diff.source.RenameHints;
import dev.dovetail.diff.source.MigrationReplay;
import dev.dovetail.diff.source.SqlScript;
import dev.dovetail.diff.sql.Irreversible;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The round trip every corpus case and every generated schema pair must survive, through the files users get:
 * build {@code before} (canonical form, see {@code SchemaBuilder}), generate the Flyway files for
 * {@code before → after}, run the up files in order, each down right after its up judged by the rule diff's proof
 * and {@code migrations:verify} use ({@code Reversibility}: it gives back the state before the up) and the up run
 * again (the result must equal {@code after}), re-diff (must be empty), then run the down files in reverse (the
 * result must equal {@code before}).
 *
 * <p>"Equal" is judged twice: by the model ({@code CatalogReader}) and by the {@link CatalogFingerprint}, which
 * shares no code with it, so that what the model does not read cannot slip through. By the fingerprint, the
 * migrated database must equal one built straight from the {@code after} model, and after the downs the
 * database must be as it was when {@code before} had just been built in it.
 */
final class RoundTrip {

  private final SchemaDiffer differ = new SchemaDiffer();
  private final Planner planner;
  private final boolean includePrivileges;
  private final CatalogReader reader;
  private final SchemaBuilder builder;
  private final EmbeddedScratchProvider scratch = EmbeddedScratchProvider.shared();

  /** A round trip that leaves privileges out, as Dovetail does by default. */
  RoundTrip() {
    this(false);
  }

  /** @param includePrivileges whether privileges are read, compared and migrated ({@code includePrivileges}) */
  RoundTrip(boolean includePrivileges) {
    this(includePrivileges, PlanOptions.DEFAULT);
  }

  /**
   * @param includePrivileges whether privileges are read, compared and migrated
   * @param options how the plan is made: the safe recipes, or every change in its plain form
   */
  RoundTrip(boolean includePrivileges, PlanOptions options) {
    this.planner = new Planner(options);
    this.includePrivileges = includePrivileges;
    this.reader = new CatalogReader(includePrivileges);
    this.builder = new SchemaBuilder(includePrivileges);
  }

  /** The system property naming a directory to write each corpus case's rendered files into, see {@link #dump}. */
  static final String DUMP = "corpus.dump";

  /** @return the number of migrations the round trip applied */
  int check(SqlScript beforeScript, SqlScript afterScript) throws SQLException {
    return check(null, beforeScript, afterScript, List.of());
  }

  /**
   * @param caseName the name the rendered files are written under with {@code -Dcorpus.dump=<directory>}, or
   *     {@code null} to write nothing
   * @param acceptedRawDifferences how the databases may differ from the files loaded as they are, see
   *     {@link CorpusCase#acceptedRawDifferences()}
   * @return the number of migrations the round trip applied
   */
  int check(String caseName, SqlScript beforeScript, SqlScript afterScript, List<String> acceptedRawDifferences)
      throws SQLException {
    DatabaseSchema before = builder.canonical(scratch, modelOf(beforeScript, includePrivileges));
    // As diff does: an object after declares without an owner keeps the one it has before.
    DatabaseSchema after =
        Ownerships.inheritUnstated(builder.canonical(scratch, modelOf(afterScript, includePrivileges)), before);
    List<RenameHint> hints = RenameHints.in(afterScript);
    List<ConversionHint> conversions = ConversionHints.in(afterScript);
    HintedDiff.Result diff = new HintedDiff(includePrivileges).diff(scratch, before, after, hints, conversions);
    MigrationPlan plan = planner.plan(diff.changes(), diff.renamed());
    if (before.equals(after)) {
      dump(caseName, List.of());
      assertThat(plan.isEmpty()).as("identical schemas need no migration").isTrue();
      return 0;
    }
    assertThat(plan.isEmpty()).as("before and after differ, so the plan cannot be empty").isFalse();

    List<String> versions = IntStream.rangeClosed(1, plan.migrations().size()).mapToObj(String::valueOf).toList();
    List<MigrationFile> files = new FlywayFormat().render(plan, versions);
    dump(caseName, files);
    Set<String> nonTransactional = new HashSet<>();
    files.stream().filter(f -> f.fileName().endsWith(".conf")).forEach(f -> nonTransactional.add(f.fileName().replaceFirst("\\.conf$", "")));
    List<MigrationFile> ups = new ArrayList<>();
    List<MigrationFile> downs = new ArrayList<>();
    files.stream().filter(f -> !f.fileName().endsWith(".conf")).forEach(f -> (f.fileName().startsWith("V") ? ups : downs).add(f));
    Collections.reverse(downs);

    Prover describer = new Prover(scratch, includePrivileges);
    Reversibility rule = new Reversibility(includePrivileges);
    try (ScratchDatabase database = scratch.create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      // Read while the database is new, to empty it again at the end instead of creating another one.
      DatabaseSchema empty = reader.read(connection);
      List<String> emptyFingerprint = CatalogFingerprint.of(connection);
      // The current state is built from its model, as the prover builds it.
      builder.build(connection, before);
      assertThat(reader.read(connection)).as("before rebuilt from its model").isEqualTo(before);
      List<String> beforeFingerprint = CatalogFingerprint.of(connection);
      // The rule diff's proof and migrations:verify judge downs by, through the files: each down, run right after its
      // up, gives back the state before the up; then the up runs again.
      // A down written to refuse (an irreversible change, flagged) must refuse and change nothing; the downs then
      // give back the state right after that up, not before.
      DatabaseSchema beforeUp = before;
      MigrationFile refusing = null;
      List<String> refusedAt = beforeFingerprint;
      DatabaseSchema refusedState = before;
      for (MigrationFile up : ups) {
        run(connection, up, nonTransactional);
        DatabaseSchema afterUp = rule.read(connection);
        MigrationFile down = downs.stream().filter(d -> d.fileName().equals("U" + up.fileName().substring(1))).findFirst().orElseThrow();
        if (refuses(connection, down, nonTransactional)) {
          assertThat(up.content()).as(up.fileName() + " is flagged for the down that refuses").contains("IRREVERSIBLE");
          assertThat(rule.notUndone(connection, afterUp)).as(down.fileName() + " refuses, changing nothing").isEmpty();
          refusing = down;
          refusedAt = CatalogFingerprint.of(connection);
          refusedState = reader.read(connection);
        } else {
          assertThat(rule.notUndone(connection, beforeUp)).as(down.fileName() + ", run right after its up").isEmpty();
          run(connection, up, nonTransactional);
        }
        beforeUp = afterUp;
      }
      DatabaseSchema migrated = reader.read(connection);
      assertThat(migrated).as(() -> "ups must reach after:\n" + describer.differences(migrated, after)).isEqualTo(after);
      assertThat(new HintedDiff(includePrivileges).diff(scratch, migrated, after, hints).changes())
          .as("re-diff after the ups, hints already applied").isEmpty();
      List<String> migratedFingerprint = CatalogFingerprint.of(connection);

      for (MigrationFile down : downs.subList(0, refusing == null ? downs.size() : downs.indexOf(refusing))) {
        run(connection, down, nonTransactional);
      }
      DatabaseSchema restored = reader.read(connection);
      DatabaseSchema restoredTo = refusing == null ? before : refusedState;
      assertThat(restored).as(() -> "downs must restore before:\n" + describer.differences(restored, restoredTo)).isEqualTo(restoredTo);
      assertSameFingerprint(
          CatalogFingerprint.of(connection), refusedAt, "downs must restore before, by the catalog fingerprint");
      if (refusing != null) {
        assertThat(refuses(connection, refusing, nonTransactional)).as(refusing.fileName() + " refuses again").isTrue();
      }

      // after, built straight from its model, for the fingerprint to judge the ups by. Emptying this database
      // costs a fraction of creating another; the fingerprint proves it as empty as a new one first.
      migrate(connection, restored, empty);
      assertSameFingerprint(
          CatalogFingerprint.of(connection), emptyFingerprint, "dropping everything must leave an empty database");
      builder.build(connection, after);
      assertSameFingerprint(
          migratedFingerprint, CatalogFingerprint.of(connection), "ups must reach after, by the catalog fingerprint");

      // Once more against the files as they are, loaded straight into a scratch database: the models above come from
      // the same reader on both sides, so whatever it does not read, or reads into something it cannot rebuild, is
      // lost on both and passes unseen there. Here it shows: before rebuilt (what the downs restore) against
      // before.sql, and the migrated database against after.sql.
      List<String> rawDifferences = new ArrayList<>();
      List<String> rawBefore = anyScratch(loaded(beforeScript, includePrivileges).fingerprint());
      CatalogFingerprint.differences(anyScratch(beforeFingerprint), rawBefore).forEach(d -> rawDifferences.add("before: " + d));
      List<String> rawAfter = keepingUnstatedOwners(anyScratch(loaded(afterScript, includePrivileges).fingerprint()), rawBefore);
      CatalogFingerprint.differences(anyScratch(migratedFingerprint), rawAfter).forEach(d -> rawDifferences.add("after: " + d));
      assertThat(rawDifferences)
          .as("%s: the databases against before.sql and after.sql loaded as they are (- in the file, + reached); a"
              + " difference Dovetail cannot or by design does not avoid goes into the case's %s, with why",
              caseName, CorpusCase.RAW_DIFFERENCES)
          .containsExactlyInAnyOrderElementsOf(acceptedRawDifferences);
    }
    if (dataKeeping != null) {
      dataKeeping.add(DataKeeping.check(dataLabel, scratch, builder, before, ups, downs, nonTransactional, hints, conversions));
    }
    return plan.migrations().size();
  }

  /**
   * With {@code -Dcorpus.dump=<directory>}, writes the rendered files of a case, {@code .conf} files included, into
   * {@code <directory>/<caseName>/} (emptied of earlier files first), before they run, so that a failing case is
   * written too and the files of two versions of the code can be compared with {@code diff -r}. Without the
   * property, or without a case name, nothing is written.
   */
  private static void dump(String caseName, List<MigrationFile> files) {
    String root = System.getProperty(DUMP, "");
    if (caseName == null || root.isBlank()) {
      return;
    }
    Path directory = Path.of(root).resolve(caseName);
    try {
      Files.createDirectories(directory);
      try (Stream<Path> old = Files.list(directory)) {
        for (Path file : old.filter(Files::isRegularFile).toList()) {
          Files.delete(file);
        }
      }
      for (MigrationFile file : files) {
        Files.writeString(directory.resolve(file.fileName()), file.content(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the files of " + caseName + " into " + directory, e);
    }
  }

  /** Runs a written file as Flyway would, outside a transaction when its {@code .conf} says so. */
  /**
   * Runs a down file that may be written to refuse (an irreversible change's: {@link Irreversible}).
   *
   * @return true when it refused as such a down does; false when it ran
   */
  private static boolean refuses(Connection connection, MigrationFile down, Set<String> nonTransactional) {
    try {
      run(connection, down, nonTransactional);
      return false;
    } catch (MigrationException e) {
      if (!Irreversible.raisedBy(e)) {
        throw e;
      }
      return true;
    }
  }

  static void run(Connection connection, MigrationFile file, Set<String> nonTransactional) {
    MigrationReplay.run(
        connection, new SqlScript(file.fileName(), file.content()), !nonTransactional.contains(file.fileName()), ErrorCode.PROOF_FAILED);
  }

  /** Runs the ups of the plan from {@code current} to {@code target} straight on the connection. */
  private void migrate(Connection connection, DatabaseSchema current, DatabaseSchema target) throws SQLException {
    try (java.sql.Statement jdbc = connection.createStatement()) {
      jdbc.setEscapeProcessing(false);
      for (Migration migration : new Planner(PlanOptions.PLAIN).plan(differ.diff(current, target), current).migrations()) {
        for (Statement statement : migration.up()) {
          jdbc.execute(statement.sql());
        }
      }
    }
  }

  /**
   * Compares two databases by {@link CatalogFingerprint}, which shares no code with the introspection the
   * model comparisons above rely on; a failure lists the differing lines ({@code -} expected, {@code +} found).
   */
  private static void assertSameFingerprint(List<String> actual, List<String> expected, String what) {
    assertThat(CatalogFingerprint.differences(actual, expected)).as(what).isEmpty();
  }

  /**
   * A fingerprint with the role each scratch database is made for (its owner, and that of everything the script
   * created without another) named alike, for comparing two scratch databases.
   */
  private static List<String> anyScratch(List<String> fingerprint) {
    return fingerprint.stream().map(l -> l.replaceAll("dovetail_[0-9a-f]{16}", "dovetail_*")).sorted().toList();
  }

  /**
   * after.sql as the migrations are documented to reach it: an object it declares without {@code OWNER TO} (owned,
   * loaded as it is, by the scratch database's role) keeps the owner {@code before} gives it. By the fingerprint: the
   * line of such an object, up to its owner, is the line of an object of before with another owner, whose name then
   * replaces the scratch role in the line (in its privileges too, which {@code OWNER TO} hands over).
   */
  private static List<String> keepingUnstatedOwners(List<String> after, List<String> before) {
    String unstated = " owner dovetail_* ";
    Map<String, String> stated = new HashMap<>();
    for (String line : before) {
      int at = line.indexOf(" owner ");
      if (at > 0 && !line.startsWith(unstated, at)) {
        String owner = line.substring(at + " owner ".length(), line.indexOf(' ', at + " owner ".length()));
        stated.put(line.substring(0, at), owner);
      }
    }
    return after.stream()
        .map(l -> {
          int at = l.indexOf(unstated);
          String owner = at > 0 ? stated.get(l.substring(0, at)) : null;
          return owner == null ? l : l.replace("dovetail_*", owner);
        })
        .sorted()
        .toList();
  }

  /** @return the model of a fresh scratch database after running {@code script} on it, privileges left out */
  static DatabaseSchema modelOf(SqlScript script) throws SQLException {
    return modelOf(script, false);
  }

  /** @return what a fresh scratch database holds after running {@code script} on it that Dovetail does not manage */
  static List<UnmanagedObject> unmanagedIn(SqlScript script) throws SQLException {
    return loaded(script, false).unmanaged();
  }

  /** @return the model of a fresh scratch database after running {@code script} on it */
  static DatabaseSchema modelOf(SqlScript script, boolean includePrivileges) throws SQLException {
    return loaded(script, includePrivileges).model();
  }

  /** What a script leaves on a fresh scratch database: read once, for each test that asks about the same script. */
  private record Loaded(DatabaseSchema model, List<UnmanagedObject> unmanaged, List<String> fingerprint) {}

  /**
   * Scripts already loaded, by whether privileges were read and the text. Loading the same case's scripts once instead of
   * once per test saves a scratch database and a script run each time; a model is immutable, so sharing it is safe.
   */
  private static final Map<String, Loaded> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  private static Loaded loaded(SqlScript script, boolean includePrivileges) throws SQLException {
    String key = includePrivileges + "\u0000" + script.displayName() + "\u0000" + script.text();
    Loaded known = LOADED.get(key);
    if (known != null) {
      return known;
    }
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      script.execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
      Loaded loaded = new Loaded(
          new CatalogReader(includePrivileges).read(connection), new CatalogReader().unmanaged(connection), CatalogFingerprint.of(connection));
      LOADED.put(key, loaded);
      return loaded;
    }
  }

  /** Where the data-keeping round trip reports, or {@code null} when it does not run. */
  private DataKeepingReport dataKeeping;

  private String dataLabel;

  /**
   * Turns on the data-keeping round trip ({@link DataKeeping}): once the schema round trip has passed, the same
   * files run again on a database of {@code before} seeded with rows, which must keep them.
   *
   * @param report where the outcome goes
   * @param label the case, as the report names it
   * @return this round trip
   */
  RoundTrip keepingData(DataKeepingReport report, String label) {
    this.dataKeeping = report;
    this.dataLabel = label;
    return this;
  }
}
