package dev.dovetail.diff.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.change.AlterClusterOn;
import dev.dovetail.core.change.AlterColumnStatistics;
import dev.dovetail.core.change.AlterReplicaIdentity;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.ReplicaIdentity;
import dev.dovetail.core.plan.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL and locks of replica identity, CLUSTER ON and statistics targets. */
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
}
