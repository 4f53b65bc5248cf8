package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.diff.compare.SchemaDiffer;
import dev.dovetail.diff.plan.Planner;
import dev.dovetail.diff.prove.SchemaBuilder;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How dependents shape the plan, on corpus cases (whose round trips {@link RoundTripCorpusIT} proves): which
 * views are replaced in place, which views, triggers, generated columns, defaults and checks are rebuilt around
 * a change PostgreSQL refuses while they exist, and in which order.
 */
class DependentsPlanIT {

  @Test
  void columnTypeChangeRebuildsTheViewsThatReadItInTheSwapOfItsShadowColumn() throws Exception {
    MigrationPlan plan = plan("view-column-type-change-rebuilds-readers");

    assertThat(plan.migrations()).extracting(Migration::name)
        .containsExactly(
            "add_shadow_column_items_qty",
            "backfill_items_qty_dovetail_new",
            "add_not_null_check_items_qty_dovetail_new",
            "validate_not_null_check_items_qty_dovetail_new",
            "contract_swap_column_items_qty");
    // The views read the old column until the swap, which drops them under the table's lock and creates them again
    // on the new column; the view on the other column is left alone.
    Migration swap = plan.migrations().get(4);
    assertThat(sql(swap.up()))
        .containsExactly(
            "LOCK TABLE public.items IN ACCESS EXCLUSIVE MODE",
            "DROP VIEW public.big_items",
            "DROP VIEW public.item_qty",
            "DROP TRIGGER IF EXISTS dovetail_sync_qty ON public.items",
            "DROP FUNCTION IF EXISTS public.dovetail_sync_items_qty()",
            "ALTER TABLE public.items DROP COLUMN qty",
            "ALTER TABLE public.items RENAME COLUMN qty_dovetail_new TO qty",
            "ALTER TABLE public.items ALTER COLUMN qty SET NOT NULL",
            "ALTER TABLE public.items DROP CONSTRAINT items_qty_dovetail_new_not_null_check",
            "CREATE VIEW public.item_qty AS",
            "CREATE VIEW public.big_items AS");
    // The down rebuilds them around the old column put back.
    assertThat(sql(swap.down()))
        .startsWith("DROP VIEW public.big_items", "DROP VIEW public.item_qty")
        .endsWith("CREATE VIEW public.item_qty AS", "CREATE VIEW public.big_items AS");
    assertThat(swap.change()).isInstanceOf(dev.dovetail.core.change.RebuildViews.class);
  }

  @Test
  void sameColumnsAreReplacedInPlaceAndReadersStay() throws Exception {
    MigrationPlan plan = plan("view-replace-query-keeps-dependents");

    assertThat(plan.migrations()).extracting(Migration::name)
        .containsExactly("comment_on_view_open_orders", "replace_view_open_orders");
    assertThat(sql(plan.migrations().get(1).up())).containsExactly("CREATE OR REPLACE VIEW public.open_orders AS");
  }

  /** In one migration, so that no deployment sees the views missing between two transactions. */
  @Test
  void newColumnsRecreateTheViewAndItsReadersInOneMigration() throws Exception {
    MigrationPlan plan = plan("view-new-columns-recreate-dependents");

    assertThat(plan.migrations()).extracting(Migration::name).containsExactly("recreate_view_names_and_more");
    assertThat(sql(plan.migrations().get(0).up()))
        .containsExactly("DROP VIEW public.name_count", "DROP VIEW public.names", "CREATE VIEW public.names AS", "CREATE VIEW public.name_count AS");
    assertThat(sql(plan.migrations().get(0).down()))
        .containsExactly("DROP VIEW public.name_count", "DROP VIEW public.names", "CREATE VIEW public.names AS", "CREATE VIEW public.name_count AS");
  }

  /**
   * A view that gains a column in the middle of a pg_dump'ed schema is not left missing while the run builds an index
   * concurrently: it is dropped and created in one migration, after the column it will read.
   */
  @Test
  void aViewWhoseColumnsChangeIsNeverMissingBetweenMigrations() throws Exception {
    MigrationPlan plan = plan("pgdump-schema-only-with-owners");

    List<String> names = plan.migrations().stream().map(Migration::name).toList();
    assertThat(names).noneMatch(n -> n.startsWith("drop_view_") || n.startsWith("create_view_"))
        .contains("recreate_view_app_order_totals", "create_index_app_orders_status");
    assertThat(names.indexOf("recreate_view_app_order_totals")).isGreaterThan(names.indexOf("add_column_app_orders_shipped_at"));
    Migration recreate = plan.migrations().get(names.indexOf("recreate_view_app_order_totals"));
    assertThat(sql(recreate.up())).containsSubsequence("DROP VIEW app.order_totals", "CREATE VIEW app.order_totals AS");
  }

