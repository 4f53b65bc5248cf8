package dev.dovetail.diff.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import org.junit.jupiter.api.Test;

class PsqlInputTest {

  private static PsqlInput read(String text) {
    return PsqlInput.of(new SqlScript("schema.sql", text));
  }

  /** Every line keeps its number, and every character kept stays in its column. */
  private static void assertSameLines(String original, String executable) {
    String[] before = original.split("\r?\n", -1);
    String[] after = executable.split("\r?\n", -1);
    assertThat(after).hasSameSizeAs(before);
    for (int line = 0; line < before.length; line++) {
      assertThat(after[line].length()).as("line %d", line + 1).isLessThanOrEqualTo(before[line].length());
      for (int column = 0; column < after[line].length(); column++) {
        assertThat(after[line].charAt(column)).as("line %d column %d", line + 1, column + 1).isIn(before[line].charAt(column), ' ');
      }
    }
  }

  @Test
  void restrictAndUnrestrictLinesAreBlankedAndEverythingElseStays() {
    String text = "--\n-- PostgreSQL database dump\n--\n\n\\restrict AbC123\n\nSET lock_timeout = 0;\n"
        + "SELECT pg_catalog.set_config('search_path', '', false);\nCREATE TABLE public.t (id int);\n\n\\unrestrict AbC123\n";

    PsqlInput input = read(text);

    assertSameLines(text, input.executable().text());
    assertThat(input.executable().text())
        .isEqualTo(text.replace("\\restrict AbC123", "").replace("\\unrestrict AbC123", ""));
    assertThat(input.executable().displayName()).isEqualTo("schema.sql");
    assertThat(input.skippedData()).isEmpty();
  }

  @Test
  void aFileWithoutPsqlInputIsTheSameScript() {
    SqlScript script = new SqlScript("a.sql", "CREATE TABLE t (note text DEFAULT E'\\\\x');\n");
    assertThat(PsqlInput.of(script).executable()).isSameAs(script);
  }

  @Test
  void copyFromStdinIsBlankedWithItsDataUpToTheBackslashDotLine() {
    String text = "CREATE TABLE public.t (id int, name text);\n"
        + "COPY public.t (id, name) FROM stdin;\n"
        + "1\t\\\\.\n"
        + "2\t\\N\n"
        + "3\tit's a \\t tab; $$ and \" and /* too\n"
        + "\\.\n"
        + "\n"
        + "COPY  public.u\n  FROM STDIN;\r\n"
        + "\\.\r\n"
        + "CREATE INDEX ON public.t (id);\n";

    PsqlInput input = read(text);

    String executable = input.executable().text();
    assertSameLines(text, executable);
    assertThat(executable.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
        .containsExactly("CREATE TABLE public.t (id int, name text);", "CREATE INDEX ON public.t (id);");
    assertThat(input.skippedData()).extracting(PsqlInput.CopyBlock::toString)
        .containsExactly("schema.sql:2 public.t (id, name)", "schema.sql:8 public.u");
  }

  @Test
  void aBackslashFirstOnALineInsideQuotesOrCommentsIsNoMetaCommand() {
    String text = "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $body$\n"
        + "BEGIN\n"
        + "\\connect inside a dollar quote; COPY t FROM stdin;\n"
        + "RETURN $$x$$ || $q$\n\\i q$q$;\n"
        + "END\n"
        + "$body$;\n"
        + "SELECT $q$\n\\i q$q$, $$\n\\x$$;\n"
        + "COMMENT ON FUNCTION f() IS 'a literal\n"
        + "\\set over two lines '' still in it\n"
        + "\\. as well';\n"
        + "COMMENT ON TABLE t IS E'escaped quote \\'\n"
        + "\\copy still in the literal';\n"
        + "CREATE TABLE \"odd\n"
        + "\\name\" (id int);\n"
        + "/* a comment /* nested\n"
        + "*/\n"
        + "\\gexec still in the outer comment */\n"
        + "CREATE FUNCTION g(int) RETURNS int LANGUAGE sql RETURN $1;\n"
        + "CREATE TABLE a$b$ (id int);\n"
        + "\\restrict k\n";

    PsqlInput input = read(text);

    assertThat(input.executable().text()).isEqualTo(text.replace("\\restrict k", ""));
    assertThat(input.skippedData()).isEmpty();
  }

  @Test
  void aRestrictLineInsideACopyStatementGoesWithIt() {
    String text = "COPY t (a)\n\\restrict k\nFROM stdin;\n1\n\\.\nSELECT 1;\n";

    PsqlInput input = read(text);

    assertThat(input.executable().text()).isEqualTo("\n\n\n\n\nSELECT 1;\n");
    assertThat(input.skippedData()).extracting(PsqlInput.CopyBlock::toString).containsExactly("schema.sql:1 t (a)");
  }

  @Test
  void anotherMetaCommandIsAnErrorNamingFileLineAndCommand() {
    assertThatThrownBy(() -> read("CREATE TABLE t (id int);\n-- a comment\n  \\connect other\nCREATE TABLE u (id int);\n"))
        .isInstanceOf(MigrationException.class)
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.DECLARED_SCHEMA_INVALID))
        .hasMessageStartingWith("schema.sql:3: \\connect is a psql meta-command;")
        .hasMessageContaining("remove it");
    assertThatThrownBy(() -> read("\\i other.sql\n")).hasMessageStartingWith("schema.sql:1: \\i is a psql meta-command;");
    assertThatThrownBy(() -> read("SELECT 1;\n\\.\n")).hasMessage("schema.sql:2: \\. ends the data of a COPY … FROM stdin, and no such COPY precedes it");
  }

  @Test
  void copyDataWithoutItsEndIsAnError() {
    assertThatThrownBy(() -> read("SELECT 1;\n\nCOPY t (a) FROM stdin;\n1\n2\n"))
        .isInstanceOf(MigrationException.class)
        .hasMessage("schema.sql:3: the data of this COPY … FROM stdin has no \\. line ending it");
  }

  @Test
  void copyToAFileOrFromAFileIsLeftToPostgreSql() {
    String text = "COPY t TO stdout;\nCOPY t FROM '/tmp/x';\n";
    assertThat(read(text).executable().text()).isEqualTo(text);
  }

  @Test
  void createSchemaPublicAndTransactionTimeoutAreLeftOutAsTheyFailOnAScratchDatabase() {
    String text = "SET transaction_timeout = 0;\nSET lock_timeout = 0;\nCREATE SCHEMA public;\nALTER SCHEMA public OWNER TO pg_database_owner;\n"
        + "CREATE SCHEMA public_too;\nCREATE SCHEMA \"public\"; CREATE TABLE t (id int);\n";

    String executable = read(text).executable().text();

    assertSameLines(text, executable);
    assertThat(executable.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
        .containsExactly("SET lock_timeout = 0;", "ALTER SCHEMA public OWNER TO pg_database_owner;", "CREATE SCHEMA public_too;",
            "CREATE TABLE t (id int);");
    assertThat(executable).as("the rest of a line keeps its columns").contains("\n" + " ".repeat("CREATE SCHEMA \"public\"; ".length()) + "CREATE TABLE t (id int);\n");
  }
}
