package dev.dovetail.diff.scratch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.diff.introspect.CatalogReader;
import dev.dovetail.diff.source.SqlScript;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A closed scratch database on a server of the run's own is emptied and taken by the next {@code create()}, and is then
 * as fresh as a new one by every reading there is: Dovetail's model with privileges, the objects it does not manage,
 * and the recycling's own check of the catalogs. What cannot be emptied is dropped.
 */
class ScratchRecyclingIT {

  private static String adminUrl;

  /** What the declared SQL of a scratch database may leave behind, everything the sandbox may do. */
  private static final String EVERYTHING = """
      CREATE SCHEMA app;
      CREATE TYPE app.mood AS ENUM ('ok', 'sad');
      CREATE DOMAIN app.positive AS int CHECK (VALUE > 0);
      CREATE SEQUENCE app.counter;
      CREATE TABLE app.t (id int PRIMARY KEY, mood app.mood, n app.positive DEFAULT nextval('app.counter'));
      CREATE TABLE public.p (id int, at date) PARTITION BY RANGE (at);
      CREATE TABLE public.p_2024 PARTITION OF public.p FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
      CREATE INDEX t_mood ON app.t (mood);
      CREATE VIEW app.v AS SELECT id FROM app.t;
      CREATE MATERIALIZED VIEW app.m AS SELECT count(*) FROM app.t;
      CREATE FUNCTION app.f() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
      CREATE TRIGGER t_f BEFORE INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION app.f();
      CREATE AGGREGATE app.total(int) (sfunc = int4pl, stype = int);
      CREATE OPERATOR app.=== (leftarg = int, rightarg = int, function = int4eq);
      CREATE TEXT SEARCH CONFIGURATION app.simple_copy (COPY = simple);
      CREATE COLLATION app.c FROM "C";
      CREATE POLICY own ON app.t USING (true);
      ALTER TABLE app.t ENABLE ROW LEVEL SECURITY;
      CREATE STATISTICS app.s ON id, n FROM app.t;
      CREATE TABLE app.owned (id int);
      ALTER TABLE app.owned OWNER TO recycling_it_owner;
      GRANT SELECT ON app.t TO recycling_it_reader;
      ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO recycling_it_reader;
      GRANT CREATE ON SCHEMA public TO recycling_it_reader;
      COMMENT ON TABLE app.t IS 'a table';
      SELECT lo_create(0);
      CREATE TEMP TABLE scratch_temp (id int);
      CREATE PUBLICATION pub FOR TABLE app.t;
      """;

  @BeforeAll
  static void server() throws SQLException {
    try (ScratchDatabase any = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      adminUrl = any.jdbcUrl().replace("/" + any.name(), "/postgres");
    }
  }

  @Test
  void aClosedDatabaseIsEmptiedAndTakenAgainAsFreshAsANewOne() throws SQLException {
    ServerScratchProvider provider = ServerScratchProvider.ownServer(adminUrl, "postgres", null, "the embedded server");
    Fresh fresh;
    try (ScratchDatabase database = provider.create(); Connection connection = database.connect(SqlScript.driverOptions())) {
      fresh = Fresh.of(connection);
    }
    String name;
    try (ScratchDatabase database = provider.create(); Connection connection = database.connect(SqlScript.driverOptions())) {
      name = database.name();
      assertThat(Fresh.of(connection)).as("a database taken again").isEqualTo(fresh);
      new SqlScript("everything.sql", EVERYTHING).execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
      try (Statement sql = connection.createStatement()) {
        sql.execute("ALTER ROLE CURRENT_USER SET work_mem = '7MB'");
        sql.execute("ALTER DATABASE " + name + " SET statement_timeout = '7s'");
        sql.execute("COMMENT ON DATABASE " + name + " IS 'changed'");
      }
      assertThat(Fresh.of(connection)).as("what the script left").isNotEqualTo(fresh);
    }
    try (ScratchDatabase database = provider.create(); Connection connection = database.connect(SqlScript.driverOptions())) {
      assertThat(database.name()).as("the same database, emptied").isEqualTo(name);
      assertThat(Fresh.of(connection)).isEqualTo(fresh);
      try (Statement sql = connection.createStatement()) {
        assertThat(one(sql, "SHOW work_mem")).isNotEqualTo("7MB");
        assertThat(one(sql, "SHOW statement_timeout")).isEqualTo("0");
        assertThat(one(sql, "SELECT count(*) FROM pg_catalog.pg_largeobject_metadata")).isEqualTo("0");
        assertThat(one(sql, "SELECT pg_catalog.pg_has_role('recycling_it_owner', 'USAGE')")).as("membership taken back").isEqualTo("f");
      }
      // what emptying does not undo (an object of the superuser's, the public schema's comment) is not taken again
      connection.createStatement().execute("COMMENT ON SCHEMA public IS 'changed'");
      try (Connection owner = java.sql.DriverManager.getConnection(database.jdbcUrl(), "postgres", null)) {
        owner.createStatement().execute("CREATE TABLE kept_by_the_superuser (id int)");
      }
    }
    try (ScratchDatabase database = provider.create(); Connection connection = database.connect(SqlScript.driverOptions())) {
      assertThat(database.name()).as("a new database instead").isNotEqualTo(name);
      assertThat(Fresh.of(connection)).isEqualTo(fresh);
      try (Connection admin = java.sql.DriverManager.getConnection(adminUrl, "postgres", null);
          Statement sql = admin.createStatement()) {
        assertThat(one(sql, "SELECT count(*) FROM pg_catalog.pg_database WHERE datname = '" + name + "'")).as("dropped").isEqualTo("0");
      }
    }
  }

