package dev.dovetail.diff.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.change.AlterClusterOn;
import dev.dovetail.core.change.AlterColumnSettings;
import dev.dovetail.core.change.AlterColumnStatistics;
import dev.dovetail.core.change.AlterInheritance;
import dev.dovetail.core.change.AlterReplicaIdentity;
import dev.dovetail.core.change.AlterTriggerState;
import dev.dovetail.core.change.CreatePartition;
import dev.dovetail.core.change.CreateTable;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ColumnSettings;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.ReplicaIdentity;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.model.Trigger;
import dev.dovetail.core.plan.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Golden SQL and locks of replica identity, CLUSTER ON, statistics targets, column settings and inheritance. */
class DdlRendererTableAttributesTest {

  private static final QualifiedName ITEMS = QualifiedName.of("Sales", "order items");
  private final DdlRenderer renderer = new DdlRenderer();

  private List<String> sql(SchemaChange change) {
    return renderer.render(change).stream().map(Statement::sql).toList();
  }

  private String lock(SchemaChange change) {
    return renderer.render(change).get(0).lock().text();
  }

  @Test
  void replicaIdentityInEveryFormUnderAnAccessExclusiveLock() {
    ReplicaIdentity index = new ReplicaIdentity(ReplicaIdentity.Kind.INDEX, "Items \"Key\"");
    ReplicaIdentity full = new ReplicaIdentity(ReplicaIdentity.Kind.FULL, null);
    ReplicaIdentity nothing = new ReplicaIdentity(ReplicaIdentity.Kind.NOTHING, null);
    assertThat(sql(new AlterReplicaIdentity(ITEMS, ReplicaIdentity.DEFAULT, index)))
        .containsExactly("ALTER TABLE \"Sales\".\"order items\" REPLICA IDENTITY USING INDEX \"Items \"\"Key\"\"\"");
    assertThat(sql(new AlterReplicaIdentity(ITEMS, index, full))).containsExactly("ALTER TABLE \"Sales\".\"order items\" REPLICA IDENTITY FULL");
    assertThat(sql(new AlterReplicaIdentity(ITEMS, full, nothing))).containsExactly("ALTER TABLE \"Sales\".\"order items\" REPLICA IDENTITY NOTHING");
    assertThat(sql(new AlterReplicaIdentity(ITEMS, full, nothing).inverse()))
        .containsExactly("ALTER TABLE \"Sales\".\"order items\" REPLICA IDENTITY FULL");
    assertThat(sql(new AlterReplicaIdentity(ITEMS, index, ReplicaIdentity.DEFAULT)))
        .containsExactly("ALTER TABLE \"Sales\".\"order items\" REPLICA IDENTITY DEFAULT");
    assertThat(lock(new AlterReplicaIdentity(ITEMS, full, nothing))).isEqualTo("ACCESS EXCLUSIVE on Sales.order items");
    assertThat(renderer.render(new AlterReplicaIdentity(ITEMS, full, nothing)).get(0).hazards()).containsExactly(Hazards.REPLICA_IDENTITY_NOTHING);
    assertThat(renderer.render(new AlterReplicaIdentity(ITEMS, nothing, full)).get(0).hazards()).isEmpty();
  }

  @Test
  void aPartitionPartitionedAgainComesWithItsOwnIndexThenItsPartitionsAndGoesWithThem() {
    QualifiedName branch = QualifiedName.of("Sales", "items \"2024\"");
    Index own = new Index("by qty", branch, false, "btree", List.of("qty"), List.of(), null,
        "CREATE INDEX \"by qty\" ON \"Sales\".\"items \"\"2024\"\"\" USING btree (qty)", null);
    Partition leaf = new Partition(QualifiedName.of("Archive", "select"), "FOR VALUES WITH (modulus 1, remainder 0)", null);
    Partition partition = new Partition(branch, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", "by region",
        List.of(), List.of(own), ReplicaIdentity.DEFAULT, List.of(), "HASH (region)", List.of(leaf));
    CreatePartition create = new CreatePartition(ITEMS, partition);
    assertThat(sql(create)).containsExactly(
        "CREATE TABLE \"Sales\".\"items \"\"2024\"\"\" PARTITION OF \"Sales\".\"order items\""
            + " FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY HASH (region)",
        "COMMENT ON TABLE \"Sales\".\"items \"\"2024\"\"\" IS 'by region'",
        "CREATE INDEX \"by qty\" ON \"Sales\".\"items \"\"2024\"\"\" USING btree (qty)",
        "CREATE TABLE \"Archive\".\"select\" PARTITION OF \"Sales\".\"items \"\"2024\"\"\" FOR VALUES WITH (modulus 1, remainder 0)");
    assertThat(sql(create.inverse())).containsExactly(
        "ALTER TABLE \"Sales\".\"order items\" DETACH PARTITION \"Sales\".\"items \"\"2024\"\"\"",
        "DROP TABLE \"Sales\".\"items \"\"2024\"\"\"");
    assertThat(create.takesNames()).containsExactlyInAnyOrder(branch, leaf.name());
    assertThat(create.inverse().freesNames()).containsExactlyInAnyOrder(branch, leaf.name());
  }

