package dev.dovetail.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.change.AddColumn;
import dev.dovetail.core.change.AddConstraint;
import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.change.CreateTable;
import dev.dovetail.core.change.DropColumn;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationNamesTest {

  private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");

  @Test
  void namesStartWithTheVerbAndNameTheObjects() {
    Table table = Table.of(ORDERS, List.of(Column.of("id", "bigint")), List.of(), List.of());
    assertThat(MigrationNames.of(CreateTable.of(table), Phase.EXPAND)).isEqualTo("create_table_orders");
    assertThat(MigrationNames.of(AddColumn.of(ORDERS, Column.of("customerId", "bigint")), Phase.EXPAND))
        .isEqualTo("add_column_orders_customer_id");
    ForeignKey fk =
        new ForeignKey(
            "orders_customer_id_fkey",
            List.of("customer_id"),
            QualifiedName.of("public", "customers"),
            List.of("id"),
            ForeignKey.Action.NO_ACTION,
            ForeignKey.Action.CASCADE,
            false,
            false,
            "FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE",
            null);
    assertThat(MigrationNames.of(new AddConstraint(ORDERS, fk), Phase.EXPAND)).isEqualTo("add_fk_orders_customer_id");
  }

  @Test
  void contractStepsSayContractAndOtherSchemasAreNamed() {
    QualifiedName users = QualifiedName.of("Sales", "UserAccounts");
    assertThat(MigrationNames.of(DropColumn.of(users, Column.of("email", "text")), Phase.CONTRACT))
        .isEqualTo("contract_drop_column_sales_user_accounts_email");
  }

  @Test
  void alterNamesTheAspectWhenThereIsOne() {
    Column from = Column.of("total", "integer");
    assertThat(MigrationNames.of(new AlterColumn(ORDERS, from, from.withType("bigint")), Phase.EXPAND))
        .isEqualTo("alter_column_type_orders_total");
    assertThat(MigrationNames.of(new AlterColumn(ORDERS, from, from.withType("bigint").withNotNull(true)), Phase.EXPAND))
        .isEqualTo("alter_column_orders_total");
  }

  @Test
  void expressionIndexesAreNamedAfterTheIndex() {
    Index index =
        new Index("users_lower_email_idx", QualifiedName.of("public", "users"), true, "btree", List.of("lower(email)"), List.of(), null, "CREATE ...", null);
    assertThat(MigrationNames.of(new CreateIndex(index), Phase.EXPAND)).isEqualTo("create_index_users_users_lower_email_idx");
  }

  @Test
  void identifiersFoldToAsciiAndNonLatinOnesStayDistinct() {
    assertThat(MigrationNames.word("café")).isEqualTo("cafe");
    assertThat(MigrationNames.word("order items")).isEqualTo("order_items");
    assertThat(MigrationNames.word("weird\"name")).isEqualTo("weird_name");
    assertThat(MigrationNames.word("数据")).startsWith("u").isNotEqualTo(MigrationNames.word("数据表"));
  }
}
