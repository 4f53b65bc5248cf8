package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.diff.introspect.CatalogReader;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.source.SqlScript;
import dev.dovetail.it.SchemaCrawlerShape.CatalogShape;
import dev.dovetail.it.SchemaCrawlerShape.IndexShape;
import dev.dovetail.it.SchemaCrawlerShape.TableShape;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test of {@link CatalogReader} against SchemaCrawler as an independent oracle (JDBC
 * {@code DatabaseMetaData} of the PostgreSQL driver plus SchemaCrawler's PostgreSQL plugin). Every file of
 * every corpus case is loaded into its own fresh scratch database, read by both, and the two readings, mapped
 * into {@link SchemaCrawlerShape}, must agree on
 *
 * <ul>
 *   <li>the set of non-system schemas, empty ones included;
 *   <li>the set of ordinary tables (schema and name) in them;
 *   <li>for each table, its column names and their nullability;
 *   <li>the primary key's name and ordered columns;
 *   <li>the foreign keys: name, ordered columns, referenced table, ordered referenced columns, update and
 *       delete rules, deferrability;
 *   <li>the indexes: SchemaCrawler lists every index, including the ones backing primary key and unique
 *       constraints, which Dovetail models as part of the constraint and not in {@code Table.indexes()}. In
 *       PostgreSQL such an index has the constraint's name, so SchemaCrawler's index names are compared with
 *       Dovetail's index names plus its primary key and unique constraint names. Uniqueness is compared for
 *       every index, and the ordered columns (keys, then {@code INCLUDE}) for every index whose elements are
 *       all plain columns.
 * </ul>
 *
 * <p>Deliberately not compared:
 *
 * <ul>
 *   <li>column types: SchemaCrawler names types the JDBC way ({@code int4}, {@code varchar} with a separate
 *       size), Dovetail keeps {@code format_type}'s text; the two do not map one to one;
 *   <li>defaults, generated and identity columns, collations, check constraints, index methods, predicates
 *       and sort order: all are expressions or options that SchemaCrawler's standard crawl either does not
 *       load or reports in a different textual form; the round-trip corpus test covers them;
 *   <li>the columns of expression indexes: the driver reports an expression key as a synthetic column named
 *       after {@code pg_get_indexdef}'s non-pretty text, not comparable with Dovetail's pretty-printed keys;
 *       names and uniqueness of such indexes are still compared.
 * </ul>
 *
 * <p>On the {@code partition-*} cases the table sets agree: a partitioned table is compared as a table and
 * its partitions, which Dovetail keeps inside their table, are not among SchemaCrawler's tables either.
 * Known blind spot: the driver cannot tell an extension-owned table or schema from a user one, while
 * Dovetail skips them; the extension cases create no such tables.
 */
class SchemaCrawlerOracleIT {

  @BeforeAll
  static void quietSchemaCrawler() {
    SchemaCrawlerOracle.quietLogging();
  }

  static Stream<CorpusCase> cases() {
    List<CorpusCase> cases = CorpusCase.selected();
    assertThat(cases).as("corpus cases on the test classpath").isNotEmpty();
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  // Not concurrent: two crawls at once mixed up their catalogs (a case saw another case's tables), so SchemaCrawler
  // keeps state across crawls.
  void schemaCrawlerAgreesWithCatalogReader(CorpusCase corpusCase) throws Exception {
    SoftAssertions softly = new SoftAssertions();
    for (SqlScript script : List.of(corpusCase.before(), corpusCase.after())) {
      compare(script, softly);
    }
    softly.assertAll();
  }

  /** @param script a case's file as the declared schema loads it ({@link CorpusCase}) */
  private void compare(SqlScript script, SoftAssertions softly) throws Exception {
    String where = script.displayName();

    CatalogShape ours;
    CatalogShape oracle;
    Set<QualifiedName> partitions = new TreeSet<>();
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      script.execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
      DatabaseSchema schema = new CatalogReader().read(connection);
      ours = SchemaCrawlerShape.fromDovetail(schema);
      try (Connection crawler = database.connect()) {
        oracle = SchemaCrawlerOracle.crawl(crawler);
      }
      schema.tables().forEach(t -> t.allPartitions().forEach(p -> partitions.add(p.name())));
    }
    // Dovetail keeps partitions (at any depth) inside their partitioned table; the driver lists them as tables of their own.
    oracle.tables().keySet().removeAll(partitions);

    softly
        .assertThat(ours.schemas())
        .as("%s: schemas (CatalogReader vs SchemaCrawler)", where)
        .isEqualTo(oracle.schemas());
    softly
        .assertThat(ours.tables().keySet())
        .as("%s: tables (CatalogReader vs SchemaCrawler)", where)
        .isEqualTo(oracle.tables().keySet());

    for (Map.Entry<QualifiedName, TableShape> entry : ours.tables().entrySet()) {
      TableShape mine = entry.getValue();
      TableShape theirs = oracle.tables().get(entry.getKey());
      if (theirs == null) {
        continue; // already reported by the table set comparison
      }
      String table = where + ": table " + entry.getKey();
      softly
          .assertThat(mine.columns())
          .as("%s: columns (name -> NOT NULL), CatalogReader vs SchemaCrawler", table)
          .isEqualTo(theirs.columns());
      softly
          .assertThat(mine.primaryKey())
          .as("%s: primary key (name, ordered columns), CatalogReader vs SchemaCrawler", table)
          .isEqualTo(theirs.primaryKey());
      softly
          .assertThat(mine.foreignKeys())
          .as("%s: foreign keys, CatalogReader vs SchemaCrawler", table)
          .isEqualTo(theirs.foreignKeys());
      compareIndexes(table, mine.indexes(), theirs.indexes(), softly);
    }
  }

  /**
   * pgjdbc's getIndexInfo trims the quotes around an index column's name, and with them every quote the name
   * ends with ({@code "Line ""No"""} is reported as {@code Line "No}); compare our names cut the same way.
   */
  private static String asDriverReportsIt(String column) {
    return column.replaceAll("\"+$", "");
  }

  private static void compareIndexes(
      String table, Map<String, IndexShape> mine, Map<String, IndexShape> theirs, SoftAssertions softly) {
    softly
        .assertThat(new TreeSet<>(mine.keySet()))
        .as(
            "%s: index names (CatalogReader's indexes plus primary key and unique constraint names) vs"
                + " SchemaCrawler's indexes",
            table)
        .isEqualTo(new TreeSet<>(theirs.keySet()));
    for (IndexShape index : mine.values()) {
      IndexShape other = theirs.get(index.name());
      if (other == null) {
        continue; // already reported by the name comparison
      }
      softly
          .assertThat(index.unique())
          .as("%s: index %s is unique, CatalogReader vs SchemaCrawler", table, index.name())
          .isEqualTo(other.unique());
      if (index.columns() != null) {
        softly
            .assertThat(index.columns().stream().map(SchemaCrawlerOracleIT::asDriverReportsIt).toList())
            .as("%s: index %s columns (keys then INCLUDE), CatalogReader vs SchemaCrawler", table, index.name())
            .isEqualTo(other.columns());
      }
    }
  }
}
