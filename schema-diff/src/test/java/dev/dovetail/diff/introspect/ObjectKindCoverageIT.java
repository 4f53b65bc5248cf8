package dev.dovetail.diff.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.UnmanagedObject;
import dev.dovetail.diff.compare.SchemaDiffer;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the compiler cannot check when a kind of object is added: every kind of object a user can create is either
 * managed (read into the model, and then compared: the diff from a database without it to one with it is not empty,
 * nor the way back) or listed by {@code unmanaged.sql}, never both, never neither. The catalogs that name objects
 * in a schema are listed from PostgreSQL itself, so a new one (a new release) fails {@link
 * #everyCatalogOfSchemaObjectsHasAFixture} until it has a fixture; the model's kinds are listed from
 * {@link DatabaseSchema}'s components, so a new one fails {@link #everyKindOfTheModelIsReadFromSomeFixture} until a
 * fixture fills it.
 */
class ObjectKindCoverageIT {

  /**
   * One object of one kind.
   *
   * @param catalog the catalog it is a row of
   * @param kind what it is
   * @param setup what it needs, created before the catalog is read the first time
   * @param statement what creates it
   */
  record Fixture(String catalog, String kind, String setup, String statement) {
    @Override
    public String toString() {
      return kind;
    }
  }

  static List<Fixture> fixtures() {
    String table = "CREATE TABLE t (a int, b int);";
    String subPartitioned = "CREATE TABLE p (a int, b int) PARTITION BY RANGE (a);"
        + "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10) PARTITION BY LIST (b);";
    return List.of(
        new Fixture("pg_namespace", "schema", "", "CREATE SCHEMA s"),
        new Fixture("pg_extension", "extension", "", "CREATE EXTENSION pg_trgm"),
        new Fixture("pg_class", "table", "", "CREATE TABLE t (a int)"),
        new Fixture("pg_class", "partitioned table", "", "CREATE TABLE p (a int) PARTITION BY RANGE (a)"),
        new Fixture("pg_class", "partition", "CREATE TABLE p (a int) PARTITION BY RANGE (a);",
            "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10)"),
        new Fixture("pg_class", "partition partitioned again", "CREATE TABLE p (a int, b int) PARTITION BY RANGE (a);",
            "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10) PARTITION BY LIST (b)"),
        new Fixture("pg_class", "sub-partition", subPartitioned, "CREATE TABLE p11 PARTITION OF p1 FOR VALUES IN (1)"),
        new Fixture("pg_class", "index of a partition partitioned again", subPartitioned, "CREATE INDEX p1_b ON p1 (b)"),
        new Fixture("pg_class", "index of a sub-partition", subPartitioned + "CREATE TABLE p11 PARTITION OF p1 FOR VALUES IN (1);",
            "CREATE INDEX p11_a ON p11 (a)"),
        new Fixture("pg_constraint", "check of a partition partitioned again", subPartitioned,
            "ALTER TABLE p1 ADD CONSTRAINT p1_b CHECK (b > 0)"),
        new Fixture("pg_description", "comment on a sub-partition", subPartitioned + "CREATE TABLE p11 PARTITION OF p1 FOR VALUES IN (1);",
            "COMMENT ON TABLE p11 IS 'one'"),
        new Fixture("pg_description", "comment on a partitioned table's index",
            "CREATE TABLE p (a int) PARTITION BY RANGE (a); CREATE INDEX p_a ON p (a);", "COMMENT ON INDEX p_a IS 'a'"),
        new Fixture("pg_class", "view", table, "CREATE VIEW v AS SELECT a FROM t"),
        new Fixture("pg_class", "materialized view", table, "CREATE MATERIALIZED VIEW m AS SELECT a FROM t"),
        new Fixture("pg_class", "sequence", "", "CREATE SEQUENCE q"),
        new Fixture("pg_class", "index", table, "CREATE INDEX t_a ON t (a)"),
        new Fixture("pg_class", "composite type", "", "CREATE TYPE c AS (a int)"),
        new Fixture("pg_class", "foreign table",
            "CREATE FOREIGN DATA WRAPPER w; CREATE SERVER srv FOREIGN DATA WRAPPER w;",
            "CREATE FOREIGN TABLE f (a int) SERVER srv"),
        new Fixture("pg_type", "enum", "", "CREATE TYPE e AS ENUM ('x')"),
        new Fixture("pg_type", "domain", "", "CREATE DOMAIN d AS int"),
        new Fixture("pg_type", "range type", "", "CREATE TYPE r AS RANGE (subtype = int4)"),
        new Fixture("pg_proc", "function", "", "CREATE FUNCTION fn() RETURNS int LANGUAGE sql AS 'SELECT 1'"),
        new Fixture("pg_proc", "procedure", "", "CREATE PROCEDURE pr() LANGUAGE sql AS 'SELECT 1'"),
        new Fixture("pg_proc", "aggregate", "", "CREATE AGGREGATE ag(int) (sfunc = int4pl, stype = int)"),
        new Fixture("pg_proc", "window function", "", "CREATE FUNCTION wf() RETURNS bigint LANGUAGE internal WINDOW AS 'window_row_number'"),
        new Fixture("pg_description", "comment on an aggregate", "CREATE AGGREGATE ag(*) (sfunc = int8inc, stype = int8, initcond = '0');",
            "COMMENT ON AGGREGATE ag(*) IS 'rows'"),
        new Fixture("pg_collation", "collation", "",
            "CREATE COLLATION k (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"),
        new Fixture("pg_constraint", "check constraint", table, "ALTER TABLE t ADD CONSTRAINT t_a CHECK (a > 0)"),
        new Fixture("pg_constraint", "domain check", "CREATE DOMAIN d AS int;", "ALTER DOMAIN d ADD CONSTRAINT d_pos CHECK (VALUE > 0)"),
        new Fixture("pg_statistic_ext", "extended statistics", table, "CREATE STATISTICS st (dependencies) ON a, b FROM t"),
        new Fixture("pg_conversion", "conversion", "", "CREATE CONVERSION cv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8"),
        new Fixture("pg_operator", "operator", "", "CREATE OPERATOR === (leftarg = int4, rightarg = int4, function = int4eq)"),
        new Fixture("pg_opfamily", "operator family", "", "CREATE OPERATOR FAMILY fam USING btree"),
        new Fixture("pg_opclass", "operator class", "",
            "CREATE OPERATOR CLASS cls FOR TYPE int4 USING hash AS OPERATOR 1 =, FUNCTION 1 hashint4(int4)"),
        new Fixture("pg_ts_config", "text search configuration", "", "CREATE TEXT SEARCH CONFIGURATION tsc (COPY = english)"),
        new Fixture("pg_ts_dict", "text search dictionary", "", "CREATE TEXT SEARCH DICTIONARY tsd (TEMPLATE = simple)"),
        new Fixture("pg_ts_parser", "text search parser", "",
            "CREATE TEXT SEARCH PARSER tsp (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype)"),
        new Fixture("pg_ts_template", "text search template", "",
            "CREATE TEXT SEARCH TEMPLATE tst (INIT = dsimple_init, LEXIZE = dsimple_lexize)"),
        new Fixture("pg_default_acl", "default privileges", "", "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC"),
        new Fixture("pg_default_acl", "default privileges revoked", "", "ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC"),
        new Fixture("pg_default_acl", "default privileges on large objects", "", "ALTER DEFAULT PRIVILEGES GRANT SELECT ON LARGE OBJECTS TO PUBLIC"),
        // objects of the database in no schema
        new Fixture("pg_event_trigger", "event trigger",
            "CREATE FUNCTION et() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';",
            "CREATE EVENT TRIGGER etg ON ddl_command_start EXECUTE FUNCTION et()"),
        new Fixture("pg_publication", "publication", "", "CREATE PUBLICATION pub"),
        new Fixture("pg_foreign_data_wrapper", "foreign-data wrapper", "", "CREATE FOREIGN DATA WRAPPER w"),
        new Fixture("pg_foreign_server", "server", "CREATE FOREIGN DATA WRAPPER w;", "CREATE SERVER srv FOREIGN DATA WRAPPER w"),
        new Fixture("pg_user_mapping", "user mapping",
            "CREATE FOREIGN DATA WRAPPER w; CREATE SERVER srv FOREIGN DATA WRAPPER w;", "CREATE USER MAPPING FOR PUBLIC SERVER srv"),
        new Fixture("pg_cast", "cast", "CREATE TYPE pt AS (a int); CREATE FUNCTION pt_int(pt) RETURNS int LANGUAGE sql AS 'SELECT ($1).a';",
            "CREATE CAST (pt AS int) WITH FUNCTION pt_int(pt)"),
        // objects of a table, named in its schema through it
        new Fixture("pg_trigger", "trigger",
            table + "CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';",
            "CREATE TRIGGER tg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf()"),
        new Fixture("pg_trigger", "trigger of a partition",
            "CREATE TABLE p (a int) PARTITION BY RANGE (a); CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);"
                + "CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';",
            "CREATE TRIGGER tg BEFORE INSERT ON p1 FOR EACH ROW EXECUTE FUNCTION tf()"),
        new Fixture("pg_trigger", "trigger of a sub-partition",
            "CREATE TABLE p (a int) PARTITION BY RANGE (a);"
                + "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10) PARTITION BY RANGE (a);"
                + "CREATE TABLE p11 PARTITION OF p1 FOR VALUES FROM (0) TO (5);"
                + "CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';",
            "CREATE TRIGGER tg BEFORE INSERT ON p11 FOR EACH ROW EXECUTE FUNCTION tf()"),
        new Fixture("pg_policy", "policy on a partition",
            "CREATE TABLE p (a int) PARTITION BY RANGE (a); CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);",
            "CREATE POLICY po ON p1 USING (a > 0)"),
        new Fixture("pg_class", "row-level security of a partition",
            "CREATE TABLE p (a int) PARTITION BY RANGE (a); CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);",
            "ALTER TABLE p1 ENABLE ROW LEVEL SECURITY"),
        new Fixture("pg_policy", "policy on a sub-partition",
            "CREATE TABLE p (a int) PARTITION BY RANGE (a);"
                + "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10) PARTITION BY RANGE (a);"
                + "CREATE TABLE p11 PARTITION OF p1 FOR VALUES FROM (0) TO (5);",
            "CREATE POLICY po ON p11 USING (a > 0)"),
        new Fixture("pg_rewrite", "rule", table, "CREATE RULE ru AS ON DELETE TO t DO INSTEAD NOTHING"),
        new Fixture("pg_description", "comment on a table's rule", table + "CREATE RULE ru AS ON DELETE TO t DO INSTEAD NOTHING;",
            "COMMENT ON RULE ru ON t IS 'kept'"),
        new Fixture("pg_rewrite", "rule on a partition",
            "CREATE TABLE p (a int) PARTITION BY RANGE (a); CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);",
            "CREATE RULE ru AS ON DELETE TO p1 DO INSTEAD NOTHING"),
        new Fixture("pg_policy", "policy", table, "CREATE POLICY po ON t USING (a > 0)"),
        new Fixture("pg_class", "row-level security", table, "ALTER TABLE t ENABLE ROW LEVEL SECURITY"),
        new Fixture("pg_default_acl", "privilege", table, "GRANT SELECT ON t TO PUBLIC"),
        // an owner stated before and changed: a table owned by the reading role states none, which changes nothing
        new Fixture("pg_authid", "owner",
            "DO $$ BEGIN CREATE ROLE dovetail_coverage_a; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;"
                + "DO $$ BEGIN CREATE ROLE dovetail_coverage_b; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;"
                + table + "ALTER TABLE t OWNER TO dovetail_coverage_a;",
            "ALTER TABLE t OWNER TO dovetail_coverage_b"),
        new Fixture("pg_description", "comment on a range type",
            "CREATE TYPE r AS RANGE (subtype = int4);", "COMMENT ON TYPE r IS 'r'"),
        new Fixture("pg_description", "comment on a collation",
            "CREATE COLLATION k (provider = icu, locale = 'und');", "COMMENT ON COLLATION k IS 'k'"));
  }

  @Test
  void everyCatalogOfSchemaObjectsHasAFixture() throws SQLException {
    Set<String> catalogs = new TreeSet<>();
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "SELECT DISTINCT c.relname FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid"
                + " WHERE c.relnamespace = 'pg_catalog'::regnamespace AND c.relkind = 'r'"
                + " AND a.attname ~ 'namespace$' AND a.atttypid = 'pg_catalog.oid'::pg_catalog.regtype")) {
      while (rs.next()) {
        catalogs.add(rs.getString(1));
      }
    }
    assertThat(catalogs).as("the catalogs of objects named in a schema").isNotEmpty();
    Set<String> covered = fixtures().stream().map(Fixture::catalog).collect(Collectors.toSet());
    assertThat(covered).containsAll(catalogs);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void isManagedOrListedAsUnmanagedButNotBoth(Fixture fixture) throws SQLException {
    Observed seen = observe(fixture);
    boolean managed = !seen.before().equals(seen.after());
    List<UnmanagedObject> listed = new ArrayList<>(seen.unmanagedAfter());
    listed.removeAll(seen.unmanagedBefore());
    assertThat(managed || !listed.isEmpty())
        .as(fixture.kind() + " is neither read into the model nor listed by unmanaged.sql")
        .isTrue();
    if (managed) {
      assertThat(listed).as(fixture.kind() + " is read into the model and still listed as unmanaged").isEmpty();
      assertThat(new SchemaDiffer().diff(seen.before(), seen.after()))
          .as(fixture.kind() + " is read but no comparer creates it")
          .isNotEmpty();
      assertThat(new SchemaDiffer().diff(seen.after(), seen.before()))
          .as(fixture.kind() + " is read but no comparer drops it")
          .isNotEmpty();
    }
  }

  @Test
  void everyKindOfTheModelIsReadFromSomeFixture() throws SQLException {
    Set<String> filled = new TreeSet<>();
    for (Fixture fixture : fixtures()) {
      DatabaseSchema after = observe(fixture).after();
      for (RecordComponent component : DatabaseSchema.class.getRecordComponents()) {
        try {
          if (!((List<?>) component.getAccessor().invoke(after)).isEmpty()) {
            filled.add(component.getName());
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    List<String> components = List.of(DatabaseSchema.class.getRecordComponents()).stream().map(RecordComponent::getName).toList();
    assertThat(components).isNotEmpty();
    assertThat(filled).as("kinds of the model that no fixture creates").containsAll(components);
  }

  private record Observed(DatabaseSchema before, DatabaseSchema after, List<UnmanagedObject> unmanagedBefore, List<UnmanagedObject> unmanagedAfter) {}

  private static Observed observe(Fixture fixture) throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create();
        Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      if (!fixture.setup().isEmpty()) {
        statement.execute(fixture.setup());
      }
      CatalogReader reader = new CatalogReader(true);
      DatabaseSchema before = reader.read(connection);
      List<UnmanagedObject> unmanagedBefore = reader.unmanaged(connection);
      statement.execute(fixture.statement());
      return new Observed(before, reader.read(connection), unmanagedBefore, reader.unmanaged(connection));
    }
  }
}