  @Test
  void clusterOnAndWithoutClusterUnderAShareUpdateExclusiveLock() {
    AlterClusterOn on = new AlterClusterOn(ITEMS, null, "by \"date\"");
    assertThat(sql(on)).containsExactly("ALTER TABLE \"Sales\".\"order items\" CLUSTER ON \"by \"\"date\"\"\"");
    assertThat(sql(on.inverse())).containsExactly("ALTER TABLE \"Sales\".\"order items\" SET WITHOUT CLUSTER");
    assertThat(sql(new AlterClusterOn(ITEMS, "a", "select"))).containsExactly("ALTER TABLE \"Sales\".\"order items\" CLUSTER ON \"select\"");
    assertThat(lock(on)).isEqualTo("SHARE UPDATE EXCLUSIVE on Sales.order items");
    assertThat(renderer.render(on).get(0).hazards()).isEmpty();
  }

  @Test
  void statisticsTargetSetAndResetToTheDefault() {
    AlterColumnStatistics set = new AlterColumnStatistics(ITEMS, "Unit Price", null, 500);
    assertThat(sql(set)).containsExactly("ALTER TABLE \"Sales\".\"order items\" ALTER COLUMN \"Unit Price\" SET STATISTICS 500");
    assertThat(sql(set.inverse())).containsExactly("ALTER TABLE \"Sales\".\"order items\" ALTER COLUMN \"Unit Price\" SET STATISTICS -1");
    assertThat(sql(new AlterColumnStatistics(ITEMS, "qty", 10, 0))).containsExactly("ALTER TABLE \"Sales\".\"order items\" ALTER COLUMN qty SET STATISTICS 0");
    assertThat(lock(set)).isEqualTo("SHARE UPDATE EXCLUSIVE on Sales.order items");
  }

  @Test
  void columnSettingsChangedInOneStatementTheirDefaultsWrittenOutAndStorageUnderAnExclusiveLock() {
    ColumnSettings external = new ColumnSettings("EXTERNAL", "EXTENDED", "pglz", List.of("n_distinct=12", "n_distinct_inherited=5"));
    ColumnSettings main = new ColumnSettings("MAIN", "EXTENDED", null, List.of("n_distinct=-0.5"));
    AlterColumnSettings change = new AlterColumnSettings(ITEMS, "Unit Price", external, main);
    assertThat(sql(change)).containsExactly(
        "ALTER TABLE \"Sales\".\"order items\" ALTER COLUMN \"Unit Price\" SET STORAGE MAIN,"
            + " ALTER COLUMN \"Unit Price\" SET COMPRESSION DEFAULT,"
            + " ALTER COLUMN \"Unit Price\" RESET (n_distinct_inherited),"
            + " ALTER COLUMN \"Unit Price\" SET (n_distinct = '-0.5')");
    assertThat(sql(new AlterColumnSettings(ITEMS, "note", external, ColumnSettings.DEFAULT))).containsExactly(
        "ALTER TABLE \"Sales\".\"order items\" ALTER COLUMN note SET STORAGE EXTENDED,"
            + " ALTER COLUMN note SET COMPRESSION DEFAULT, ALTER COLUMN note RESET (n_distinct, n_distinct_inherited)");
    assertThat(sql(new AlterColumnSettings(ITEMS, "note", ColumnSettings.DEFAULT, external))).containsExactly(
        "ALTER TABLE \"Sales\".\"order items\" ALTER COLUMN note SET STORAGE EXTERNAL,"
            + " ALTER COLUMN note SET COMPRESSION pglz, ALTER COLUMN note SET (n_distinct = '12', n_distinct_inherited = '5')");
    assertThat(lock(change)).isEqualTo("ACCESS EXCLUSIVE on Sales.order items");
    AlterColumnSettings options = new AlterColumnSettings(ITEMS, "qty", null, new ColumnSettings(null, null, null, List.of("n_distinct=3")));
    assertThat(lock(options)).isEqualTo("SHARE UPDATE EXCLUSIVE on Sales.order items");
    assertThat(change.baseName()).isEqualTo("set_storage_and_compression_and_options_sales_order_items_unit_price");
    assertThat(options.baseName()).isEqualTo("set_options_sales_order_items_qty");
  }

