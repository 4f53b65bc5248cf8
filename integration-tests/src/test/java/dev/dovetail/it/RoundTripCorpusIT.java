package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.diff.prove.SchemaBuilder;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.source.SqlScript;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus case ({@code cases/<name>/{before,after}.sql}) survives the {@link RoundTrip}. */
class RoundTripCorpusIT {

  static List<CorpusCase> cases() {
    return CorpusCase.selected();
  }

  @Test
  void corpusIsLargeEnough() {
    assertThat(CorpusCase.all()).hasSizeGreaterThanOrEqualTo(80);
  }

  /**
   * The round trip builds both sides from their models, so an object the model does not read would pass unseen:
   * a case declares only what Dovetail manages.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Execution(ExecutionMode.CONCURRENT)
  void declaresOnlyManagedObjects(CorpusCase corpusCase) throws Exception {
    assertThat(RoundTrip.unmanagedIn(corpusCase.before())).as("unmanaged objects in before.sql").isEmpty();
    assertThat(RoundTrip.unmanagedIn(corpusCase.after())).as("unmanaged objects in after.sql").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Execution(ExecutionMode.CONCURRENT) // each case on scratch databases of its own
  void upsReachAfterDownsRestoreBeforeAndReDiffIsEmpty(CorpusCase corpusCase) throws Exception {
    RoundTrip roundTrip = new RoundTrip(corpusCase.includePrivileges());
    if (DATA_KEEPING) {
      roundTrip.keepingData(DATA, corpusCase.name());
    }
    roundTrip.check(corpusCase.name(), corpusCase.before(), corpusCase.after(), corpusCase.acceptedRawDifferences());
  }

  /**
   * The data-keeping mode (issue 13, {@link DataKeeping}): each case's files, once the schema round trip has passed,
   * run again on {@code before} seeded with rows, which ups and downs must keep. On by default;
   * {@code -Dcorpus.data=false} turns it off.
   */
  private static final boolean DATA_KEEPING = !"false".equals(System.getProperty("corpus.data", "true"));

  private static final DataKeepingReport DATA = new DataKeepingReport("corpus");

  /**
   * Prints what the data-keeping round trips did, and fails a run of the whole corpus in which most tables could not
   * be seeded or most cases' ups could not run on rows (a subset need only seed something).
   */
  @AfterAll
  static void dataKeepingCoverage() {
    if (!DATA_KEEPING || DATA.outcomes().isEmpty()) {
      return;
    }
    DATA.print();
    if (CorpusCase.selected().size() == CorpusCase.all().size()) {
      DATA.assertCoverage(0.9, 0.75);
    } else if (DATA.tables() > 0) {
      assertThat(DATA.seededTables()).as("tables seeded\n" + DATA.summary()).isPositive();
    }
  }

  /**
   * The round trip starts from each side's canonical form, rebuilt from its model: a constraint a case declares
   * {@code NOT VALID} must still be so there, by the {@link CatalogFingerprint}, or the round trip would prove nothing about
   * validity (a {@code NOT VALID} constraint inside {@code CREATE TABLE} comes out validated). Cases that declare no
   * {@code NOT VALID} are skipped.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Execution(ExecutionMode.CONCURRENT)
  void canonicalFormKeepsDeclaredValidity(CorpusCase corpusCase) throws Exception {
    for (SqlScript script : List.of(corpusCase.before(), corpusCase.after())) {
      if (!script.text().toUpperCase(Locale.ROOT).contains("NOT VALID")) {
        continue;
      }
      boolean privileges = corpusCase.includePrivileges();
      DatabaseSchema canonical = new SchemaBuilder(privileges).canonical(EmbeddedScratchProvider.shared(), RoundTrip.modelOf(script, privileges));
      List<String> declared;
      List<String> rebuilt;
      try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
          Connection connection = database.connect(SqlScript.driverOptions())) {
        script.execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
        declared = notValidated(CatalogFingerprint.of(connection));
      }
      try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
          Connection connection = database.connect(SqlScript.driverOptions())) {
        new SchemaBuilder(privileges).build(connection, canonical);
        rebuilt = notValidated(CatalogFingerprint.of(connection));
      }
      assertThat(declared).as(script.displayName() + " declares NOT VALID constraints").isNotEmpty();
      assertThat(rebuilt).as(script.displayName() + ": the NOT VALID constraints of its canonical form").isEqualTo(declared);
    }
  }

  private static List<String> notValidated(List<String> fingerprint) {
    return fingerprint.stream().filter(l -> l.startsWith("constraint ") && l.endsWith(" not validated")).toList();
  }
}
