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
}