  @Test
  void aTriggerWhoseStateAloneChangesIsAlteredInPlace() {
    Trigger audit = new Trigger("audit \"x\"", ITEMS,
        "CREATE TRIGGER \"audit \"\"x\"\"\" AFTER INSERT ON \"Sales\".\"order items\" FOR EACH ROW EXECUTE FUNCTION f()", 'D', List.of(), null);
    AlterTriggerState replica = new AlterTriggerState(audit, audit.withEnabled('R'));
    assertThat(sql(replica)).containsExactly("ALTER TABLE \"Sales\".\"order items\" ENABLE REPLICA TRIGGER \"audit \"\"x\"\"\"");
    assertThat(sql(replica.inverse())).containsExactly("ALTER TABLE \"Sales\".\"order items\" DISABLE TRIGGER \"audit \"\"x\"\"\"");
    assertThat(sql(new AlterTriggerState(audit, audit.withEnabled('O')))).containsExactly("ALTER TABLE \"Sales\".\"order items\" ENABLE TRIGGER \"audit \"\"x\"\"\"");
    assertThat(sql(new AlterTriggerState(audit, audit.withEnabled('A')))).containsExactly("ALTER TABLE \"Sales\".\"order items\" ENABLE ALWAYS TRIGGER \"audit \"\"x\"\"\"");
    assertThat(lock(replica)).isEqualTo("SHARE ROW EXCLUSIVE on Sales.order items");
    assertThat(replica.baseName()).isEqualTo("enable_replica_trigger_sales_order_items_audit_x");
  }

  @Test
  void inheritAddsTheParentsChecksFirstAndNoInheritDropsThemAfter() {
    QualifiedName parent = QualifiedName.of("Sales", "select");
    CheckConstraint check = new CheckConstraint("price's sign", "CHECK ((price >= 0))", null, List.of(), true);
    AlterInheritance inherit = new AlterInheritance(ITEMS, parent, true, List.of(check), List.of("price"));
    assertThat(sql(inherit)).containsExactly(
        "ALTER TABLE \"Sales\".\"order items\" ADD CONSTRAINT \"price's sign\" CHECK ((price >= 0))",
        "ALTER TABLE \"Sales\".\"order items\" INHERIT \"Sales\".\"select\"");
    assertThat(sql(inherit.inverse())).containsExactly(
        "ALTER TABLE \"Sales\".\"order items\" NO INHERIT \"Sales\".\"select\"",
        "ALTER TABLE \"Sales\".\"order items\" DROP CONSTRAINT \"price's sign\"");
    assertThat(renderer.render(inherit).get(1).lock().text())
        .isEqualTo("ACCESS EXCLUSIVE on Sales.order items; SHARE UPDATE EXCLUSIVE on Sales.select");
    assertThat(renderer.render(inherit.inverse()).get(0).lock().text())
        .isEqualTo("ACCESS EXCLUSIVE on Sales.order items; ACCESS SHARE on Sales.select");
    assertThat(renderer.render(inherit).get(1).hazards()).containsExactly(Hazards.INHERITED_ROWS);
  }

  @Test
  void aChildIsCreatedWithInheritsAndWithoutTheColumnsItOnlyInherits() {
    Table child = new Table(ITEMS, List.of(Column.of("price", "integer"), Column.of("note", "text")), List.of(), List.of(), null,
        false, List.of(), List.of(), null, List.of(), ReplicaIdentity.DEFAULT, null, Map.of(),
        List.of(QualifiedName.of("Sales", "select"), QualifiedName.of("public", "Dated")), Set.of("price"));
    assertThat(sql(new CreateTable(child, List.of()))).containsExactly(
        "CREATE TABLE \"Sales\".\"order items\" (\n    note text\n) INHERITS (\"Sales\".\"select\", public.\"Dated\")");
    Table bare = new Table(ITEMS, List.of(Column.of("price", "integer")), List.of(), List.of(), null,
        false, List.of(), List.of(), null, List.of(), ReplicaIdentity.DEFAULT, null, Map.of(),
        List.of(QualifiedName.of("Sales", "select")), Set.of("price"));
    assertThat(sql(new CreateTable(bare, List.of())))
        .containsExactly("CREATE TABLE \"Sales\".\"order items\" () INHERITS (\"Sales\".\"select\")");
  }
}
