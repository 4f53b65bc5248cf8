package dev.dovetail.diff.scratch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScratchDatabaseIT {

  private final EmbeddedScratchProvider provider = EmbeddedScratchProvider.shared();

  @Test
  void embeddedDefaultIsPostgres18() {
    assertThat(provider.majorVersion()).isEqualTo(18);
    assertThat(provider.description()).startsWith("embedded PostgreSQL 18");
  }

  /**
   * A database is dropped when it is closed, or, on a server of the run's own, emptied for the next use
   * ({@link ScratchRecyclingIT}); either way the next use finds it empty.
   */
  @Test
  void everyUseGetsAFreshDatabaseEvenWhenTheUseFails() throws SQLException {
    List<String> names = new ArrayList<>();
    assertThatThrownBy(() -> {
          try (ScratchDatabase database = provider.create();
              Connection connection = database.connect()) {
            names.add(database.name());
            connection.createStatement().execute("CREATE TABLE t (id int)");
            connection.createStatement().execute("this is not sql");
          }
        })
        .isInstanceOf(SQLException.class);
    try (ScratchDatabase other = provider.create();
        Connection connection = other.connect()) {
      names.add(other.name());
      assertThat(tables(connection)).as("a fresh database is empty").isZero();
      if (!other.name().equals(names.get(0))) {
        assertThat(databaseExists(connection, names.get(0))).as("the failed use's database, unless emptied, is gone").isFalse();
      }
    }
    assertThat(names.get(0)).startsWith("dovetail_");
    ServerScratchProvider shared = new ServerScratchProvider(adminUrl(), "postgres", null, "the embedded server, as a url");
    String dropped;
    try (ScratchDatabase database = shared.create(); Connection connection = database.connect()) {
      dropped = database.name();
      connection.createStatement().execute("CREATE TABLE t (id int)");
    }
    try (ScratchDatabase other = shared.create(); Connection connection = other.connect()) {
      assertThat(other.name()).isNotEqualTo(dropped);
      assertThat(databaseExists(connection, dropped)).as("on a server shared with others, a closed database is dropped").isFalse();
    }
  }

  private static String adminUrl() {
    try (ScratchDatabase any = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      return any.jdbcUrl().replace("/" + any.name(), "/postgres");
    }
  }

  /**
   * The declared schema and the migrations are untrusted input: each statement below reaches outside the scratch
   * database, and PostgreSQL itself refuses it to the sandbox every scratch connection logs in as.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "DROP DATABASE postgres",
    "CREATE DATABASE escaped",
    "CREATE ROLE escaped SUPERUSER",
    "CREATE ROLE escaped",
    "ALTER ROLE CURRENT_USER SUPERUSER",
    "ALTER ROLE CURRENT_USER CREATEDB",
    "ALTER SYSTEM SET work_mem = '1GB'",
    "COPY (SELECT 1) TO PROGRAM 'touch /tmp/dovetail-escaped'",
    "COPY (SELECT 1) TO '/tmp/dovetail-escaped'",
    "SELECT pg_read_file('postgresql.conf')",
    "CREATE EXTENSION dblink",
    "CREATE EXTENSION postgres_fdw",
    "CREATE EXTENSION file_fdw",
    "SET ROLE postgres",
    "SET SESSION AUTHORIZATION postgres",
    "GRANT pg_execute_server_program TO CURRENT_USER",
    "CREATE TABLESPACE escaped LOCATION '/tmp'",
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'postgres'",
  })
  void theSandboxRefusesWhatReachesOutsideTheDatabase(String escape) throws SQLException {
    try (ScratchDatabase database = provider.create();
        Connection connection = database.connect()) {
      assertThatThrownBy(() -> connection.createStatement().execute(escape))
          .as(escape)
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(e.getMessage()).isIn("42501", "0A000", "58P01", "25001"));
    }
  }

  @Test
  void theSandboxOwnsItsDatabaseAndMayCreateTrustedExtensionsAndGiveObjectsToTheRolesItNames() throws SQLException {
    String sandbox;
    try (ScratchDatabase database = provider.create();
        Connection connection = database.connect()) {
      sandbox = database.name();
      database.ensureRoles(List.of("app_owner"));
      var statement = connection.createStatement();
      statement.execute("CREATE EXTENSION pgcrypto");
      statement.execute("CREATE SCHEMA app");
      statement.execute("ALTER SCHEMA app OWNER TO app_owner");
      statement.execute("CREATE TABLE app.t (id int)");
      statement.execute("ALTER TABLE app.t OWNER TO app_owner");
      statement.execute("CREATE TABLE public.t (id int)");
      statement.execute("COMMENT ON SCHEMA public IS 'ours'");
      try (ResultSet rs = statement.executeQuery("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo(sandbox);
        assertThat(rs.getBoolean(2)).isFalse();
      }
    }
    try (ScratchDatabase other = provider.create();
        Connection connection = other.connect();
        var query = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
      query.setString(1, sandbox);
      assertThat(query.executeQuery().next()).as("the sandbox role is dropped with its database").isFalse();
      other.ensureRoles(List.of("postgres"));
      assertThatThrownBy(() -> connection.createStatement().execute("SET ROLE postgres"))
          .as("a role Dovetail did not make is not given to the sandbox").isInstanceOf(SQLException.class);
    }
  }

  private static int tables(Connection connection) throws SQLException {
    try (ResultSet rs = connection.createStatement().executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static boolean databaseExists(Connection connection, String name) throws SQLException {
    try (var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      statement.setString(1, name);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next();
      }
    }
  }
}
