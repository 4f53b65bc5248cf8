package dev.dovetail.diff.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.change.AlterPolicy;
import dev.dovetail.core.change.AlterRowSecurity;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreatePolicy;
import dev.dovetail.core.change.DropPolicy;
import dev.dovetail.core.change.GrantPrivilege;
import dev.dovetail.core.change.RevokePrivilege;
import dev.dovetail.core.change.SetComment;
import dev.dovetail.core.model.Policy;
import dev.dovetail.core.model.PrivilegeTarget;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.RowSecurity;
import dev.dovetail.core.plan.HazardType;
import dev.dovetail.core.plan.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL for row-level security, policies and privileges. */
class DdlRendererSecurityTest {

  private static final QualifiedName ITEMS = QualifiedName.of("Sales", "order items");
  private final DdlRenderer renderer = new DdlRenderer();

  private static Policy policy(String name, boolean permissive, String command, List<String> roles, String using, String check, String comment) {
    return new Policy(name, ITEMS, permissive, command, roles, using, check, comment, List.of(), List.of(), List.of());
  }

  private List<String> sql(Object change) {
    return renderer.render((dev.dovetail.core.change.SchemaChange) change).stream().map(Statement::sql).toList();
  }

  @Test
  void createsPoliciesWithEveryClauseQuotedAndTheirComment() {
    Policy policy =
        policy("Owner \"only\" rows", false, "update", List.of("public", "Auditor X", "app_writer"), "(\"user\" = CURRENT_USER)", "(\"Qty\" > 0)", "it's theirs");
    assertThat(sql(new CreatePolicy(policy)))
        .containsExactly(
            "CREATE POLICY \"Owner \"\"only\"\" rows\" ON \"Sales\".\"order items\" AS RESTRICTIVE FOR UPDATE"
                + " TO \"Auditor X\", app_writer, PUBLIC USING ((\"user\" = CURRENT_USER)) WITH CHECK ((\"Qty\" > 0))",
            "COMMENT ON POLICY \"Owner \"\"only\"\" rows\" ON \"Sales\".\"order items\" IS 'it''s theirs'");
    assertThat(renderer.render(new CreatePolicy(policy)).get(0).lock().text()).isEqualTo("ACCESS EXCLUSIVE on Sales.order items");
    assertThat(sql(new CreatePolicy(policy("select", true, "SELECT", List.of("public"), "true", null, null))))
        .containsExactly("CREATE POLICY \"select\" ON \"Sales\".\"order items\" AS PERMISSIVE FOR SELECT TO PUBLIC USING (true)");
    assertThat(sql(new DropPolicy(policy))).containsExactly("DROP POLICY \"Owner \"\"only\"\" rows\" ON \"Sales\".\"order items\"");
  }

  @Test
  void altersOnlyWhatChanges() {
    Policy from = policy("p", true, "ALL", List.of("public"), "(a = 1)", "(b = 1)", null);
    Policy roles = policy("p", true, "ALL", List.of("reader"), "(a = 1)", "(b = 1)", null);
    Policy both = policy("p", true, "ALL", List.of("public"), "(a = 2)", "(b = 2)", null);
    assertThat(sql(new AlterPolicy(from, roles))).containsExactly("ALTER POLICY p ON \"Sales\".\"order items\" TO reader");
    assertThat(sql(new AlterPolicy(from, both)))
        .containsExactly("ALTER POLICY p ON \"Sales\".\"order items\" USING ((a = 2)) WITH CHECK ((b = 2))");
    assertThat(sql(new AlterPolicy(from, both).inverse()))
        .containsExactly("ALTER POLICY p ON \"Sales\".\"order items\" USING ((a = 1)) WITH CHECK ((b = 1))");
  }

  @Test
  void commentsOnPolicies() {
    CommentTarget target = new CommentTarget(CommentTarget.Kind.POLICY, "Sales", "order items", "p");
    assertThat(sql(new SetComment(target, null, "x"))).containsExactly("COMMENT ON POLICY p ON \"Sales\".\"order items\" IS 'x'");
    assertThat(sql(new SetComment(target, "x", null))).containsExactly("COMMENT ON POLICY p ON \"Sales\".\"order items\" IS NULL");
  }

  @Test
  void switchesRowLevelSecurityFlagByFlagWithHazards() {
    AlterRowSecurity on = new AlterRowSecurity(RowSecurity.off(ITEMS), new RowSecurity(ITEMS, true, true));
    assertThat(sql(on))
        .containsExactly(
            "ALTER TABLE \"Sales\".\"order items\" ENABLE ROW LEVEL SECURITY",
            "ALTER TABLE \"Sales\".\"order items\" FORCE ROW LEVEL SECURITY");
    assertThat(sql(on.inverse()))
        .containsExactly(
            "ALTER TABLE \"Sales\".\"order items\" DISABLE ROW LEVEL SECURITY",
            "ALTER TABLE \"Sales\".\"order items\" NO FORCE ROW LEVEL SECURITY");
    assertThat(renderer.render(on).get(0).hazards()).extracting(h -> h.type()).containsExactly(HazardType.BACKWARD_INCOMPATIBLE);
    assertThat(renderer.render(on.inverse()).get(0).hazards()).extracting(h -> h.type()).containsExactly(HazardType.NEEDS_REVIEW);
    assertThat(on.tightens()).isTrue();
    assertThat(on.inverse().tightens()).isFalse();
  }

