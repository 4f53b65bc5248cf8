package dev.dovetail.diff.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.dir.MigrationScript;
import dev.dovetail.core.dir.MigrationVersion;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationReplayIT {

  @TempDir Path directory;

  /**
   * As Flyway gives the session its role and search_path back after each migration, a replay does: a SET ROLE or
   * search_path in one migration made the next one fail (for lack of rights, or on a missing schema) under its name.
   */
  @Test
  void roleAndSearchPathOfOneMigrationDoNotCarryIntoTheNext() throws Exception {
    Path first = Files.writeString(directory.resolve("V1__first.sql"), "CREATE SCHEMA other;\nCREATE TABLE first (id int);\n"
        + "ALTER TABLE first OWNER TO dovetail_test_replayer;\nSET ROLE dovetail_test_replayer;\nSET search_path TO other;\n");
    Path second = Files.writeString(directory.resolve("V2__second.sql"), "CREATE TABLE second (id int);\n");
    List<MigrationScript> scripts = List.of(
        new MigrationScript(new MigrationVersion("1"), "first", first), new MigrationScript(new MigrationVersion("2"), "second", second));
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      MigrationReplay.apply(connection, scripts);
      try (ResultSet rs = connection.createStatement().executeQuery(
          "SELECT n.nspname, pg_catalog.pg_get_userbyid(c.relowner) = session_user FROM pg_catalog.pg_class c"
              + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = 'second'")) {
        assertThat(rs.next()).as("V2's table").isTrue();
        assertThat(rs.getString(1)).as("in the schema the session's own search_path names").isEqualTo("public");
        assertThat(rs.getBoolean(2)).as("owned by the session's role").isTrue();
      }
    }
  }

  /**
   * On a sandboxed scratch database, a file with owner changes runs statement by statement (the provider's user gives
   * the objects away, and could not see an open transaction of the sandbox); the LOCK TABLE of a swap, written for a
   * transaction, is left out there, where no other session needs keeping out.
   */
  @Test
  void aTransactionalFileThatLocksAndGivesAwayRunsOnTheSandbox() throws Exception {
    Path swap = Files.writeString(directory.resolve("V1__swap.sql"), "CREATE TABLE t (id int);\nCREATE VIEW v AS SELECT id FROM t;\n"
        + "SET LOCAL lock_timeout = '5s';\nLOCK TABLE public.t IN ACCESS EXCLUSIVE MODE;\nDROP VIEW v;\n"
        + "CREATE VIEW v AS SELECT id FROM t;\nALTER VIEW v OWNER TO dovetail_test_replayer;\n");
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      assertThat(database.sandboxed()).isTrue();
      MigrationReplay.apply(connection, List.of(new MigrationScript(new MigrationVersion("1"), "swap", swap)));
      try (ResultSet rs = connection.createStatement().executeQuery(
          "SELECT pg_catalog.pg_get_userbyid(c.relowner) FROM pg_catalog.pg_class c WHERE c.relname = 'v'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("dovetail_test_replayer");
      }
    }
  }
}
