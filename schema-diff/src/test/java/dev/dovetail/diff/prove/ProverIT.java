package dev.dovetail.diff.prove;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.change.AddColumn;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.plan.Lock;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Phase;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.diff.compare.SchemaDiffer;
import dev.dovetail.diff.plan.Planner;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProverIT {

  private static final QualifiedName BOOKS = QualifiedName.of("public", "books");
  private static final DatabaseSchema CURRENT =
      DatabaseSchema.of(List.of("public"), List.of(Table.of(BOOKS, List.of(Column.of("id", "bigint")), List.of(), List.of())));
  private static final DatabaseSchema DECLARED =
      DatabaseSchema.of(
          List.of("public"),
          List.of(Table.of(BOOKS, List.of(Column.of("id", "bigint"), Column.of("title", "text")), List.of(), List.of())));

  private final Prover prover = new Prover(EmbeddedScratchProvider.shared());
  private final SchemaBuilder builder = new SchemaBuilder();

  @Test
  void acceptsAPlanWhoseUpsAndDownsRoundTrip() {
    MigrationPlan plan = new Planner().plan(new SchemaDiffer().diff(CURRENT, DECLARED), CURRENT);
    prover.prove(plan, CURRENT, DECLARED, c -> builder.build(c, CURRENT));
  }

  @Test
  void namesTheMigrationAndStatementThatBreak() {
    AddColumn change = AddColumn.of(BOOKS, Column.of("title", "text"));
    Migration broken =
        new Migration(
            "add_column_books_title",
            "Adds column title to public.books.",
            Phase.EXPAND,
            change,
            List.of(Statement.of("ALTER TABLE public.books ADD COLUMN title text", Lock.NONE), Statement.of("ALTER TABLE public.nowhere ADD COLUMN x int", Lock.NONE)),
            List.of(Statement.of("ALTER TABLE public.books DROP COLUMN title", Lock.NONE)));
    assertThatThrownBy(() -> prover.prove(new MigrationPlan(List.of(broken)), CURRENT, DECLARED, c -> builder.build(c, CURRENT)))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("migration add_column_books_title (up), statement 2 of 2")
        .hasMessageContaining("relation \"public.nowhere\" does not exist")
        .hasMessageContaining("ALTER TABLE public.nowhere ADD COLUMN x int")
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.PROOF_FAILED));
  }

  @Test
  void rejectsADownThatDoesNotUndoItsUp() {
    AddColumn change = AddColumn.of(BOOKS, Column.of("title", "text"));
    Migration leaky =
        new Migration(
            "add_column_books_title",
            "Adds column title to public.books.",
            Phase.EXPAND,
            change,
            List.of(Statement.of("ALTER TABLE public.books ADD COLUMN title text", Lock.NONE)),
            List.of(Statement.of("SELECT 1", Lock.NONE)));
    assertThatThrownBy(() -> prover.prove(new MigrationPlan(List.of(leaky)), CURRENT, DECLARED, c -> builder.build(c, CURRENT)))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("the down of migration add_column_books_title, run right after its up, does not give back the state before the up")
        .hasMessageContaining("still needed: Drops column title of public.books");
  }

  /**
   * The rule verify judges downs by: each down on its own, right after its up. Downs that restore the start only when
   * all of them run in reverse (a VALIDATE whose down is empty, undone only by the down of the ADD before it) fail.
   */
  @Test
  void judgesEachDownRightAfterItsUpNotOnlyTheWholePlanInReverse() {
    AddColumn change = AddColumn.of(BOOKS, Column.of("title", "text"));
    Migration add =
        new Migration("add_column_books_title", "Adds column title.", Phase.EXPAND, change,
            List.of(Statement.of("ALTER TABLE public.books ADD COLUMN title text", Lock.NONE),
                Statement.of("ALTER TABLE public.books ADD CONSTRAINT books_title_check CHECK (title <> '') NOT VALID", Lock.NONE)),
            List.of(Statement.of("ALTER TABLE public.books DROP COLUMN title", Lock.NONE)));
    Migration validate =
        new Migration("validate_books_title_check", "Validates it.", Phase.EXPAND, change,
            List.of(Statement.of("ALTER TABLE public.books VALIDATE CONSTRAINT books_title_check", Lock.NONE)),
            List.of());
    Migration drop =
        new Migration("drop_books_title_check", "Drops it.", Phase.EXPAND, change,
            List.of(Statement.of("ALTER TABLE public.books DROP CONSTRAINT books_title_check", Lock.NONE)),
            List.of());
    assertThatThrownBy(() -> prover.prove(new MigrationPlan(List.of(add, validate, drop)), CURRENT, DECLARED, c -> builder.build(c, CURRENT)))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("the down of migration validate_books_title_check, run right after its up")
        .hasMessageContaining("books_title_check")
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.PROOF_FAILED));
  }

  /**
   * A long plan of migrations that touch nothing in common is proved in runs, two catalog reads a run; a down that does
   * not undo its up is still found, and named, by proving the plan again one migration at a time.
   */
  @Test
  void provesIndependentMigrationsInRunsAndStillNamesALeakyDown() {
    DatabaseSchema empty = DatabaseSchema.of(List.of("public"), List.of());
    DatabaseSchema tables = DatabaseSchema.of(List.of("public"), java.util.stream.IntStream.range(0, 25)
        .mapToObj(i -> Table.of(QualifiedName.of("public", "t" + i), List.of(Column.of("id", "bigint")), List.of(), List.of()))
        .toList());
    MigrationPlan plan = new Planner().plan(new SchemaDiffer().diff(empty, tables), empty);
    assertThat(plan.migrations()).hasSize(25);
    List<String> messages = new java.util.ArrayList<>();
    new Prover(EmbeddedScratchProvider.shared(), false, messages::add).prove(plan, empty, tables, c -> builder.build(c, empty));
    assertThat(messages).contains("Proving 25 migration(s) in 1 run(s) of migrations that touch nothing in common");

    List<Migration> migrations = new java.util.ArrayList<>(plan.migrations());
    Migration twelfth = migrations.get(12);
    migrations.set(12, new Migration(twelfth.name(), twelfth.description(), twelfth.phase(), twelfth.change(), twelfth.up(),
        List.of(Statement.of("SELECT 1", Lock.NONE))));
    messages.clear();
    assertThatThrownBy(() -> new Prover(EmbeddedScratchProvider.shared(), false, messages::add)
            .prove(new MigrationPlan(migrations), empty, tables, c -> builder.build(c, empty)))
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("the down of migration " + twelfth.name() + ", run right after its up, does not give back the state");
    assertThat(messages).contains("A run of migrations failed its proof; proving them one at a time to find the one that fails");
  }
}
