package dev.dovetail.diff.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The roles a declared schema names, found by lexing it (never by running it). */
class RolesTest {

  @Test
  void findsTheRolesAfterOwnerToAndAuthorizationFoldedOrQuotedAsPostgreSqlReadsThem() {
    assertThat(Roles.namedIn("CREATE SCHEMA sales AUTHORIZATION Sales_Owner;\n"
        + "ALTER TABLE sales.orders OWNER TO \"App \"\"Main\"\" Owner\";\n"
        + "alter function f(int) owner to app_fn;\n"
        + "ALTER TABLE t OWNER TO CURRENT_USER; ALTER VIEW v OWNER TO session_user;"))
        .containsExactly("App \"Main\" Owner", "app_fn", "sales_owner");
  }

  @Test
  void findsGranteesRevokedRolesPolicyRolesAndMembership() {
    assertThat(Roles.namedIn("GRANT SELECT, UPDATE (a) ON TABLE t TO reader, GROUP \"Writers\", PUBLIC WITH GRANT OPTION;\n"
        + "REVOKE EXECUTE ON FUNCTION f() FROM PUBLIC, auditor;\n"
        + "CREATE POLICY p ON t AS RESTRICTIVE FOR SELECT TO app_user, \"Odd One\" USING (owner = current_user);\n"
        + "GRANT parent_role TO child_role;"))
        .containsExactly("Odd One", "Writers", "app_user", "auditor", "child_role", "parent_role", "reader");
  }

  @Test
  void findsTheRolesOfDefaultPrivileges() {
    assertThat(Roles.namedIn("ALTER DEFAULT PRIVILEGES FOR ROLE app_owner, \"Odd One\" IN SCHEMA s GRANT SELECT ON TABLES TO reader;\n"
        + "ALTER DEFAULT PRIVILEGES FOR USER Deployer REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC, auditor;\n"
        + "ALTER DEFAULT PRIVILEGES GRANT USAGE ON TYPES TO GROUP writers"))
        .containsExactly("Odd One", "app_owner", "auditor", "deployer", "reader", "writers");
  }

  @Test
  void skipsCommentsStringsAndDollarQuotedBodies() {
    assertThat(Roles.namedIn("-- ALTER TABLE t OWNER TO in_a_comment\n"
        + "/* OWNER TO in_a /* nested */ block */\n"
        + "COMMENT ON TABLE t IS 'OWNER TO in_a_string; it''s OWNER TO still_in_it';\n"
        + "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $body$ BEGIN EXECUTE 'ALTER TABLE t OWNER TO in_a_body'; END $body$;\n"
        + "DO $$ BEGIN CREATE ROLE made_here; END $$;\n"
        + "ALTER TABLE t RENAME TO u; ALTER TABLE u OWNER TO real_owner"))
        .containsExactly("real_owner");
  }

  @Test
  void aNameThatIsNotAnIdentifierIsNotTaken() {
    assertThat(Roles.namedIn("ALTER TABLE t OWNER TO ; GRANT SELECT ON t TO (SELECT 1); ALTER TABLE t OWNER TO \"\""))
        .isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
    "ALTER TABLE public.t OWNER TO app|ALTER TABLE public.t OWNER TO %s|app",
    "alter table if exists only \"Odd \"\"S\"\"\".\"T\" owner to \"App Role\"|ALTER TABLE IF EXISTS ONLY \"Odd \"\"S\"\"\".\"T\" OWNER TO %s|App Role",
    "ALTER MATERIALIZED VIEW mv OWNER TO CURRENT_USER|ALTER MATERIALIZED VIEW mv OWNER TO %s|",
    "ALTER FUNCTION s.f(integer, character varying(10), double precision[]) OWNER TO app|ALTER FUNCTION s.f ( integer , character varying ( 10 ) , double precision [ ] ) OWNER TO %s|app",
    "ALTER TEXT SEARCH CONFIGURATION cfg OWNER TO \"50%\"|ALTER TEXT SEARCH CONFIGURATION cfg OWNER TO %s|50%",
    "ALTER SCHEMA \"100%\" OWNER TO app -- a comment|ALTER SCHEMA \"100%%\" OWNER TO %s|app",
  })
  void anOwnerChangeIsRenderedAgainFromItsTokens(String statement, String sql, String role) {
    var change = Roles.ownerChange(statement).orElseThrow();
    assertThat(change.sql()).isEqualTo(sql);
    assertThat(change.role()).isEqualTo(role);
  }

  /** Only a statement that does nothing but give one object away is run by the provider's user for the sandbox. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
    "ALTER TABLE t ALTER c TYPE int USING f(c), OWNER TO app",
    "ALTER TABLE t OWNER TO app; DROP DATABASE x",
    "ALTER TABLE t OWNER TO app, ADD COLUMN c int",
    "ALTER DATABASE d OWNER TO app",
    "ALTER EVENT TRIGGER e OWNER TO app",
    "ALTER TABLE t(x) OWNER TO app",
    "ALTER FUNCTION f(int DEFAULT g()) OWNER TO app",
    "ALTER FUNCTION f('x') OWNER TO app",
    "ALTER TABLE t OWNER TO public",
    "ALTER TABLE a.b.c.d OWNER TO app",
    "DO $$ BEGIN ALTER TABLE t OWNER TO app; END $$",
    "ALTER TABLE t RENAME TO owner",
  })
  void anythingElseIsNotAnOwnerChange(String statement) {
    assertThat(Roles.ownerChange(statement)).as(statement).isEmpty();
  }
}
