package dev.dovetail.diff.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.change.AddColumn;
import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.CreateSchema;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.PgSchema;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.plan.Lock;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.Phase;
import dev.dovetail.core.plan.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which consecutive migrations a long proof may run together: those that touch nothing in common. */
class IndependentRunsTest {

  private static final QualifiedName A = QualifiedName.of("public", "a");
  private static final QualifiedName B = QualifiedName.of("public", "b");
  private static final QualifiedName V = QualifiedName.of("public", "v");

  @Test
  void migrationsOnDifferentTablesRunTogetherAndTheSameTableGoesToALaterRun() {
    Migration a1 = migration("a1", AddColumn.of(A, Column.of("x", "int")));
    Migration b1 = migration("b1", AddColumn.of(B, Column.of("x", "int")));
    Migration a2 = migration("a2", AddColumn.of(A, Column.of("y", "int")));
    Migration c1 = migration("c1", AddColumn.of(QualifiedName.of("public", "c"), Column.of("x", "int")));
    Migration b2 = migration("b2", AddColumn.of(B, Column.of("y", "int")));
    Migration a3 = migration("a3", AddColumn.of(A, Column.of("z", "int")));
    // c1 joins the first run: it has nothing in common with a1, b1 or a2, which it may pass
    assertThat(names(IndependentRuns.of(List.of(a1, b1, a2, c1, b2, a3))))
        .containsExactly(List.of("a1", "b1", "c1"), List.of("a2", "b2"), List.of("a3"));
  }

  @Test
  void aRelationAStatementLocksCountsThoughTheChangeDoesNotNameIt() {
    // a change on a whose statements also take a view v off and put it back
    Migration a1 = migration("a1", AddColumn.of(A, Column.of("x", "int")), lock(V));
    Migration onView = migration("v1", AddColumn.of(B, Column.of("x", "int")), lock(V));
    assertThat(names(IndependentRuns.of(List.of(a1, onView)))).containsExactly(List.of("a1"), List.of("v1"));
  }

  @Test
  void creatingASchemaRunsAlone() {
    Migration a1 = migration("a1", AddColumn.of(A, Column.of("x", "int")));
    Migration schema = migration("s", new CreateSchema(PgSchema.named("other")));
    Migration b1 = migration("b1", AddColumn.of(B, Column.of("x", "int")));
    Migration a2 = migration("a2", AddColumn.of(A, Column.of("y", "int")));
    assertThat(names(IndependentRuns.of(List.of(a1, schema, b1, a2))))
        .as("nothing passes it either way").containsExactly(List.of("a1"), List.of("s"), List.of("b1", "a2"));
  }

  private static Lock lock(QualifiedName relation) {
    return new Lock(List.of(new Lock.Part(Lock.Mode.ACCESS_EXCLUSIVE, List.of(relation), Lock.Hold.STATEMENT)));
  }

  private static Migration migration(String name, SchemaChange change) {
    return migration(name, change, Lock.NONE);
  }

  private static Migration migration(String name, SchemaChange change, Lock lock) {
    return new Migration(name, name, Phase.EXPAND, change, List.of(Statement.of("SELECT 1", lock)), List.of(Statement.of("SELECT 1", Lock.NONE)));
  }

  private static List<List<String>> names(List<List<Migration>> runs) {
    return runs.stream().map(run -> run.stream().map(Migration::name).toList()).toList();
  }

  @Test
  void newDefaultsOfDifferentTablesRunTogetherByTheTablesTheirStatementsLock() {
    // a default that calls no function needs no object but its table, which only the lock names
    Column amount = Column.of("amount", "integer").withDefault("0");
    List<SchemaChange> changes = List.of(
        new AlterColumn(A, amount, amount.withDefault("1")),
        new AlterColumn(B, amount, amount.withDefault("1")),
        new AlterColumn(A, Column.of("x", "int"), Column.of("x", "int").withDefault("2")));
    DatabaseSchema current = DatabaseSchema.of(List.of("public"), List.of(
        Table.of(A, List.of(amount, Column.of("x", "int")), List.of(), List.of()), Table.of(B, List.of(amount), List.of(), List.of())));
    List<Migration> planned = new Planner(PlanOptions.DEFAULT).plan(changes, current).migrations();
    assertThat(planned).hasSize(3);
    assertThat(IndependentRuns.of(planned)).extracting(List::size).containsExactly(2, 1);
  }

  @Test
  void aChangeWhoseFootprintNamesNothingButSchemasRunsAlone() {
    Migration a1 = migration("a1", AddColumn.of(A, Column.of("x", "int")));
    Migration update = migration("e", new dev.dovetail.core.change.AlterExtension(
        new dev.dovetail.core.model.Extension("hstore", "public", "1.7", List.of()),
        new dev.dovetail.core.model.Extension("hstore", "public", "1.8", List.of())));
    Migration b1 = migration("b1", AddColumn.of(B, Column.of("x", "int")));
    assertThat(names(IndependentRuns.of(List.of(a1, update, b1)))).containsExactly(List.of("a1"), List.of("e"), List.of("b1"));
  }
}
