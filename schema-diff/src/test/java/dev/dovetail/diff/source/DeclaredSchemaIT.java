package dev.dovetail.diff.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.MigrationException;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclaredSchemaIT {

  private static final String DUMP_HEAD = "--\n-- PostgreSQL database dump\n--\n\n\\restrict kEy0\n\n"
      + "SELECT pg_catalog.set_config('search_path', '', false);\n"
      + "CREATE TABLE public.\"café\" (id int, name text);\n"
      + "COPY public.\"café\" (id, name) FROM stdin;\n"
      + "1\tcrème brûlée \\\\ 数据\n"
      + "\\.\n"
      + "\\unrestrict kEy0\n";

  @TempDir Path directory;

  private List<PsqlInput.CopyBlock> apply(String... files) throws Exception {
    for (int k = 0; k < files.length; k++) {
      Files.writeString(directory.resolve("0" + k + ".sql"), files[k]);
    }
    DeclaredSchema declared = new DeclaredSchema(directory);
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      List<PsqlInput.CopyBlock> skipped = declared.applyTo(connection, declared.files());
      try (ResultSet rs = connection.createStatement().executeQuery("SELECT count(*) FROM public.\"café\"")) {
        rs.next();
        assertThat(rs.getInt(1)).as("rows are not loaded").isZero();
      }
      return skipped;
    }
  }

  @Test
  void aParseErrorAfterSkippedLinesPointsAtTheLineAndColumnOfTheFileAsWritten() {
    String file = DUMP_HEAD + "CREATE TABLE public.\"数据\" (\n  id int,\n  x  intt\n);\n";
    assertThatThrownBy(() -> apply(file))
        .isInstanceOf(MigrationException.class)
        .hasMessage(directory.resolve("00.sql") + ":15:6: type \"intt\" does not exist");
  }

  @Test
  void anErrorOnTheLineOfALeftOutStatementKeepsItsColumn() {
    String line = "CREATE SCHEMA public; CREATE TABLE public.t (x intt);";
    assertThatThrownBy(() -> apply(DUMP_HEAD + line + "\n"))
        .isInstanceOf(MigrationException.class)
        .hasMessage(directory.resolve("00.sql") + ":13:" + (line.indexOf("intt") + 1) + ": type \"intt\" does not exist");
  }

  @Test
  void anErrorWhileAStatementRunsAfterSkippedLinesPointsAtThatStatement() {
    String file = DUMP_HEAD + "\n  ALTER TABLE public.missing ADD COLUMN x int;\n";
    assertThatThrownBy(() -> apply(file))
        .isInstanceOf(MigrationException.class)
        .hasMessage(directory.resolve("00.sql") + ":14:3: relation \"public.missing\" does not exist");
  }

  @Test
  void settingsOfOneFileDoNotCarryOverToTheNext() throws Exception {
    List<PsqlInput.CopyBlock> skipped = apply(DUMP_HEAD, "CREATE TABLE unqualified (id int);\n");
    assertThat(skipped).extracting(PsqlInput.CopyBlock::toString).containsExactly(directory.resolve("00.sql") + ":9 public.\"café\" (id, name)");
  }

  /**
   * A SET ROLE in one file carried into the next (RESET ALL leaves the role), whose CREATE TABLE then failed for lack of
   * rights, reported against the wrong file.
   */
  @Test
  void aRoleSetInOneFileDoesNotCarryIntoTheNext() throws Exception {
    Files.writeString(directory.resolve("01.sql"),
        "CREATE TABLE first (id int);\nALTER TABLE first OWNER TO dovetail_test_setter;\nSET ROLE dovetail_test_setter;\n");
    Files.writeString(directory.resolve("02.sql"), "CREATE TABLE second (id int);\n");
    DeclaredSchema declared = new DeclaredSchema(directory);
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      declared.applyTo(connection, declared.files());
      try (ResultSet rs = connection.createStatement().executeQuery(
          "SELECT pg_catalog.pg_get_userbyid(c.relowner) = current_user, current_user = session_user"
              + " FROM pg_catalog.pg_class c WHERE c.relname = 'second'")) {
        assertThat(rs.next()).as("the next file's table").isTrue();
        assertThat(rs.getBoolean(1)).as("owned by the session's role").isTrue();
        assertThat(rs.getBoolean(2)).as("the role reset").isTrue();
      }
    }
  }
}
