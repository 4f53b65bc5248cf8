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

  /** Every character outside the left-out ranges and every line break stays where it was. */
  private static void assertSameShape(String original, String executable) {
    assertThat(executable).hasSize(original.length());
    for (int k = 0; k < original.length(); k++) {
      char o = original.charAt(k);
      char e = executable.charAt(k);
      if (o == '\n' || o == '\r') {
        assertThat(e).as("line break at %d", k).isEqualTo(o);
      } else {
        assertThat(e).as("character %d", k).isIn(o, ' ');
      }
    }
  }

  @Test
  void restrictAndUnrestrictLinesAreBlankedAndEverythingElseStays() {
    String text = "--\n-- PostgreSQL database dump\n--\n\n\\restrict AbC123\n\nSET lock_timeout = 0;\n"
        + "SELECT pg_catalog.set_config('search_path', '', false);\nCREATE TABLE public.t (id int);\n\n\\unrestrict AbC123\n";

    PsqlInput input = read(text);

    assertSameShape(text, input.executable().text());
    assertThat(input.executable().text())
        .isEqualTo(text.replace("\\restrict AbC123", " ".repeat(16)).replace("\\unrestrict AbC123", " ".repeat(18)));
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
    assertSameShape(text, executable);
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

    assertThat(input.executable().text()).isEqualTo(text.replace("\\restrict k", " ".repeat(11)));
    assertThat(input.skippedData()).isEmpty();
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
        + "CREATE SCHEMA public_too;\n";

    String executable = read(text).executable().text();

    assertSameShape(text, executable);
    assertThat(executable.lines().map(String::strip).filter(l -> !l.isEmpty()).toList())
        .containsExactly("SET lock_timeout = 0;", "ALTER SCHEMA public OWNER TO pg_database_owner;", "CREATE SCHEMA public_too;");
  }
}
