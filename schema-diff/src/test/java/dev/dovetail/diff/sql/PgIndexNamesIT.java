package dev.dovetail.diff.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.Table;
import dev.dovetail.diff.introspect.CatalogReader;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PostgreSQL itself is the oracle: the name it gives the index it builds on a partition for an index of the table is
 * the first of {@link PgIndexNames#candidates}, or the next one free when a relation already has it.
 */
class PgIndexNamesIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          one column | p1 | (a) | false
          columns needing quotes | "Part One" | (a, "Mixed Case") | false
          expressions | p1 | (lower(b), (a + 1)) | false
          casts | p1 | ((b::varchar), (a::bigint), ((a + 1)::text), ("Mixed Case"::numeric(10, 2)), (a + b::integer)) | false
          qualified and quoted functions | p1 | (pg_catalog.lower(b), "substring"(b, 1, 2), COALESCE(a, 0), (a + 1)) | false
          a predicate | p1 | (a) WHERE b IS NOT NULL | false
          a column twice | p1 | (a, a) | false
          INCLUDE columns | p1 | (a) INCLUDE (b, "Mixed Case") | false
          a long partition name | partition_with_a_name_long_enough_to_be_cut_by_postgresql_xx | (a, "Mixed Case", b) | false
          long column names cut first | p1 | (column_with_a_name_long_enough_to_be_cut_by_postgresql_xxxxxxx, another_column_with_a_name_long_enough_to_be_cut_by_postgres) | false
          multibyte names cut at a character | "ÉvénementsÀÉvénementsÀÉvénementsÀÉvénementsÀÉvénements" | ("Mixed Case", ünïcödé_cölümn_ünïcödé) | false
          a name already taken | p1 | (a) | true
          """)
  void theFirstFreeCandidateIsPostgresqlsChoice(String why, String partition, String keys, boolean taken) throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect();
        Statement sql = connection.createStatement()) {
      sql.execute("CREATE TABLE t (a int, b text, \"Mixed Case\" int,"
          + " column_with_a_name_long_enough_to_be_cut_by_postgresql_xxxxxxx int,"
          + " another_column_with_a_name_long_enough_to_be_cut_by_postgres int, ünïcödé_cölümn_ünïcödé int)"
          + " PARTITION BY LIST (a);"
          + "CREATE TABLE " + partition + " PARTITION OF t DEFAULT;");
      String unquoted = partition.startsWith("\"") ? partition.substring(1, partition.length() - 1) : partition;
      if (taken) {
        // a table with the first candidate's name: PostgreSQL goes on to the next
        Index probe = new Index("t_probe", dev.dovetail.core.model.QualifiedName.of("public", "t"), false, "btree",
            java.util.List.of("a"), java.util.List.of(), null, "CREATE INDEX t_probe ON public.t USING btree (a)", null);
        sql.execute("CREATE TABLE " + Sql.ident(PgIndexNames.candidates(probe, unquoted, 1).get(0)) + " ()");
      }
      sql.execute("CREATE INDEX t_keys ON t " + keys);
      Index index = new CatalogReader(false).read(connection).tables().stream()
          .filter(t -> t.name().name().equals("t")).map(Table::indexes).findFirst().orElseThrow().get(0);
      try (ResultSet rs = sql.executeQuery("SELECT c.relname FROM pg_catalog.pg_inherits h"
          + " JOIN pg_catalog.pg_class c ON c.oid = h.inhrelid WHERE h.inhparent = 'public.t_keys'::regclass")) {
        assertThat(rs.next()).isTrue();
        assertThat(PgIndexNames.candidates(index, unquoted, 3).get(taken ? 1 : 0)).isEqualTo(rs.getString(1));
      }
    }
  }
}