  @Test
  void grantsAndRevokesOnEveryKindOfObject() {
    PrivilegeTarget table = new PrivilegeTarget(PrivilegeTarget.Kind.TABLE, "Sales", "order items", null, null);
    PrivilegeTarget column = new PrivilegeTarget(PrivilegeTarget.Kind.COLUMN, "Sales", "order items", null, "Qty");
    PrivilegeTarget sequence = new PrivilegeTarget(PrivilegeTarget.Kind.SEQUENCE, "public", "order_no", null, null);
    PrivilegeTarget schema = new PrivilegeTarget(PrivilegeTarget.Kind.SCHEMA, "Sales", null, null, null);
    PrivilegeTarget function = new PrivilegeTarget(PrivilegeTarget.Kind.FUNCTION, "public", "total", "integer, text", null);
    assertThat(sql(new GrantPrivilege(table, "App Reader", "SELECT", true)))
        .containsExactly("GRANT SELECT ON TABLE \"Sales\".\"order items\" TO \"App Reader\" WITH GRANT OPTION");
    assertThat(sql(new GrantPrivilege(column, "reader", "UPDATE", false)))
        .containsExactly("GRANT UPDATE (\"Qty\") ON TABLE \"Sales\".\"order items\" TO reader");
    assertThat(sql(new GrantPrivilege(sequence, "public", "USAGE", false)))
        .containsExactly("GRANT USAGE ON SEQUENCE public.order_no TO PUBLIC");
    assertThat(sql(new RevokePrivilege(schema, "reader", "CREATE", false)))
        .containsExactly("REVOKE CREATE ON SCHEMA \"Sales\" FROM reader");
    assertThat(sql(new RevokePrivilege(function, "public", "EXECUTE", false)))
        .containsExactly("REVOKE EXECUTE ON ROUTINE public.total(integer, text) FROM PUBLIC");
    assertThat(renderer.render(new RevokePrivilege(function, "public", "EXECUTE", false)).get(0).hazards())
        .extracting(h -> h.type())
        .containsExactly(HazardType.BACKWARD_INCOMPATIBLE);
    assertThat(new RevokePrivilege(table, "r", "SELECT", true).inverse()).isEqualTo(new GrantPrivilege(table, "r", "SELECT", true));
  }

  @Test
  void defaultPrivilegesForTheMigratingRoleOrAnotherInEverySchemaOrOne() {
    PrivilegeTarget tables = PrivilegeTarget.defaults(PrivilegeTarget.Kind.DEFAULT_TABLES, null, "Sales");
    PrivilegeTarget functions = PrivilegeTarget.defaults(PrivilegeTarget.Kind.DEFAULT_FUNCTIONS, "App \"Owner\"", null);
    PrivilegeTarget schemas = PrivilegeTarget.defaults(PrivilegeTarget.Kind.DEFAULT_SCHEMAS, null, null);
    assertThat(sql(new GrantPrivilege(tables, "App Reader", "SELECT", true)))
        .containsExactly("ALTER DEFAULT PRIVILEGES IN SCHEMA \"Sales\" GRANT SELECT ON TABLES TO \"App Reader\" WITH GRANT OPTION");
    assertThat(sql(new RevokePrivilege(functions, "public", "EXECUTE", false)))
        .containsExactly("ALTER DEFAULT PRIVILEGES FOR ROLE \"App \"\"Owner\"\"\" REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC");
    assertThat(sql(new GrantPrivilege(schemas, "writer", "CREATE", false)))
        .containsExactly("ALTER DEFAULT PRIVILEGES GRANT CREATE ON SCHEMAS TO writer");
    assertThat(renderer.render(new RevokePrivilege(functions, "public", "EXECUTE", false)).get(0).hazards())
        .as("revoking a default privilege takes nothing from an existing object").isEmpty();
    assertThat(tables.toString()).isEqualTo("tables created later in schema Sales");
    assertThat(functions.toString()).isEqualTo("functions created later by role App \"Owner\"");
    assertThat(new GrantPrivilege(tables, "App Reader", "SELECT", true).baseName())
        .isEqualTo("grant_select_on_default_tables_in_sales_to_app_reader");
    assertThat(new RevokePrivilege(functions, "public", "EXECUTE", false).baseName())
        .isEqualTo("revoke_execute_on_default_functions_for_app_owner_from_public");
  }
}
