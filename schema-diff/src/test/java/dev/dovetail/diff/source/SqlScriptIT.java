package dev.dovetail.diff.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlScriptIT {

  @Test
  void reportsFileLineAndColumnCountingCharactersNotBytes() throws Exception {
    String text =
        "-- a comment; with a semicolon\n"
            + "CREATE TABLE \"café\" (id int); /* ; */\n"
            + "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"
            + "CREATE TABLE \"数据\" (\n"
            + "  id int,\n"
            + "  x  intt\n"
            + ");\n";
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      assertThatThrownBy(() -> new SqlScript("schema/b.sql", text).execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID))
          .isInstanceOf(MigrationException.class)
          .hasMessage("schema/b.sql:6:6: type \"intt\" does not exist");
    }
  }

  /**
   * A script of thousands of statements (a pg_dump of a large schema) runs in chunks, so that it does not need a lock
   * table holding every object it creates at once: on a server whose lock table is tiny, the same text as one
   * transaction fails, and through {@link SqlScript#execute} it runs. A failure in a later chunk still names its line.
   */
  @Test
  void aLargeScriptRunsWithinASmallLockTable(@TempDir Path directory) throws Exception {
    String tables = IntStream.range(0, 2_000).mapToObj(i -> "CREATE TABLE t" + i + " (id int);").collect(Collectors.joining("\n"));
    try (EmbeddedPostgres server = EmbeddedPostgres.builder()
        .setDataDirectory(Files.createDirectories(directory.resolve("data")))
        // a lock table of a few hundred entries: more than a chunk needs, far less than the whole script
        .setServerConfig("max_locks_per_transaction", "30")
        .setServerConfig("max_connections", "10")
        .setServerConfig("max_wal_senders", "0")
        .setServerConfig("max_worker_processes", "0")
        .setServerConfig("autovacuum_worker_slots", "1")
        .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
        .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
        .start()) {
      try (Connection connection = server.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
        sql.execute("CREATE DATABASE one_go");
        sql.execute("CREATE DATABASE chunked");
      }
      try (Connection connection = connect(server, "one_go"); Statement sql = connection.createStatement()) {
        assertThatThrownBy(() -> sql.execute(tables)).isInstanceOf(SQLException.class).hasMessageContaining("max_locks_per_transaction");
      }
      try (Connection connection = connect(server, "chunked")) {
        connection.setAutoCommit(true);
        new SqlScript("schema/large.sql", tables).execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
        try (Statement sql = connection.createStatement();
            ResultSet rs = sql.executeQuery("SELECT count(*) FROM pg_class WHERE relname ~ '^t[0-9]+$' AND relkind = 'r'")) {
          rs.next();
          assertThat(rs.getInt(1)).isEqualTo(2_000);
        }
        String failing = tables.replace("TABLE t", "TABLE u").replace("CREATE TABLE u1717 (id int);", "CREATE TABLE u1717 (id intt);");
        assertThatThrownBy(() -> new SqlScript("schema/large.sql", failing).execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID))
            .isInstanceOf(MigrationException.class)
            .hasMessage("schema/large.sql:1718:24: type \"intt\" does not exist");
      }
    }
  }

  /** @return a connection as scripts are run on: the simple query protocol, where a multi-statement text is one transaction */
  private static Connection connect(EmbeddedPostgres server, String database) throws SQLException {
    java.util.Properties options = SqlScript.driverOptions();
    options.setProperty("user", "postgres");
    return java.sql.DriverManager.getConnection(server.getJdbcUrl("postgres", database).replaceFirst("\\?.*", ""), options);
  }
}
