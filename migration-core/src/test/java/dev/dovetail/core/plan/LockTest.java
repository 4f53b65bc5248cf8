package dev.dovetail.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.model.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockTest {

  private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
  private static final QualifiedName CUSTOMERS = QualifiedName.of("public", "customers");

  @Test
  void modesAreNamedInPostgresWords() {
    assertThat(Lock.Mode.ACCESS_EXCLUSIVE.words()).isEqualTo("ACCESS EXCLUSIVE");
    assertThat(Lock.Mode.SHARE_UPDATE_EXCLUSIVE.words()).isEqualTo("SHARE UPDATE EXCLUSIVE");
    assertThat(Lock.Mode.SHARE.words()).isEqualTo("SHARE");
  }

  @Test
  void aLockNamesItsModeRelationsAndHold() {
    assertThat(Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, ORDERS).text()).isEqualTo("ACCESS EXCLUSIVE on public.orders");
    assertThat(Lock.on(Lock.Mode.SHARE_ROW_EXCLUSIVE, List.of(CUSTOMERS, ORDERS)).text())
        .isEqualTo("SHARE ROW EXCLUSIVE on public.customers, public.orders");
    assertThat(Lock.on(Lock.Mode.SHARE_UPDATE_EXCLUSIVE, ORDERS).and(Lock.Mode.ROW_SHARE, CUSTOMERS).text())
        .isEqualTo("SHARE UPDATE EXCLUSIVE on public.orders; ROW SHARE on public.customers");
    assertThat(Lock.on(Lock.Mode.ROW_EXCLUSIVE, ORDERS).oneBatchAtATime().text())
        .isEqualTo("ROW EXCLUSIVE on public.orders, one batch at a time");
    assertThat(Lock.NONE.text()).isEmpty();
    assertThat(Lock.NONE.isNone()).isTrue();
    assertThat(Lock.on(Lock.Mode.SHARE, ORDERS).isNone()).isFalse();
  }

  @Test
  void aLockIsTakenOnSomething() {
    assertThatThrownBy(() -> Lock.on(Lock.Mode.SHARE, List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLocksOfStatementsAreListedOnceInOrder() {
    Lock share = Lock.on(Lock.Mode.SHARE, ORDERS);
    Lock exclusive = Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, ORDERS);
    List<Statement> statements = List.of(
        Statement.of("a", exclusive), Statement.of("b", Lock.NONE), Statement.of("c", share), Statement.of("d", exclusive));
    assertThat(Statement.locks(statements)).containsExactly(exclusive, share);
  }

  @Test
  void aPartOfALockTakenByAnEarlierStatementIsNotListedAgain() {
    QualifiedName parent = QualifiedName.of("sales", "documents");
    Lock exclusive = Lock.on(Lock.Mode.ACCESS_EXCLUSIVE, ORDERS);
    Lock inherit = exclusive.and(Lock.Mode.SHARE_UPDATE_EXCLUSIVE, parent);
    List<Statement> statements = List.of(Statement.of("a", exclusive), Statement.of("b", inherit));
    assertThat(Statement.locks(statements)).extracting(Lock::text)
        .containsExactly("ACCESS EXCLUSIVE on public.orders", "SHARE UPDATE EXCLUSIVE on sales.documents");
    assertThat(Statement.locks(List.of(Statement.of("b", inherit)))).containsExactly(inherit);
  }
}