  @Test
  void aClosedSessionServesTheNextUseOfTheDatabaseAsANewSessionWouldOrNotAtAll() throws SQLException {
    ServerScratchProvider provider = ServerScratchProvider.ownServer(adminUrl, "postgres", null, "the embedded server");
    try (ScratchDatabase first = provider.create()) {
      first.connect().close(); // the database's state as new is read from the first one
    }
    int pid;
    String name;
    String fresh;
    try (ScratchDatabase database = provider.create(); Connection connection = database.connect(SqlScript.driverOptions())) {
      name = database.name();
      pid = Integer.parseInt(one(connection.createStatement(), "SELECT pg_catalog.pg_backend_pid()"));
      fresh = sessionState(connection);
      new SqlScript("session.sql", """
          CREATE TABLE t (id int);
          CREATE TEMP TABLE scratch_temp (id int);
          SET search_path = pg_temp, public;
          SET work_mem = '7MB';
          SELECT pg_catalog.pg_advisory_lock(42);
          LISTEN somewhere;
          BEGIN;
          DECLARE c CURSOR WITH HOLD FOR SELECT 1;
          COMMIT;
          BEGIN;
          """).execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
    }
    try (ScratchDatabase database = provider.create(); Connection connection = database.connect(SqlScript.driverOptions())) {
      assertThat(database.name()).as("the same database, emptied").isEqualTo(name);
      assertThat(one(connection.createStatement(), "SELECT pg_catalog.pg_backend_pid()")).as("the same session").isEqualTo(String.valueOf(pid));
      assertThat(sessionState(connection)).as("reset as new").isEqualTo(fresh);
      assertThat(connection.getAutoCommit()).isTrue();
      // a statement the SQL prepared stays with the session: it is not lent again
      connection.createStatement().execute("PREPARE mine AS SELECT 1");
    }
    try (ScratchDatabase database = provider.create(); Connection connection = database.connect(SqlScript.driverOptions())) {
      assertThat(database.name()).isEqualTo(name);
      assertThat(one(connection.createStatement(), "SELECT pg_catalog.pg_backend_pid()")).as("a new session").isNotEqualTo(String.valueOf(pid));
      assertThat(sessionState(connection)).isEqualTo(fresh);
      connection.close();
      assertThat(connection.isClosed()).isTrue();
      assertThatThrownBy(connection::createStatement).isInstanceOf(SQLException.class);
    }
  }

  /** What a session has that its user could have changed, but for its name and process id. */
  private static String sessionState(Connection connection) throws SQLException {
    return one(connection.createStatement(), "SELECT pg_catalog.concat_ws(' | ', current_user = pg_catalog.current_database(),"
        + " pg_catalog.current_setting('search_path'), pg_catalog.current_setting('work_mem'),"
        + " (SELECT count(*) FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND pid = pg_catalog.pg_backend_pid()),"
        + " (SELECT count(*) FROM pg_catalog.pg_listening_channels()),"
        + " (SELECT count(*) FROM pg_catalog.pg_cursors WHERE name <> ''),"
        + " (SELECT count(*) FROM pg_catalog.pg_class WHERE relpersistence = 't'),"
        + " pg_catalog.txid_current_if_assigned() IS NULL, pg_catalog.now() = pg_catalog.statement_timestamp())");
  }

  /** A database as every reading sees it, but for its name. */
  private record Fresh(DatabaseSchema model, List<String> unmanaged, List<String> catalogs) {
    static Fresh of(Connection connection) throws SQLException {
      CatalogReader reader = new CatalogReader(true);
      List<String> unmanaged = reader.unmanaged(connection).stream().map(u -> u.kind() + " " + u.name()).toList();
      try (Connection admin = java.sql.DriverManager.getConnection(
          connection.getMetaData().getURL(), "postgres", null)) {
        return new Fresh(reader.read(connection), unmanaged, ScratchRecycling.state(admin));
      }
    }
  }

  private static String one(Statement sql, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rs = sql.executeQuery(query)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    assertThat(values).hasSize(1);
    return values.get(0);
  }
}
