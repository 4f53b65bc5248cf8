package dev.dovetail.diff.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.Policy;
import dev.dovetail.core.model.Table;
import java.util.List;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class CatalogReaderIT {

  @Test
  void runsTheSameNumberOfQueriesWhateverTheNumberOfTables() throws SQLException {
    assertThat(queriesFor(1)).isEqualTo(queriesFor(60));
  }

  @Test
  void readsPrivilegesWithOneMoreQueryOnlyWhenIncluded() throws SQLException {
    assertThat(queriesFor(1, true)).isEqualTo(queriesFor(60, true));
    assertThat(queriesFor(1, true)).isEqualTo(queriesFor(1, false) + 1);
  }

  /**
   * A partition partitioned again holds its own partitions (in any schema), its key and what it has of its own; what
   * PostgreSQL clones down the tree (the root's index, a branch's index) is its table's, read once.
   */
  @Test
  void readsSubPartitionsAsATreeUnderTheirTable() throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect()) {
      connection.createStatement().execute(
          "CREATE SCHEMA \"Old Data\";"
              + "CREATE TABLE m (tenant int NOT NULL, at date NOT NULL, v int) PARTITION BY LIST (tenant);"
              + "CREATE INDEX m_at ON m (at);"
              + "CREATE TABLE m1 PARTITION OF m FOR VALUES IN (1) PARTITION BY RANGE (at);"
              + "CREATE INDEX m1_v ON m1 (v);"
              + "CREATE TABLE \"Old Data\".\"M1 2023\" PARTITION OF m1 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');"
              + "CREATE TABLE m1_rest PARTITION OF m1 DEFAULT PARTITION BY HASH (v);"
              + "CREATE TABLE m1_rest_0 PARTITION OF m1_rest FOR VALUES WITH (MODULUS 1, REMAINDER 0);"
              + "CREATE INDEX m1_rest_0_own ON m1_rest_0 (tenant);"
              + "CREATE TABLE m2 PARTITION OF m FOR VALUES IN (2);");
      DatabaseSchema schema = new CatalogReader(false).read(connection);
      assertThat(schema.tables()).hasSize(1);
      Table m = schema.tables().get(0);
      assertThat(m.indexes()).extracting(Index::name).containsExactly("m_at");
      assertThat(m.partitions()).extracting(p -> p.name().toString()).containsExactly("public.m1", "public.m2");
      Partition m1 = m.partitions().get(0);
      assertThat(m1.partitionKey()).isEqualTo("RANGE (at)");
      assertThat(m1.indexes()).extracting(Index::name).containsExactly("m1_v");
      assertThat(m1.partitions()).extracting(p -> p.name().toString() + " " + p.bound())
          .containsExactly("Old Data.M1 2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01')", "public.m1_rest DEFAULT");
      assertThat(m1.partitions().get(0).indexes()).as("m_at and m1_v are cloned to it").isEmpty();
      Partition rest = m1.partitions().get(1);
      assertThat(rest.partitionKey()).isEqualTo("HASH (v)");
      assertThat(rest.partitions()).singleElement().satisfies(p -> {
        assertThat(p.partitionKey()).isNull();
        assertThat(p.indexes()).extracting(Index::name).containsExactly("m1_rest_0_own");
      });
      assertThat(m.allPartitions()).extracting(p -> p.name().name())
          .containsExactly("m1", "M1 2023", "m1_rest", "m1_rest_0", "m2");
      assertThat(m.partitions().get(1).partitionKey()).isNull();
    }
  }

  /**
   * From a connection's second read on, while the catalog is small, the catalog queries run as prepared statements;
   * what is read is the same, the statements follow the catalog as it changes, a connection that reads a large catalog
   * goes back to planning each query, and one whose statements the server lost reads with plain queries.
   */
  @Test
  void aSmallCatalogReadAgainRunsPreparedQueriesThatFollowIt() throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect()) {
      Statement sql = connection.createStatement();
      sql.execute("CREATE TABLE t0 (id int PRIMARY KEY, note text)");
      CatalogReader reader = new CatalogReader(true);
      DatabaseSchema first = reader.read(connection);
      assertThat(preparedStatements(connection)).as("a connection read once").isEmpty();
      assertThat(reader.read(connection)).isEqualTo(first);
      assertThat(preparedStatements(connection)).as("read again").hasSize(CatalogReader.queryNames().size() - 2)
          .allMatch(name -> name.startsWith("dovetail_catalog_"));

      sql.execute("CREATE VIEW v AS SELECT id FROM t0; ALTER TABLE t0 ADD COLUMN added date");
      DatabaseSchema changed = reader.read(connection);
      assertThat(changed.views()).hasSize(1);
      assertThat(changed.tables().get(0).columns()).extracting(c -> c.name()).containsExactly("id", "note", "added");
      assertThat(changed).isEqualTo(readOnNewConnection(database, reader));

      // a catalog of more than 2,000 rows: the read that finds it still uses the plans, the next one plans each query
      StringBuilder tables = new StringBuilder();
      for (int i = 1; i <= 700; i++) {
        tables.append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY, a text, b int);");
      }
      sql.execute(tables.toString());
      assertThat(reader.read(connection).tables()).hasSize(701);
      assertThat(preparedStatements(connection)).isNotEmpty();
      DatabaseSchema large = reader.read(connection);
      assertThat(preparedStatements(connection)).as("deallocated for a large catalog").isEmpty();
      assertThat(large).isEqualTo(readOnNewConnection(database, reader));

      // statements the server forgot (a pooler's other session, DISCARD): the read is repeated with plain queries
      sql.execute("DROP TABLE " + String.join(", ", java.util.stream.IntStream.rangeClosed(1, 700).mapToObj(i -> "t" + i).toList()));
      reader.read(connection);
      reader.read(connection);
      assertThat(preparedStatements(connection)).as("small again").isNotEmpty();
      sql.execute("DEALLOCATE ALL");
      assertThat(reader.read(connection)).isEqualTo(changed);
      assertThat(reader.unmanaged(connection)).isEmpty();
      assertThat(preparedStatements(connection)).as("plain queries from then on").isEmpty();
      reader.read(connection);
      assertThat(preparedStatements(connection)).isEmpty();
    }
  }

  private static DatabaseSchema readOnNewConnection(ScratchDatabase database, CatalogReader reader) throws SQLException {
    try (Connection other = database.connect()) {
      return reader.read(other);
    }
  }

  private static List<String> preparedStatements(Connection connection) throws SQLException {
    return strings(connection, "SELECT name FROM pg_catalog.pg_prepared_statements WHERE name LIKE 'dovetail%' ORDER BY name");
  }

  private static List<String> strings(Connection connection, String query) throws SQLException {
    List<String> values = new java.util.ArrayList<>();
    try (Statement statement = connection.createStatement(); java.sql.ResultSet rs = statement.executeQuery(query)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  @Test
  void readsPoliciesRowLevelSecurityAndPrivilegesAsDifferencesFromTheDefaults() throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect()) {
      connection.createStatement().execute(
          "CREATE TABLE docs (id int, owner name);"
              + "CREATE TABLE plain (id int);"
              + "ALTER TABLE docs ENABLE ROW LEVEL SECURITY;"
              + "CREATE POLICY mine ON docs AS RESTRICTIVE FOR UPDATE USING (owner = current_user) WITH CHECK (id > 0);"
              + "COMMENT ON POLICY mine ON docs IS 'own rows';"
              + "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';"
              + "REVOKE EXECUTE ON FUNCTION f() FROM PUBLIC;"
              + "GRANT SELECT (owner) ON docs TO PUBLIC;"
              // a partitioned table depends internally on itself (its key's columns): read like any table
              + "CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);"
              + "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');"
              + "GRANT SELECT, UPDATE (at) ON events TO PUBLIC;");
      DatabaseSchema withoutPrivileges = new CatalogReader().read(connection);
      assertThat(withoutPrivileges.privileges()).isEmpty();
      assertThat(withoutPrivileges.rowSecurity()).extracting(r -> r.table().name() + " " + r.enabled() + " " + r.forced())
          .containsExactly("docs true false");
      Policy policy = withoutPrivileges.policies().get(0);
      assertThat(policy.name()).isEqualTo("mine");
      assertThat(policy.permissive()).isFalse();
      assertThat(policy.command()).isEqualTo("UPDATE");
      assertThat(policy.roles()).containsExactly(Policy.PUBLIC);
      assertThat(policy.using()).isEqualTo("(owner = CURRENT_USER)");
      assertThat(policy.withCheck()).isEqualTo("(id > 0)");
      assertThat(policy.comment()).isEqualTo("own rows");
      assertThat(policy.columns()).extracting(c -> c.column()).containsExactly("id", "owner");

      List<String> privileges =
          new CatalogReader(true).read(connection).privileges().stream()
              .map(p -> p.target() + " " + p.grantee() + " " + p.privilege() + (p.revoked() ? " revoked" : " granted"))
              .toList();
      assertThat(privileges)
          .as("the untouched table has none; the public schema's USAGE for PUBLIC is explicit since PostgreSQL 15")
          .containsExactlyInAnyOrder(
              "column public.docs.owner public SELECT granted",
              "table public.events public SELECT granted",
              "column public.events.at public UPDATE granted",
              "function public.f() public EXECUTE revoked",
              "schema public public USAGE granted");
    }
  }

  /**
   * Default privileges read as differences from the built-in defaults: those of every schema replace them (a revoke
   * counts), those of one schema add grants. The reading role's have no role (they are the migrating role's); another
   * role's are named; a superuser's other than the reading role's are left out, named as unmanaged instead.
   */
  @Test
  void readsDefaultPrivilegesOfTheReadingRoleAndOfOthersButNotOfOtherSuperusers() throws SQLException {
    String superuser = "dovetail_test_superuser_" + Long.toHexString(System.nanoTime());
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE ROLE " + superuser + " NOLOGIN SUPERUSER");
      try {
        statement.execute("CREATE SCHEMA \"Sales\";"
            + "CREATE ROLE dovetail_test_reader NOLOGIN;"
            + "ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;"
            + "ALTER DEFAULT PRIVILEGES IN SCHEMA \"Sales\" GRANT SELECT, INSERT ON TABLES TO dovetail_test_reader WITH GRANT OPTION;"
            + "ALTER DEFAULT PRIVILEGES FOR ROLE dovetail_test_reader GRANT USAGE ON SEQUENCES TO PUBLIC;"
            + "ALTER DEFAULT PRIVILEGES FOR ROLE " + superuser + " GRANT SELECT ON TABLES TO dovetail_test_reader;");
        List<String> privileges =
            new CatalogReader(true).read(connection).privileges().stream()
                .filter(p -> p.target().kind().defaults())
                .map(p -> p.target() + ": " + p.grantee() + " " + p.privilege() + (p.grantable() ? " grantable" : "")
                    + (p.revoked() ? " revoked" : " granted"))
                .toList();
        assertThat(privileges).containsExactlyInAnyOrder(
            "functions created later: public EXECUTE revoked",
            "tables created later in schema Sales: dovetail_test_reader INSERT grantable granted",
            "tables created later in schema Sales: dovetail_test_reader SELECT grantable granted",
            "sequences created later by role dovetail_test_reader: public USAGE granted");
        assertThat(new CatalogReader().unmanaged(connection))
            .extracting(u -> u.kind() + " " + u.name())
            .containsExactly("default privileges for role " + superuser + " on tables");
      } finally {
        statement.execute("DROP OWNED BY " + superuser + "; DROP ROLE " + superuser);
        statement.execute("DROP OWNED BY dovetail_test_reader; DROP ROLE dovetail_test_reader");
      }
    }
  }

  /**
   * PostgreSQL lists the columns of extended statistics by column number: on a table whose column was dropped and
   * added again (a shadow column's swap, or any table with a history) the same statistics would read otherwise than
   * on a table created at once, and every run would drop and create them again.
   */
  @Test
  void statisticsReadAlikeWhateverTheOrderOfTheirTablesColumns() throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect()) {
      Statement sql = connection.createStatement();
      sql.execute("CREATE SCHEMA fresh; CREATE SCHEMA worn;"
          + "CREATE TABLE fresh.t (id int, a int, b int);"
          + "CREATE STATISTICS fresh.s (dependencies) ON a, b, (a + b) FROM fresh.t;"
          + "CREATE TABLE worn.t (id int, a int, b int);"
          + "ALTER TABLE worn.t DROP COLUMN a; ALTER TABLE worn.t ADD COLUMN a int;"
          + "CREATE STATISTICS worn.s (dependencies) ON a, b, (a + b) FROM worn.t;");
      assertThat(strings(connection, "SELECT pg_get_statisticsobjdef(oid) FROM pg_statistic_ext ORDER BY stxnamespace::regnamespace::text"))
          .as("what PostgreSQL itself says")
          .containsExactly(
              "CREATE STATISTICS fresh.s (dependencies) ON a, b, (a + b) FROM fresh.t",
              "CREATE STATISTICS worn.s (dependencies) ON b, a, (a + b) FROM worn.t");

      List<String> read = new CatalogReader(false).read(connection).statistics().stream()
          .map(st -> st.definition().replace("worn.", "fresh.")).toList();
      assertThat(read).hasSize(2).containsOnly("CREATE STATISTICS fresh.s (dependencies) ON a, b, (a + b) FROM fresh.t");
    }
  }

  @Test
  void readsCollationsOfEveryProviderWithoutTheirVersion() throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect()) {
      connection.createStatement().execute(
          "CREATE SCHEMA \"Sort Rules\";"
              + "CREATE COLLATION \"Sort Rules\".\"No Case\" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);"
              + "CREATE COLLATION tailored (provider = icu, locale = 'und', rules = '&V << w <<< W');"
              + "CREATE COLLATION plain FROM \"C\";"
              + "CREATE COLLATION utf (provider = builtin, locale = 'C.UTF-8');"
              + "CREATE TABLE words (w text COLLATE \"Sort Rules\".\"No Case\");");
      DatabaseSchema schema = new CatalogReader().read(connection);
      assertThat(schema.collations())
          .extracting(c -> c.name() + " " + c.provider() + " " + c.locale() + " " + c.lcCollate() + " " + c.lcCtype() + " "
              + c.deterministic() + " " + c.rules())
          .containsExactly(
              "Sort Rules.No Case icu und-u-ks-level2 null null false null",
              "public.plain libc null C C true null",
              "public.tailored icu und null null true &V << w <<< W",
              "public.utf builtin C.UTF-8 null null true null");
      assertThat(schema.tables().get(0).columns().get(0).collation().toString()).isEqualTo("Sort Rules.No Case");
      assertThat(new CatalogReader().unmanaged(connection)).isEmpty();
    }
  }

  @Test
  void readsRangeTypesWithWhatTheirDefinitionNamesBeyondTheSubtypesDefaults() throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect()) {
      connection.createStatement().execute(
          "CREATE SCHEMA \"Time Keeping\";"
              + "CREATE FUNCTION time_diff(x time, y time) RETURNS float8 LANGUAGE sql IMMUTABLE STRICT"
              + " AS 'SELECT EXTRACT(EPOCH FROM (x - y))';"
              + "CREATE TYPE timerange AS RANGE (subtype = time, subtype_diff = time_diff);"
              + "CREATE TYPE \"Time Keeping\".\"Shift Span\" AS RANGE (subtype = timestamptz,"
              + " multirange_type_name = \"Time Keeping\".\"Shift Spans\");"
              + "CREATE TYPE textrange AS RANGE (subtype = text, collation = \"C\", subtype_opclass = text_pattern_ops);"
              + "CREATE TYPE plaintext AS RANGE (subtype = text);"
              + "COMMENT ON TYPE timerange IS 'school hours';"
              + "CREATE TABLE lessons (slot timerange, breaks \"Time Keeping\".\"Shift Spans\");"
              + "CREATE VIEW morning AS SELECT slot FROM lessons WHERE slot && timerange('08:00', '12:00')");
      DatabaseSchema schema = new CatalogReader().read(connection);
      assertThat(schema.rangeTypes())
          .extracting(r -> r.name() + " | " + r.subtype() + " | " + r.subtypeOpclass() + " | " + r.collation() + " | "
              + r.canonical() + " | " + r.subtypeDiff() + " | " + r.multirange() + " | " + r.comment())
          .containsExactly(
              "Time Keeping.Shift Span | timestamp with time zone | null | null | null | null | Time Keeping.Shift Spans | null",
              "public.plaintext | text | null | null | null | null | public.plaintext_multirange | null",
              "public.textrange | text | pg_catalog.text_pattern_ops | pg_catalog.C | null | null | public.textmultirange | null",
              "public.timerange | time without time zone | null | null | null | public.time_diff | public.timemultirange | school hours");
      assertThat(schema.functions()).as("the constructors are the type's").extracting(f -> f.name().name()).containsExactly("time_diff");
      assertThat(new CatalogReader().unmanaged(connection)).isEmpty();
    }
  }

  @Test
  void leavesTheConnectionAsItFoundIt() throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect()) {
      new CatalogReader().read(connection);
      assertThat(connection.getAutoCommit()).isTrue();
      var rs = connection.createStatement().executeQuery("SHOW search_path");
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("\"$user\", public");
    }
  }

  @Test
  void aFreshDatabaseHoldsNothingUnmanaged() throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect()) {
      assertThat(new CatalogReader().unmanaged(connection)).isEmpty();
    }
  }

  private static int queriesFor(int tables) throws SQLException {
    return queriesFor(tables, false);
  }

  private static int queriesFor(int tables, boolean includePrivileges) throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect()) {
      connection.createStatement().execute(ROLE.replace("%s", "dovetail_reader_owner"));
      for (int i = 0; i < tables; i++) {
        connection.createStatement().execute(
            "CREATE TABLE t" + i + " (id int PRIMARY KEY, ref int REFERENCES t0 (id), note text CHECK (note <> ''));"
                + "CREATE INDEX t" + i + "_note ON t" + i + " (note);"
                + "ALTER TABLE t" + i + " ENABLE ROW LEVEL SECURITY;"
                + "CREATE POLICY t" + i + "_p ON t" + i + " USING (note <> 'x');"
                + "GRANT SELECT ON t" + i + " TO PUBLIC;"
                // one object of every other kind per table, so that none of them adds queries either
                + "CREATE VIEW v" + i + " AS SELECT id, note FROM t" + i + ";"
                + "CREATE MATERIALIZED VIEW m" + i + " AS SELECT id FROM t" + i + ";"
                + "CREATE INDEX m" + i + "_id ON m" + i + " (id);"
                + "CREATE TYPE c" + i + " AS (a int, b text);"
                + "CREATE TYPE e" + i + " AS ENUM ('x');"
                + "CREATE DOMAIN d" + i + " AS int CHECK (VALUE > 0);"
                + "CREATE SEQUENCE s" + i + ";"
                + "CREATE TYPE r" + i + " AS RANGE (subtype = float8, subtype_diff = float8mi);"
                + "CREATE COLLATION k" + i + " (provider = icu, locale = 'und-u-ks-level2', deterministic = false);"
                + "ALTER TABLE t" + i + " ADD COLUMN label text COLLATE k" + i + ";"
                + "CREATE STATISTICS x" + i + " ON (lower(label)), note FROM t" + i + ";"
                + "ALTER STATISTICS x" + i + " SET STATISTICS 200;"
                + "CREATE FUNCTION f" + i + "() RETURNS int LANGUAGE sql AS 'SELECT 1';"
                + "CREATE TABLE p" + i + " (id int, at date) PARTITION BY RANGE (at);"
                + "CREATE TABLE p" + i + "_a PARTITION OF p" + i + " FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');"
                + "ALTER TABLE t" + i + " REPLICA IDENTITY FULL;"
                + "ALTER TABLE t" + i + " CLUSTER ON t" + i + "_note;"
                + "ALTER TABLE t" + i + " ALTER COLUMN note SET STATISTICS 300;"
                + "ALTER TABLE p" + i + "_a REPLICA IDENTITY NOTHING;"
                + "COMMENT ON VIEW v" + i + " IS 'v';"
                + "ALTER TABLE t" + i + " OWNER TO dovetail_reader_owner;"
                + "ALTER TYPE e" + i + " OWNER TO dovetail_reader_owner");
      }
      CatalogReader reader = new CatalogReader(includePrivileges);
      DatabaseSchema schema = reader.read(connection);
      assertThat(schema.tables()).hasSize(2 * tables);
      assertThat(schema.tables()).filteredOn(t -> t.partitionKey() == null).allSatisfy(t -> assertThat(t.constraints()).hasSize(3));
      assertThat(schema.views()).hasSize(2 * tables);
      assertThat(schema.compositeTypes()).hasSize(tables);
      assertThat(schema.collations()).hasSize(tables);
      assertThat(schema.rangeTypes()).hasSize(tables);
      assertThat(schema.statistics()).hasSize(tables).allSatisfy(x -> {
        assertThat(x.columns()).containsExactly("label", "note");
        assertThat(x.target()).isEqualTo(200);
      });
      assertThat(schema.owners()).hasSize(2 * tables);
      return reader.queriesRun();
    }
  }

  /** Creates a role on the shared scratch server unless it exists (cases run in parallel). */
  private static final String ROLE =
      "DO $$ BEGIN CREATE ROLE %s NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$";

  @Test
  void readsTheOwnersOfObjectsNotOwnedByTheReadingRole() throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect()) {
      connection.createStatement().execute(ROLE.replace("%s", "dovetail_reader_owner") + ";"
          + ROLE.replace("%s", "\"Reader \"\"Odd\"\" Owner\"") + ";"
          + "CREATE SCHEMA s AUTHORIZATION dovetail_reader_owner;"
          + "CREATE TABLE s.t (id serial, n int GENERATED ALWAYS AS IDENTITY);"
          + "ALTER TABLE s.t OWNER TO \"Reader \"\"Odd\"\" Owner\";"
          + "CREATE TABLE mine (id int);"
          + "CREATE VIEW s.v AS SELECT id FROM s.t;"
          + "ALTER VIEW s.v OWNER TO dovetail_reader_owner;"
          + "CREATE MATERIALIZED VIEW s.m AS SELECT id FROM s.t;"
          + "ALTER MATERIALIZED VIEW s.m OWNER TO dovetail_reader_owner;"
          + "CREATE SEQUENCE s.q;"
          + "ALTER SEQUENCE s.q OWNER TO dovetail_reader_owner;"
          + "CREATE FUNCTION s.f(a int, b text) RETURNS int LANGUAGE sql AS 'SELECT 1';"
          + "ALTER FUNCTION s.f(int, text) OWNER TO dovetail_reader_owner;"
          + "CREATE PROCEDURE s.p() LANGUAGE sql AS 'SELECT 1';"
          + "ALTER PROCEDURE s.p() OWNER TO dovetail_reader_owner;"
          + "CREATE TYPE s.e AS ENUM ('x');"
          + "ALTER TYPE s.e OWNER TO dovetail_reader_owner;"
          + "CREATE DOMAIN s.d AS int;"
          + "ALTER DOMAIN s.d OWNER TO dovetail_reader_owner;"
          + "CREATE TYPE s.c AS (a int);"
          + "ALTER TYPE s.c OWNER TO dovetail_reader_owner;"
          + "CREATE COLLATION s.k (provider = icu, locale = 'und');"
          + "ALTER COLLATION s.k OWNER TO dovetail_reader_owner;"
          + "CREATE STATISTICS s.x ON id, n FROM s.t;"
          + "ALTER STATISTICS s.x OWNER TO dovetail_reader_owner;"
          + "CREATE TABLE s.events (at date) PARTITION BY RANGE (at);"
          + "ALTER TABLE s.events OWNER TO dovetail_reader_owner;"
          // partitions have owners of their own, at any depth; one owned by the reading role has none
          + "CREATE TABLE s.events_2025 PARTITION OF s.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY RANGE (at);"
          + "CREATE TABLE s.events_2025_h1 PARTITION OF s.events_2025 FOR VALUES FROM ('2025-01-01') TO ('2025-07-01');"
          + "ALTER TABLE s.events_2025_h1 OWNER TO \"Reader \"\"Odd\"\" Owner\";"
          + "CREATE TABLE s.events_2026 PARTITION OF s.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');");
      List<String> owners = new CatalogReader().read(connection).owners().stream()
          .map(o -> o.target() + " " + o.owner())
          .toList();
      assertThat(owners)
          .as("the table owned by the reading role, the public schema and the sequences of columns have none")
          .containsExactlyInAnyOrder(
              "schema s dovetail_reader_owner",
              "table s.t Reader \"Odd\" Owner",
              "view s.v dovetail_reader_owner",
              "materialized view s.m dovetail_reader_owner",
              "sequence s.q dovetail_reader_owner",
              "function s.f(integer, text) dovetail_reader_owner",
              "procedure s.p() dovetail_reader_owner",
              "enum s.e dovetail_reader_owner",
              "domain s.d dovetail_reader_owner",
              "composite type s.c dovetail_reader_owner",
              "collation s.k dovetail_reader_owner",
              "statistics s.x dovetail_reader_owner",
              "table s.events dovetail_reader_owner",
              "table s.events_2025_h1 Reader \"Odd\" Owner");
    }
  }

  /**
   * A check or foreign key added {@code NOT VALID} reads with {@code validated} false and the definition it would have
   * validated (without the {@code NOT VALID} PostgreSQL appends); so does a domain's check. A {@code NOT ENFORCED}
   * constraint (PostgreSQL 18) has nothing to validate and reads as validated.
   */
  @Test
  void readsTheValidityOfChecksAndForeignKeysApartFromTheirDefinition() throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect()) {
      connection.createStatement().execute(
          "CREATE TABLE customers (id int PRIMARY KEY);"
              + "CREATE TABLE orders (id int PRIMARY KEY, customer_id int, total int);"
              + "ALTER TABLE orders ADD CONSTRAINT \"Customer FK\" FOREIGN KEY (customer_id) REFERENCES customers (id) DEFERRABLE NOT VALID;"
              + "ALTER TABLE orders ADD CONSTRAINT total_positive CHECK (total > 0) NOT VALID;"
              + "ALTER TABLE orders ADD CONSTRAINT total_small CHECK (total < 100);"
              + "CREATE DOMAIN positive AS int CONSTRAINT positive_check CHECK (VALUE > 0);"
              + "ALTER DOMAIN positive ADD CONSTRAINT positive_small CHECK (VALUE < 100) NOT VALID;");
      var rs = connection.createStatement().executeQuery("SHOW server_version_num");
      rs.next();
      boolean enforcedKnown = Integer.parseInt(rs.getString(1)) >= 180000;
      if (enforcedKnown) {
        connection.createStatement().execute("ALTER TABLE orders ADD CONSTRAINT total_even CHECK (total % 2 = 0) NOT ENFORCED");
      }
      DatabaseSchema schema = new CatalogReader().read(connection);
      var orders = schema.tables().stream().filter(t -> t.name().name().equals("orders")).findFirst().orElseThrow();
      assertThat(orders.constraints()).filteredOn(c -> !c.name().endsWith("_pkey"))
          .extracting(c -> c.name() + " " + c.validated() + " " + c.definition())
          .contains(
              "Customer FK false FOREIGN KEY (customer_id) REFERENCES public.customers(id) DEFERRABLE",
              "total_positive false CHECK ((total > 0))",
              "total_small true CHECK ((total < 100))");
      if (enforcedKnown) {
        assertThat(orders.constraints()).extracting(c -> c.name() + " " + c.validated() + " " + c.definition())
            .contains("total_even true CHECK (((total % 2) = 0)) NOT ENFORCED");
      }
      assertThat(schema.domains()).singleElement().satisfies(d -> assertThat(d.checks())
          .extracting(c -> c.name() + " " + c.validated() + " " + c.definition())
          .containsExactly("positive_check true CHECK ((VALUE > 0))", "positive_small false CHECK ((VALUE < 100))"));
    }
  }

  @Test
  void readsReplicaIdentityClusteredIndexStatisticsTargetsAndColumnSettings() throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect()) {
      connection.createStatement().execute(
          "CREATE TABLE \"Odd Table\" (id int NOT NULL, \"Note \"\"x\"\"\" text, plain text);"
              + "CREATE UNIQUE INDEX \"Odd Key\" ON \"Odd Table\" (id);"
              + "ALTER TABLE \"Odd Table\" REPLICA IDENTITY USING INDEX \"Odd Key\";"
              + "ALTER TABLE \"Odd Table\" CLUSTER ON \"Odd Key\";"
              + "ALTER TABLE \"Odd Table\" ALTER COLUMN \"Note \"\"x\"\"\" SET STATISTICS 0;"
              + "ALTER TABLE \"Odd Table\" ALTER COLUMN plain SET STATISTICS 1000;"
              + "ALTER TABLE \"Odd Table\" ALTER COLUMN plain SET STATISTICS -1;"
              + "CREATE TABLE plain (id int);"
              + "CREATE TABLE p (id int, at date) PARTITION BY RANGE (at);"
              + "ALTER TABLE p REPLICA IDENTITY FULL;"
              + "CREATE TABLE p_a PARTITION OF p FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');"
              + "ALTER TABLE p_a REPLICA IDENTITY NOTHING;"
              + "CREATE TABLE p_b PARTITION OF p FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');"
              + "ALTER TABLE \"Odd Table\" ALTER COLUMN \"Note \"\"x\"\"\" SET STORAGE EXTERNAL;"
              + "ALTER TABLE \"Odd Table\" ALTER COLUMN \"Note \"\"x\"\"\" SET COMPRESSION pglz;"
              + "ALTER TABLE \"Odd Table\" ALTER COLUMN id SET (n_distinct = -0.5, n_distinct_inherited = 10);"
              // set to what the type has, or set and set back: as if never set
              + "ALTER TABLE \"Odd Table\" ALTER COLUMN plain SET STORAGE EXTENDED;"
              + "ALTER TABLE p ALTER COLUMN id SET (n_distinct = 5);"
              + "ALTER TABLE p ALTER COLUMN id RESET (n_distinct);");
      DatabaseSchema schema = new CatalogReader().read(connection);
      assertThat(schema.tables())
          .extracting(t -> t.name() + " " + t.columnSettings())
          .containsExactly(
              "public.Odd Table {Note \"x\"=ColumnSettings[storage=EXTERNAL, typeStorage=EXTENDED, compression=pglz, options=[]],"
                  + " id=ColumnSettings[storage=null, typeStorage=null, compression=null, options=[n_distinct=-0.5, n_distinct_inherited=10]]}",
              "public.p {}",
              "public.plain {}");
      assertThat(schema.tables())
          .extracting(t -> t.name() + " " + t.replicaIdentity() + " " + t.clusterIndex() + " " + t.statisticsTargets()
              + " " + t.partitions().stream().map(p -> p.name() + " " + p.replicaIdentity()).toList())
          .containsExactly(
              "public.Odd Table using index Odd Key Odd Key {Note \"x\"=0} []",
              "public.p full null {} [public.p_a nothing, public.p_b default]",
              "public.plain default null {} []");
      assertThat(new CatalogReader().unmanaged(connection)).isEmpty();
    }
  }
}
