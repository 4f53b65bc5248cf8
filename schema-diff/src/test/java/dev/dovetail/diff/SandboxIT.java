package dev.dovetail.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The declared schema is untrusted input: SQL that reaches outside the scratch database fails the diff with the file
 * and line, and leaves the server as it was (no database, role or file appears, none goes). The scratch server is the
 * embedded one, which is also the server of the "other" database these statements aim at.
 */
class SandboxIT {

  private static final EmbeddedScratchProvider SERVER = EmbeddedScratchProvider.shared();

  /** A database of the same server that no scratch database may touch, standing in for a live one. */
  private static ScratchDatabase victim;

  @TempDir Path project;

  @BeforeAll
  static void createVictim() throws SQLException {
    victim = SERVER.withoutSandbox().create();
    try (Connection connection = victim.connect(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE precious (id int)");
    }
  }

  @AfterAll
  static void dropVictim() {
    victim.close();
  }

  static Stream<Arguments> escapes() {
    return Stream.of(
        Arguments.of("DROP DATABASE %victim%", "must be owner of database"),
        Arguments.of("CREATE DATABASE sandbox_escaped", "permission denied to create database"),
        Arguments.of("CREATE ROLE sandbox_escaped SUPERUSER", "permission denied to create role"),
        Arguments.of("DO $$ BEGIN EXECUTE 'CREATE ROLE sandbox_escaped'; END $$", "permission denied to create role"),
        Arguments.of("ALTER ROLE CURRENT_USER SUPERUSER", "permission denied to alter role"),
        Arguments.of("ALTER SYSTEM SET work_mem = '1GB'", "permission denied to set parameter"),
        Arguments.of("CREATE EXTENSION dblink", "permission denied to create extension \"dblink\""),
        Arguments.of("CREATE EXTENSION postgres_fdw", "permission denied to create extension \"postgres_fdw\""),
        Arguments.of("CREATE EXTENSION file_fdw", "permission denied to create extension \"file_fdw\""),
        Arguments.of("COPY (SELECT 1) TO PROGRAM 'touch %file%'", "permission denied to COPY to or from an external program"),
        Arguments.of("COPY (SELECT 1) TO '%file%'", "permission denied to COPY to a file"),
        Arguments.of("SELECT pg_catalog.pg_read_file('postgresql.conf')", "permission denied for function pg_read_file"),
        Arguments.of("SET ROLE postgres", "permission denied to set role \"postgres\""),
        Arguments.of("ALTER TABLE ok OWNER TO pg_execute_server_program",
            "OWNER TO pg_execute_server_program: the declared schema and the migrations run"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("escapes")
  void anEscapeFailsWithItsFileAndLineAndChangesNothingOnTheServer(String escape, String message) throws Exception {
    Path marker = project.resolve("escaped");
    Path schema = Files.createDirectories(project.resolve("schema"));
    Files.writeString(schema.resolve("a.sql"), "CREATE TABLE ok (id int);\n");
    // alone in its file, so that a statement PostgreSQL refuses in a transaction block runs as it would
    Files.writeString(schema.resolve("b.sql"), "-- the escape\n"
        + escape.replace("%victim%", victim.name()).replace("%file%", marker.toString()) + ";\n");
    List<String> before = serverState();

    assertThatThrownBy(() -> new MigrationGenerator().diff(DiffOptions.of(schema, project.resolve("migration"))))
        .isInstanceOf(MigrationException.class)
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.DECLARED_SCHEMA_INVALID))
        .hasMessageContaining("b.sql:2:1: ")
        .hasMessageContaining(message);

    assertThat(serverState()).as("databases and roles of the server").isEqualTo(before);
    assertThat(marker).doesNotExist();
    assertThat(project.resolve("migration")).doesNotExist();
    try (Connection connection = victim.connect(); Statement statement = connection.createStatement()) {
      statement.execute("SELECT count(*) FROM precious"); // the other database is still there, with its table
    }
  }

  @Test
  void theRolesTheSchemaNamesAreMadeAndOwnObjectsInEverySchema() throws IOException {
    Path schema = Files.createDirectories(project.resolve("schema"));
    Files.writeString(schema.resolve("a.sql"), "CREATE TABLE t (id int);\nALTER TABLE t OWNER TO sandbox_it_owner;\n"
        + "CREATE SCHEMA app AUTHORIZATION sandbox_it_owner;\nCREATE TABLE app.u (id int);\n"
        + "ALTER TABLE app.u OWNER TO \"Sandbox IT \"\"Odd\"\"\";\nGRANT SELECT ON t TO sandbox_it_reader;\n");

    DiffResult result = new MigrationGenerator().diff(DiffOptions.of(schema, project.resolve("migration")));

    assertThat(result.plan().migrations()).isNotEmpty();
    assertThat(String.join("\n", result.plan().migrations().stream()
        .flatMap(m -> m.up().stream()).map(s -> s.sql()).toList()))
        .contains("OWNER TO sandbox_it_owner", "OWNER TO \"Sandbox IT \"\"Odd\"\"\"");
  }

  /** @return the server's databases and roles, but the scratch databases and sandboxes that other tests come and go with */
  private static List<String> serverState() throws SQLException {
    List<String> state = new ArrayList<>();
    try (Connection connection = victim.connect(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "SELECT 'database ' || datname FROM pg_database WHERE datname !~ '^dovetail_' OR datname = '" + victim.name() + "'"
                + " UNION ALL SELECT 'role ' || rolname || ' ' || rolsuper || rolcreatedb || rolcreaterole FROM pg_roles"
                + " WHERE rolname !~ '^dovetail_[0-9a-f]{16}$' AND rolname !~* '^sandbox[ _]it' ORDER BY 1")) {
      while (rs.next()) {
        state.add(rs.getString(1));
      }
    }
    return state;
  }
}
