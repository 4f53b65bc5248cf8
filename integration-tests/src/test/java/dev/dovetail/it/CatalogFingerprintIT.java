package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.source.SqlScript;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link CatalogFingerprint} is only an oracle if it can fail: databases that differ in one structural
 * detail must fingerprint differently, in a line about that detail, and databases that differ only in what a
 * migration cannot or need not reproduce (column order, sequence values) must fingerprint equal.
 */
class CatalogFingerprintIT {

  private static final String TABLE = "CREATE TABLE t (id bigint PRIMARY KEY, a integer, b text);\n";

  static Stream<Arguments> schemasDifferingInOneDetail() {
    return Stream.of(
        arguments(
            "a column default",
            "CREATE TABLE t (a integer DEFAULT 1);",
            "CREATE TABLE t (a integer DEFAULT 2);",
            "column public.t.a integer default 1",
            "column public.t.a integer default 2"),
        arguments(
            "a check constraint",
            TABLE + "ALTER TABLE t ADD CONSTRAINT a_positive CHECK (a > 0);",
            TABLE + "ALTER TABLE t ADD CONSTRAINT a_positive CHECK (a >= 0);",
            "constraint public.t a_positive CHECK ((a > 0))",
            "constraint public.t a_positive CHECK ((a >= 0))"),
        arguments(
            "an index's columns",
            TABLE + "CREATE INDEX t_idx ON t (a);",
            TABLE + "CREATE INDEX t_idx ON t (a, b);",
            "index CREATE INDEX t_idx ON public.t USING btree (a)",
            "index CREATE INDEX t_idx ON public.t USING btree (a, b)"),
        arguments(
            "a comment",
            TABLE + "COMMENT ON COLUMN t.b IS 'first';",
            TABLE + "COMMENT ON COLUMN t.b IS 'second';",
            "comment on table column public.t.b is 'first'",
            "comment on table column public.t.b is 'second'"),
        arguments(
            "a view definition",
            TABLE + "CREATE VIEW v AS SELECT id, a FROM t WHERE a > 0;",
            TABLE + "CREATE VIEW v AS SELECT id, a FROM t WHERE a > 1;",
            "definition public.v  SELECT id,\\n    a\\n   FROM public.t\\n  WHERE (a > 0);",
            "definition public.v  SELECT id,\\n    a\\n   FROM public.t\\n  WHERE (a > 1);"),
        arguments(
            "a policy",
            TABLE + "ALTER TABLE t ENABLE ROW LEVEL SECURITY;\nCREATE POLICY mine ON t FOR SELECT USING (b = current_user);",
            TABLE + "ALTER TABLE t ENABLE ROW LEVEL SECURITY;\nCREATE POLICY mine ON t FOR UPDATE USING (b = current_user);",
            "policy public.t mine permissive for select to public using ((b = CURRENT_USER))",
            "policy public.t mine permissive for update to public using ((b = CURRENT_USER))"),
        arguments(
            "the validity of a foreign key",
            TABLE + "CREATE TABLE u (t_id bigint);\nALTER TABLE u ADD CONSTRAINT u_t FOREIGN KEY (t_id) REFERENCES t (id);",
            TABLE + "CREATE TABLE u (t_id bigint);\nALTER TABLE u ADD CONSTRAINT u_t FOREIGN KEY (t_id) REFERENCES t (id) NOT VALID;",
            "constraint public.u u_t FOREIGN KEY (t_id) REFERENCES public.t(id)",
            "constraint public.u u_t FOREIGN KEY (t_id) REFERENCES public.t(id) NOT VALID not validated"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemasDifferingInOneDetail")
  void aStructuralDifferenceChangesTheFingerprintInALineAboutIt(
      String detail, String one, String other, String lineOfOne, String lineOfOther) throws SQLException {
    assertThat(CatalogFingerprint.differences(fingerprintOf(other), fingerprintOf(one)))
        .as("the fingerprints of two databases that differ in " + detail)
        .containsExactlyInAnyOrder("- " + lineOfOne, "+ " + lineOfOther);
  }

  @Test
  void columnOrderDoesNotMatter() throws SQLException {
    List<String> declared = fingerprintOf("CREATE TABLE t (id bigint PRIMARY KEY, a integer NOT NULL DEFAULT 0, b text);");
    List<String> migrated =
        fingerprintOf(
            "CREATE TABLE t (b text, gone date, id bigint PRIMARY KEY);\n"
                + "ALTER TABLE t DROP COLUMN gone;\n"
                + "ALTER TABLE t ADD COLUMN a integer NOT NULL DEFAULT 0;");

    assertThat(migrated).containsExactlyElementsOf(declared).contains("column public.t.a integer not null default 0");
  }

  @Test
  void aSequencesCurrentValueDoesNotMatter() throws SQLException {
    String sequence = "CREATE SEQUENCE counter INCREMENT 5;\n";

    assertThat(fingerprintOf(sequence + "SELECT nextval('counter'), nextval('counter');"))
        .containsExactlyElementsOf(fingerprintOf(sequence))
        .anyMatch(line -> line.startsWith("sequence options public.counter as bigint start 1 increment 5 "));
  }

  @Test
  void theSessionIsLeftAsItWas() throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect(SqlScript.driverOptions());
        Statement statement = connection.createStatement()) {
      statement.execute("SET search_path = public");

      CatalogFingerprint.of(connection);

      assertThat(connection.getAutoCommit()).isTrue();
      try (ResultSet row = statement.executeQuery("SHOW search_path")) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString(1)).isEqualTo("public");
      }
    }
  }

  private static List<String> fingerprintOf(String sql) throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      new SqlScript("schema.sql", sql).execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
      return CatalogFingerprint.of(connection);
    }
  }
}