  @Test
  void functionRecreatedWithTheViewsCallingIt() throws Exception {
    MigrationPlan plan = plan("view-over-function-recreated");

    assertThat(plan.migrations()).extracting(Migration::name)
        .containsExactly("recreate_function_euros_rebuilding_views");
    assertThat(sql(plan.migrations().get(0).up()))
        .containsExactly(
            "DROP VIEW public.price_list",
            "DROP FUNCTION public.euros(c integer)",
            "SET check_function_bodies = off",
            "CREATE OR REPLACE FUNCTION public.euros(c integer)",
            "CREATE VIEW public.price_list AS");
  }

  @Test
  void materializedViewIndexesChangeWithoutRebuildingIt() throws Exception {
    MigrationPlan plan = plan("view-materialized-indexes-and-comments");

    List<String> names = plan.migrations().stream().map(Migration::name).toList();
    assertThat(names)
        .containsExactlyInAnyOrder(
            "drop_index_region_sales_amount",
            "comment_on_index_region_sales_region",
            "create_index_region_sales_amount",
            "create_index_region_sales_region_sales_lower",
            "comment_on_materialized_view_region_sales",
            "comment_on_column_region_sales_amount");
    // The one order the graph must keep: the index dropped before the one taking its name is created.
    assertThat(names.indexOf("drop_index_region_sales_amount")).isLessThan(names.indexOf("create_index_region_sales_amount"));
  }

  @Test
  void triggersNamingARetypedColumnAreRebuiltInTheSwapAndGeneratedColumnsInItsMigration() throws Exception {
    // With a shadow column, the trigger is taken off in the swap, before the old column goes, and created again on the new one.
    MigrationPlan triggers = plan("trigger-awkward-names-and-column-type-change");
    assertThat(triggers.migrations()).extracting(Migration::name)
        .containsExactly("add_shadow_column_sales_order_items_qty", "backfill_order_items_qty_dovetail_new", "contract_swap_column_sales_order_items_qty");
    assertThat(sql(triggers.migrations().get(2).up()))
        .containsSubsequence(
            "DROP TRIGGER \"Guard \"\"Qty\"\"\" ON \"Sales\".\"order items\"",
            "ALTER TABLE \"Sales\".\"order items\" DROP COLUMN \"Qty\"",
            "ALTER TABLE \"Sales\".\"order items\" RENAME COLUMN \"Qty_dovetail_new\" TO \"Qty\"",
            "CREATE TRIGGER \"Guard \"\"Qty\"\"\" BEFORE UPDATE OF \"Qty\" ON \"Sales\".\"order items\" FOR EACH ROW EXECUTE FUNCTION \"Sales\".\"guard qty\"()");

    MigrationPlan generated = plan("change-column-type-read-by-generated-column");
    Migration qty = generated.migrations().stream().filter(m -> m.name().equals("alter_column_type_lines_qty")).findFirst().orElseThrow();
    assertThat(sql(qty.up()))
        .containsExactly(
            "ALTER TABLE public.lines DROP COLUMN total",
            "ALTER TABLE public.lines ALTER COLUMN qty TYPE bigint USING qty::bigint",
            "ALTER TABLE public.lines ADD COLUMN total numeric GENERATED ALWAYS AS (((qty)::numeric * price)) STORED",
            "COMMENT ON COLUMN public.lines.total IS 'qty times price'");
  }

  @Test
  void defaultsAndChecksCallingARecreatedFunctionAreTakenOffFirst() throws Exception {
    List<String> names = plan("function-recreated-with-defaults-and-checks").migrations().stream().map(Migration::name).toList();

    // A function whose result changes is dropped and created again in one migration, never missing in between.
    assertThat(names).contains("recreate_function_ok", "recreate_function_next_code").doesNotContain("contract_drop_function_ok");
    assertThat(names.indexOf("drop_check_tickets_tickets_m_ok")).isLessThan(names.indexOf("recreate_function_ok"));
    assertThat(names.indexOf("alter_column_default_tickets_code")).isLessThan(names.indexOf("recreate_function_next_code"));
    assertThat(names).containsSubsequence("recreate_function_ok", "add_check_tickets_tickets_n_ok", "validate_check_tickets_tickets_n_ok");
  }

  private static MigrationPlan plan(String caseName) throws Exception {
    CorpusCase corpusCase = CorpusCase.all().stream().filter(c -> c.name().equals(caseName)).findFirst().orElseThrow();
    SchemaBuilder builder = new SchemaBuilder();
    EmbeddedScratchProvider scratch = EmbeddedScratchProvider.shared();
    DatabaseSchema before = builder.canonical(scratch, RoundTrip.modelOf(corpusCase.before()));
    DatabaseSchema after = builder.canonical(scratch, RoundTrip.modelOf(corpusCase.after()));
    return new Planner().plan(new SchemaDiffer().diff(before, after), before);
  }

  /** @return each statement's first line: enough to tell what it does and on what */
  private static List<String> sql(List<Statement> statements) {
    return statements.stream().map(s -> s.sql().lines().findFirst().orElse("")).toList();
  }
}
