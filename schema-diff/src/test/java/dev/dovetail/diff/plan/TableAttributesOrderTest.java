package dev.dovetail.diff.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.change.AlterClusterOn;
import dev.dovetail.core.change.AlterColumnStatistics;
import dev.dovetail.core.change.AlterReplicaIdentity;
import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.change.CreateTable;
import dev.dovetail.core.change.DropColumn;
import dev.dovetail.core.change.DropIndex;
import dev.dovetail.core.change.DropTable;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.PgSchema;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.ReplicaIdentity;
import dev.dovetail.core.model.Table;
import dev.dovetail.diff.compare.SchemaDiffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shape (from the comparers) and order (from the planner's graph) of the table attribute changes. */
class TableAttributesOrderTest {

  private static final QualifiedName DOCS = QualifiedName.of("public", "docs");
  private static final List<Column> COLUMNS = List.of(Column.of("id", "bigint").withNotNull(true), Column.of("at", "date"));
  private static final ReplicaIdentity FULL = new ReplicaIdentity(ReplicaIdentity.Kind.FULL, null);

  private final SchemaDiffer comparers = new SchemaDiffer();

  private List<SchemaChange> sorted(DatabaseSchema current, DatabaseSchema declared) {
    return ChangeOrder.sort(comparers.diff(current, declared), current);
  }

  private static Index index(String name, String keys) {
    return new Index(name, DOCS, true, "btree", List.of(keys.split(", ")), List.of(), null,
        "CREATE UNIQUE INDEX " + name + " ON public.docs USING btree (" + keys + ")", null);
  }

  private static Table table(List<Column> columns, List<Index> indexes, ReplicaIdentity identity, String cluster, Map<String, Integer> targets) {
    return new Table(DOCS, columns, List.of(), indexes, null, false, List.of(), List.of(), null, List.of(), identity, cluster, targets);
  }

  private static DatabaseSchema schema(Table... tables) {
    return DatabaseSchema.builder().schemas(List.of(PgSchema.named("public"))).tables(List.of(tables)).build();
  }

  @Test
  void anIndexDroppedAndCreatedAgainIsUnmarkedBeforeItsDropAndMarkedAgainAfterItsCreation() {
    Index old = index("docs_key", "id");
    Index changed = index("docs_key", "id, at");
    ReplicaIdentity byKey = new ReplicaIdentity(ReplicaIdentity.Kind.INDEX, "docs_key");
    List<SchemaChange> changes = sorted(
        schema(table(COLUMNS, List.of(old), byKey, "docs_key", Map.of())),
        schema(table(COLUMNS, List.of(changed), byKey, "docs_key", Map.of())));
    AlterReplicaIdentity unsetIdentity = new AlterReplicaIdentity(DOCS, byKey, ReplicaIdentity.DEFAULT);
    AlterClusterOn unsetCluster = new AlterClusterOn(DOCS, "docs_key", null);
    assertThat(changes).containsExactlyInAnyOrder(
        unsetIdentity, unsetCluster, new DropIndex(old), new CreateIndex(changed), unsetIdentity.inverse(), unsetCluster.inverse());
    int drop = changes.indexOf(new DropIndex(old));
    int create = changes.indexOf(new CreateIndex(changed));
    assertThat(changes.indexOf(unsetIdentity)).isLessThan(drop);
    assertThat(changes.indexOf(unsetCluster)).isLessThan(drop);
    assertThat(changes.indexOf(unsetIdentity.inverse())).isGreaterThan(create);
    assertThat(changes.indexOf(unsetCluster.inverse())).isGreaterThan(create);
  }

  @Test
  void aNewTableGetsItsAttributesAfterItAndItsIndexExist() {
    Table created = table(COLUMNS, List.of(index("docs_key", "id")), new ReplicaIdentity(ReplicaIdentity.Kind.INDEX, "docs_key"),
        "docs_key", Map.of("at", 300));
    List<SchemaChange> changes = sorted(schema(), schema(created));
    assertThat(changes.get(0)).isInstanceOf(CreateTable.class);
    assertThat(changes.subList(1, changes.size())).containsExactlyInAnyOrder(
        new AlterReplicaIdentity(DOCS, ReplicaIdentity.DEFAULT, created.replicaIdentity()),
        new AlterClusterOn(DOCS, null, "docs_key"),
        new AlterColumnStatistics(DOCS, "at", null, 300));
  }

  @Test
  void aTableOrColumnThatGoesHasItsAttributesResetFirstSoThatItsDownRestoresThem() {
    Table full = table(COLUMNS, List.of(), FULL, null, Map.of());
    List<SchemaChange> dropped = sorted(schema(full), schema());
    assertThat(dropped).hasSize(2);
    assertThat(dropped.get(0)).isEqualTo(new AlterReplicaIdentity(DOCS, FULL, ReplicaIdentity.DEFAULT));
    assertThat(dropped.get(1)).isInstanceOf(DropTable.class);

    Table targeted = table(COLUMNS, List.of(), null, null, Map.of("at", 50));
    List<SchemaChange> column = sorted(schema(targeted), schema(table(COLUMNS.subList(0, 1), List.of(), null, null, Map.of())));
    assertThat(column).hasSize(2);
    assertThat(column.get(0)).isEqualTo(new AlterColumnStatistics(DOCS, "at", 50, null));
    assertThat(column.get(1)).isInstanceOf(DropColumn.class);
  }

  @Test
  void aChangedTargetOnAColumnThatStaysIsOneChange() {
    assertThat(sorted(schema(table(COLUMNS, List.of(), null, null, Map.of("at", 50))), schema(table(COLUMNS, List.of(), null, null, Map.of("at", 70)))))
        .containsExactly(new AlterColumnStatistics(DOCS, "at", 50, 70));
  }
}
