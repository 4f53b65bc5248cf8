package dev.dovetail.diff.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.change.AlterOwner;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Ownership;
import dev.dovetail.core.model.Ownerships;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.diff.compare.SchemaDiffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shape (from the comparers) and place (from the planner) of owner changes. */
class OwnerOrderTest {

  private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
  private static final Table TABLE = Table.of(ORDERS, List.of(Column.of("id", "integer")), List.of(), List.of());
  private static final Ownership.Target ON_ORDERS = new Ownership.Target(Ownership.Kind.TABLE, "public", "orders", null);

  private final SchemaDiffer differ = new SchemaDiffer();

  private static DatabaseSchema schema(String owner) {
    DatabaseSchema.Builder builder = DatabaseSchema.builder().tables(List.of(TABLE));
    return builder.owners(owner == null ? List.of() : List.of(new Ownership(ON_ORDERS, owner))).build();
  }

  private static List<String> sql(List<Statement> statements) {
    return statements.stream().map(Statement::sql).toList();
  }

  @Test
  void anObjectDeclaredWithoutAnOwnerKeepsTheOneItHas() {
    assertThat(differ.diff(schema("app"), schema(null))).isEmpty();
    assertThat(Ownerships.inheritUnstated(schema(null), schema("app"))).isEqualTo(schema("app"));
    assertThat(Ownerships.inheritUnstated(schema("other"), schema("app"))).as("a stated owner stays").isEqualTo(schema("other"));
  }

  @Test
  void aStatedOwnerOfAKeptObjectIsOneChangeWhoseInverseGivesItBack() {
    assertThat(differ.diff(schema("app"), schema("other"))).containsExactly(new AlterOwner(ON_ORDERS, "other", "app"));
    assertThat(differ.diff(schema(null), schema("other"))).containsExactly(new AlterOwner(ON_ORDERS, "other", null));
    assertThat(differ.diff(schema("other"), schema("other"))).isEmpty();
  }

  @Test
  void aNewObjectIsGivenToItsOwnerInTheMigrationThatCreatesIt() {
    DatabaseSchema empty = DatabaseSchema.builder().build();
    List<SchemaChange> changes = differ.diff(empty, schema("app"));
    assertThat(changes).contains(new AlterOwner(ON_ORDERS, "app", null));
    List<Migration> migrations = new Planner(PlanOptions.PLAIN).plan(changes, empty).migrations();
    assertThat(migrations).singleElement().satisfies(m -> {
      assertThat(sql(m.up())).hasSize(2).last().isEqualTo("ALTER TABLE public.orders OWNER TO app");
      assertThat(sql(m.down())).containsExactly("ALTER TABLE public.orders OWNER TO CURRENT_USER", "DROP TABLE public.orders");
    });
  }

  @Test
  void aDroppedObjectIsGivenBackInTheMigrationThatDropsItSoThatItsDownRestoresTheOwner() {
    DatabaseSchema empty = DatabaseSchema.builder().build();
    List<SchemaChange> changes = differ.diff(schema("app"), empty);
    assertThat(changes).contains(new AlterOwner(ON_ORDERS, null, "app"));
    List<Migration> migrations = new Planner(PlanOptions.DEFAULT).plan(changes, schema("app")).migrations();
    assertThat(migrations).singleElement().satisfies(m -> {
      assertThat(sql(m.up())).containsExactly("ALTER TABLE public.orders OWNER TO CURRENT_USER", "DROP TABLE public.orders");
      assertThat(sql(m.down())).last().isEqualTo("ALTER TABLE public.orders OWNER TO app");
    });
  }
}
