package dev.dovetail.diff.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TypeChange} against PostgreSQL itself: a change it calls safe must keep the table's file (no rewrite),
 * and one it calls rewriting must get a new one, so that the hazard in the header tells the truth.
 */
class TypeChangeIT {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          character varying(10)          | character varying(20)          | true
          character varying(10)          | character varying              | true
          character varying(10)          | text                           | true
          text                           | character varying              | true
          numeric(10,2)                  | numeric(12,2)                  | true
          numeric(10,2)                  | numeric                        | true
          timestamp(3) without time zone | timestamp(6) without time zone | true
          bit varying(4)                 | bit varying(8)                 | true
          character varying(20)          | character varying(10)          | false
          numeric(10,2)                  | numeric(10,3)                  | false
          numeric(12,2)                  | numeric(10,2)                  | false
          integer                        | bigint                         | false
          text                           | character varying(10)          | false
          character(10)                  | character(20)                  | false
          timestamp(6) without time zone | timestamp(3) without time zone | false
          """)
  void agreesWithWhetherPostgresRewritesTheTable(String from, String to, boolean withoutRewrite) throws Exception {
    assertThat(TypeChange.withoutRewrite(from, to)).isEqualTo(withoutRewrite);
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
        Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE t (c " + from + ")");
      statement.execute("INSERT INTO t SELECT NULL FROM generate_series(1, 10)");
      long before = fileNode(statement);
      statement.execute("ALTER TABLE t ALTER COLUMN c TYPE " + to + " USING c::" + to);
      assertThat(fileNode(statement) == before).as("PostgreSQL kept the table's file").isEqualTo(withoutRewrite);
    }
  }

  private static long fileNode(Statement statement) throws Exception {
    try (ResultSet rs = statement.executeQuery("SELECT pg_relation_filenode('t')")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
