package dev.dovetail.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.ReplicaIdentity;
import dev.dovetail.core.model.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names, sentences and inverses of the table attribute changes, and the model's reading of the catalog codes. */
class TableAttributeChangesTest {

  private static final QualifiedName ORDERS = QualifiedName.of("sales", "Order Items");
  private static final ReplicaIdentity FULL = new ReplicaIdentity(ReplicaIdentity.Kind.FULL, null);
  private static final ReplicaIdentity BY_KEY = new ReplicaIdentity(ReplicaIdentity.Kind.INDEX, "items key");

  @Test
  void replicaIdentityIsReadFromTheCatalogCodes() {
    assertThat(ReplicaIdentity.of("d", null)).isEqualTo(ReplicaIdentity.DEFAULT);
    assertThat(ReplicaIdentity.of("f", null)).isEqualTo(FULL);
    assertThat(ReplicaIdentity.of("n", null).kind()).isEqualTo(ReplicaIdentity.Kind.NOTHING);
    assertThat(ReplicaIdentity.of("i", "items key")).isEqualTo(BY_KEY);
    // relreplident 'i' whose index is gone logs nothing, as PostgreSQL treats it
    assertThat(ReplicaIdentity.of("i", null).kind()).isEqualTo(ReplicaIdentity.Kind.NOTHING);
    assertThatThrownBy(() -> new ReplicaIdentity(ReplicaIdentity.Kind.FULL, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReplicaIdentity(ReplicaIdentity.Kind.INDEX, null)).isInstanceOf(IllegalArgumentException.class);
    QualifiedName parent = QualifiedName.of("sales", "items_key");
    assertThat(ReplicaIdentity.of("i", "items_2025_key", parent).parentIndex()).isEqualTo(parent);
    assertThat(ReplicaIdentity.of("i", null, parent).parentIndex()).isNull();
    assertThatThrownBy(() -> new ReplicaIdentity(ReplicaIdentity.Kind.FULL, null, parent)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tablesAndPartitionsDifferByTheirAttributes() {
    Table plain = Table.of(ORDERS, List.of(), List.of(), List.of());
    Table full = new Table(ORDERS, List.of(), List.of(), List.of(), null, false, List.of(), List.of(), null, List.of(), FULL, null, Map.of());
    Table clustered = new Table(ORDERS, List.of(), List.of(), List.of(), null, false, List.of(), List.of(), null, List.of(), null, "k", Map.of());
    Table targeted = new Table(ORDERS, List.of(), List.of(), List.of(), null, false, List.of(), List.of(), null, List.of(), null, null, Map.of("a", 10));
    assertThat(plain.replicaIdentity()).isEqualTo(ReplicaIdentity.DEFAULT);
    assertThat(List.of(full, clustered, targeted)).allSatisfy(t -> assertThat(t).isNotEqualTo(plain));
    assertThat(full.withConstraints(List.of())).isEqualTo(full);
    assertThat(new Partition(ORDERS, "DEFAULT", null)).isNotEqualTo(new Partition(ORDERS, "DEFAULT", null, FULL));
  }

  @Test
  void replicaIdentityNamesItsTableAndSaysBothStates() {
    AlterReplicaIdentity change = new AlterReplicaIdentity(ORDERS, FULL, BY_KEY);
    assertThat(change.baseName()).isEqualTo("set_replica_identity_sales_order_items");
    assertThat(change.describe()).isEqualTo("Sets the replica identity of table sales.Order Items to using index items key (was full).");
    assertThat(change.inverse()).isEqualTo(new AlterReplicaIdentity(ORDERS, BY_KEY, FULL));
    assertThat(change.subject().kind()).isEqualTo(Subject.Kind.TABLE);
  }

  @Test
  void clusterOnNamesTheIndexOrSaysWithoutCluster() {
    AlterClusterOn on = new AlterClusterOn(ORDERS, null, "Items By Date");
    assertThat(on.baseName()).isEqualTo("cluster_on_sales_order_items_items_by_date");
    assertThat(on.inverse().baseName()).isEqualTo("set_without_cluster_sales_order_items");
    assertThat(on.inverse().describe()).isEqualTo("Marks no index of table sales.Order Items for CLUSTER (was Items By Date).");
    assertThat(new AlterClusterOn(ORDERS, "a", "b").describe()).isEqualTo("Marks index b of table sales.Order Items for CLUSTER (was a).");
    assertThatThrownBy(() -> new AlterClusterOn(ORDERS, "a", "a")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void statisticsTargetIsAboutTheColumn() {
    AlterColumnStatistics change = new AlterColumnStatistics(ORDERS, "Total \"Net\"", 200, null);
    assertThat(change.baseName()).isEqualTo("set_statistics_sales_order_items_total_net");
    assertThat(change.describe()).isEqualTo("Sets the statistics target of column Total \"Net\" of table sales.Order Items to the default (was 200).");
    assertThat(change.inverse()).isEqualTo(new AlterColumnStatistics(ORDERS, "Total \"Net\"", null, 200));
    assertThat(change.subject().kind()).isEqualTo(Subject.Kind.COLUMN);
    assertThat(change.subject().member()).isEqualTo("Total \"Net\"");
  }
}
