package dev.dovetail.core.plan;

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
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationNamesSecurityTest {

  private static final QualifiedName ITEMS = QualifiedName.of("Sales", "order items");

  @Test
  void namesPolicyAndRowLevelSecurityChanges() {
    Policy p = new Policy("Owner Only", ITEMS, true, "ALL", List.of("public"), "true", null, null, List.of(), List.of(), List.of());
    Policy q = new Policy("Owner Only", ITEMS, true, "ALL", List.of("reader"), "true", null, null, List.of(), List.of(), List.of());
    assertThat(MigrationNames.of(new CreatePolicy(p), Phase.EXPAND)).isEqualTo("create_policy_sales_order_items_owner_only");
    assertThat(MigrationNames.of(new DropPolicy(p), Phase.EXPAND)).isEqualTo("drop_policy_sales_order_items_owner_only");
    assertThat(MigrationNames.of(new AlterPolicy(p, q), Phase.EXPAND)).isEqualTo("alter_policy_sales_order_items_owner_only");
    assertThat(MigrationNames.of(new AlterRowSecurity(RowSecurity.off(ITEMS), new RowSecurity(ITEMS, true, true)), Phase.EXPAND))
        .isEqualTo("enable_row_security_sales_order_items");
    assertThat(MigrationNames.of(new AlterRowSecurity(new RowSecurity(ITEMS, true, false), new RowSecurity(ITEMS, true, true)), Phase.EXPAND))
        .isEqualTo("force_row_security_sales_order_items");
    assertThat(MigrationNames.of(new AlterRowSecurity(new RowSecurity(ITEMS, true, true), new RowSecurity(ITEMS, true, false)), Phase.EXPAND))
        .isEqualTo("no_force_row_security_sales_order_items");
    assertThat(MigrationNames.of(new SetComment(new CommentTarget(CommentTarget.Kind.POLICY, "Sales", "order items", "Owner Only"), null, "x"), Phase.EXPAND))
        .isEqualTo("comment_on_policy_sales_order_items_owner_only");
  }

  @Test
  void namesGrantsAndRevokes() {
    PrivilegeTarget table = new PrivilegeTarget(PrivilegeTarget.Kind.TABLE, "public", "orders", null, null);
    PrivilegeTarget column = new PrivilegeTarget(PrivilegeTarget.Kind.COLUMN, "public", "orders", null, "totalAmount");
    PrivilegeTarget schema = new PrivilegeTarget(PrivilegeTarget.Kind.SCHEMA, "Sales", null, null, null);
    PrivilegeTarget function = new PrivilegeTarget(PrivilegeTarget.Kind.FUNCTION, "app", "total", "integer", null);
    assertThat(MigrationNames.of(new GrantPrivilege(table, "app_reader", "SELECT", false), Phase.EXPAND))
        .isEqualTo("grant_select_on_table_orders_to_app_reader");
    assertThat(MigrationNames.of(new GrantPrivilege(column, "app_reader", "UPDATE", false), Phase.EXPAND))
        .isEqualTo("grant_update_on_column_orders_total_amount_to_app_reader");
    assertThat(MigrationNames.of(new RevokePrivilege(schema, "public", "CREATE", false), Phase.EXPAND))
        .isEqualTo("revoke_create_on_schema_sales_from_public");
    assertThat(MigrationNames.of(new RevokePrivilege(function, "public", "EXECUTE", false), Phase.EXPAND))
        .isEqualTo("revoke_execute_on_function_app_total_from_public");
  }
}
