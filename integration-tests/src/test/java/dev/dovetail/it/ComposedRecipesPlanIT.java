package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Ownerships;
import dev.dovetail.core.plan.Hazard;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.diff.plan.Planner;
import dev.dovetail.diff.prove.HintedDiff;
import dev.dovetail.diff.prove.SchemaBuilder;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which type changes stay online when other objects use the column: on corpus cases (whose round trips
 * {@link RoundTripCorpusIT} proves), the plan moves the column to a shadow column and builds what uses it on the
 * shadow, instead of rewriting the table in place under its lock.
 */
class ComposedRecipesPlanIT {

  @ParameterizedTest
  @ValueSource(strings = {
      "compose-retype-with-existing-composite-partial-and-expression-indexes",
      "compose-retype-with-new-multicolumn-index-and-two-column-check",
      "compose-retype-with-existing-checks-and-fk",
      "compose-retype-dropping-and-replacing-its-index-and-check",
      "compose-retype-awkward-names-in-expressions",
      "compose-retype-with-expression-index",
      "compose-retype-with-check-on-two-columns",
      "compose-retype-with-index-fk-check-not-null",
      "compose-retype-two-columns-indexed-and-checked",
      "compose-retype-read-by-stacked-views-with-comments",
      "compose-retype-read-by-view-and-new-index",
      "view-column-type-change-rebuilds-readers",
      "compose-retype-read-by-policy-trigger-and-statistics",
      "statistics-on-retyped-column",
      "compose-retype-primary-key-referenced-by-foreign-keys",
      "compose-retype-unique-key-with-comment",
      "compose-retype-serial-primary-key",
      "compose-retype-unique-index-referenced-by-foreign-key"})
  void theTypeChangeGoesThroughAShadowColumn(String caseName) throws Exception {
    MigrationPlan plan = plan(caseName);

    assertThat(hazards(plan)).extracting(Hazard::message).noneMatch(m -> m.startsWith("changed in place"));
    assertThat(plan.migrations()).extracting(Migration::name)
        .anyMatch(n -> n.startsWith("add_shadow_column_"))
        .anyMatch(n -> n.startsWith("contract_swap_column_"));
    // Nothing but the swap takes the table's lock for long: every index of the plan is built concurrently.
    assertThat(sql(plan)).filteredOn(s -> s.matches("CREATE (UNIQUE )?INDEX (?!CONCURRENTLY).*")).isEmpty();
  }

  @Test
  void existingIndexesOfEveryShapeAreBuiltAgainOnTheShadow() throws Exception {
    List<String> sql = sql(plan("compose-retype-with-existing-composite-partial-and-expression-indexes"));

    assertThat(sql).contains(
        "CREATE INDEX CONCURRENTLY events_account_at_dovetail_new ON public.events USING btree (account_dovetail_new, at DESC)",
        "CREATE INDEX CONCURRENTLY events_kind_incl_dovetail_new ON public.events USING btree (kind) INCLUDE (account_dovetail_new)",
        "CREATE INDEX CONCURRENTLY events_recent_big_dovetail_new ON public.events USING btree (at) WHERE (account_dovetail_new > 1000)",
        // PostgreSQL deparses the expression on bigint otherwise, so the run replaces this index: built on the shadow under its own name
        "CREATE UNIQUE INDEX CONCURRENTLY events_account_mod ON public.events USING btree (((account_dovetail_new % (7)::bigint)), id)");
  }

  @Test
  void existingChecksAndForeignKeysAreAddedAgainOnTheShadowAndRenamedAtTheSwap() throws Exception {
    MigrationPlan plan = plan("compose-retype-with-existing-checks-and-fk");
    List<String> sql = sql(plan);

    assertThat(sql).contains(
        "ALTER TABLE public.transfers ADD CONSTRAINT transfers_account_fk_dovetail_new FOREIGN KEY (account_id_dovetail_new) REFERENCES public.accounts(id) ON DELETE CASCADE NOT VALID",
        "ALTER TABLE public.transfers VALIDATE CONSTRAINT transfers_account_fk_dovetail_new",
        "ALTER TABLE public.transfers ADD CONSTRAINT transfers_fee_below_amount_dovetail_new CHECK ((fee < amount_dovetail_new)) NOT VALID",
        "ALTER TABLE public.transfers ADD CONSTRAINT transfers_amount_small_dovetail_new CHECK ((amount_dovetail_new < 1000000)) NOT VALID");
    // A constraint the declared schema keeps NOT VALID is never validated.
    assertThat(sql).doesNotContain("ALTER TABLE public.transfers VALIDATE CONSTRAINT transfers_amount_small_dovetail_new");
    Migration swap = plan.migrations().stream().filter(m -> m.name().equals("contract_swap_column_transfers_amount")).findFirst().orElseThrow();
    assertThat(swap.up()).extracting(Statement::sql)
        .contains(
            "ALTER TABLE public.transfers RENAME CONSTRAINT transfers_amount_positive_dovetail_new TO transfers_amount_positive",
            "ALTER TABLE public.transfers RENAME CONSTRAINT transfers_fee_below_amount_dovetail_new TO transfers_fee_below_amount");
  }

  @Test
  void whatTheRunDropsIsNotBuiltOnTheShadow() throws Exception {
    List<String> sql = sql(plan("compose-retype-dropping-and-replacing-its-index-and-check"));

    assertThat(sql).noneMatch(s -> s.contains("items_qty_positive_dovetail_new") || s.contains("items_qty_dovetail_new "))
        .contains("CREATE INDEX CONCURRENTLY items_qty_price ON public.items USING btree (price, qty_dovetail_new)");
  }

  @Test
  void viewsThatReadTheColumnAreRebuiltInTheSwapWithTheirComments() throws Exception {
    MigrationPlan plan = plan("compose-retype-read-by-stacked-views-with-comments");
    Migration swap = plan.migrations().stream().filter(m -> m.name().startsWith("contract_swap_column_")).findFirst().orElseThrow();

    assertThat(swap.up()).extracting(s -> s.sql().lines().findFirst().orElse(""))
        .containsSubsequence(
            "LOCK TABLE \"Shop\".\"Order Lines\" IN ACCESS EXCLUSIVE MODE",
            "DROP VIEW \"Shop\".big_lines",
            "DROP VIEW \"Shop\".line_totals",
            "ALTER TABLE \"Shop\".\"Order Lines\" DROP COLUMN \"Qty\"",
            "CREATE VIEW \"Shop\".line_totals WITH (security_barrier=true) AS",
            "COMMENT ON VIEW \"Shop\".line_totals IS 'one row per order line'",
            "COMMENT ON COLUMN \"Shop\".line_totals.total IS 'quantity times price'",
            "CREATE VIEW \"Shop\".big_lines AS")
        .noneMatch(s -> s.contains("prices"));
    // Until the swap, nothing touches the views.
    assertThat(plan.migrations().subList(0, plan.migrations().indexOf(swap)))
        .flatExtracting(Migration::up).extracting(Statement::sql).noneMatch(s -> s.contains("VIEW"));
  }

  @Test
  void policiesTriggersAndStatisticsOnTheColumnAreCreatedAgainInTheSwap() throws Exception {
    MigrationPlan plan = plan("compose-retype-read-by-policy-trigger-and-statistics");
    Migration swap = plan.migrations().stream().filter(m -> m.name().startsWith("contract_swap_column_")).findFirst().orElseThrow();

    assertThat(swap.up()).extracting(s -> s.sql().lines().findFirst().orElse(""))
        .containsSubsequence(
            "LOCK TABLE public.documents IN ACCESS EXCLUSIVE MODE",
            "DROP POLICY \"tenant isolation\" ON public.documents",
            "DROP TRIGGER touch_on_tenant_change ON public.documents",
            "DROP STATISTICS public.documents_tenant_owner",
            "ALTER TABLE public.documents DROP COLUMN tenant",
            "ALTER TABLE public.documents RENAME COLUMN tenant_dovetail_new TO tenant",
            "CREATE POLICY \"tenant isolation\" ON public.documents AS PERMISSIVE FOR ALL TO PUBLIC USING ((tenant = (current_setting('app.tenant'::text, true))::integer))",
            "CREATE TRIGGER touch_on_tenant_change BEFORE UPDATE OF tenant ON public.documents FOR EACH ROW EXECUTE FUNCTION public.touch()",
            "COMMENT ON TRIGGER touch_on_tenant_change ON public.documents IS 'moving a document to another tenant touches it'",
            "CREATE STATISTICS public.documents_tenant_owner (ndistinct, dependencies) ON owner_id, tenant FROM public.documents");
  }

  @Test
  void aViewRebuiltInTheSwapGetsItsOwnerAndPrivilegesBackThere() throws Exception {
    MigrationPlan plan = plan("compose-retype-read-by-view-with-owner-and-privileges");
    Migration swap = plan.migrations().stream().filter(m -> m.name().startsWith("contract_swap_column_")).findFirst().orElseThrow();

    // Nothing before the swap touches the view: the old application keeps it, its owner and privileges until then.
    assertThat(plan.migrations().subList(0, plan.migrations().indexOf(swap)))
        .flatExtracting(Migration::up).extracting(Statement::sql).noneMatch(s -> s.contains("public.sales_qty"));
    List<String> up = swap.up().stream().map(s -> s.sql().lines().findFirst().orElse("")).toList();
    assertThat(up).containsSubsequence(
        "DROP VIEW public.sales_qty",
        "ALTER TABLE public.sales DROP COLUMN qty",
        "CREATE VIEW public.sales_qty AS");
    int lock = up.indexOf("LOCK TABLE public.sales IN ACCESS EXCLUSIVE MODE");
    // The old view's privileges are taken back and its owner is the migrating role's in the swap, right before it goes.
    assertThat(up.subList(0, lock))
        .contains("REVOKE SELECT ON TABLE public.sales_qty FROM dovetail_priv_viewer", "ALTER VIEW public.sales_qty OWNER TO CURRENT_USER");
    int created = up.indexOf("CREATE VIEW public.sales_qty AS");
    assertThat(up.subList(created, up.size()))
        .anyMatch(s -> s.startsWith("ALTER VIEW public.sales_qty OWNER TO dovetail_owner_b"))
        .anyMatch(s -> s.startsWith("GRANT SELECT ON TABLE public.sales_qty TO dovetail_priv_viewer"))
        .anyMatch(s -> s.startsWith("GRANT SELECT (qty) ON TABLE public.sales_qty TO dovetail_priv_analyst"));
  }

  @Test
  void aPrimaryKeyIsBuiltAsAUniqueIndexOnTheShadowAndTheForeignKeysThatReferenceItComeBackInTheSwap() throws Exception {
    MigrationPlan plan = plan("compose-retype-primary-key-referenced-by-foreign-keys");
    List<String> names = plan.migrations().stream().map(Migration::name).toList();

    assertThat(names).containsSubsequence(
        "add_shadow_column_orders_id", "create_unique_index_orders_pkey_dovetail_new", "contract_swap_column_orders_id",
        "contract_validate_fk_order_items_order_items_order_id_fkey", "contract_validate_fk_orders_orders_parent_fk");
    assertThat(sql(plan)).contains(
        "CREATE UNIQUE INDEX CONCURRENTLY orders_pkey_dovetail_new ON public.orders USING btree (id_dovetail_new)");
    Migration swap = plan.migrations().get(names.indexOf("contract_swap_column_orders_id"));
    assertThat(swap.up()).extracting(s -> s.sql().lines().findFirst().orElse(""))
        .containsSubsequence(
            "LOCK TABLE public.orders, public.order_items IN ACCESS EXCLUSIVE MODE",
            "ALTER TABLE public.order_items DROP CONSTRAINT order_items_order_id_fkey",
            "ALTER TABLE public.orders DROP CONSTRAINT orders_parent_fk",
            "ALTER TABLE public.orders DROP COLUMN id",
            "ALTER TABLE public.orders RENAME COLUMN id_dovetail_new TO id",
            "ALTER TABLE public.orders ALTER COLUMN id SET NOT NULL",
            "ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_pkey_dovetail_new",
            "COMMENT ON CONSTRAINT orders_pkey ON public.orders IS 'one row per order'",
            "ALTER TABLE public.order_items ADD CONSTRAINT order_items_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE CASCADE NOT VALID",
            "COMMENT ON CONSTRAINT order_items_order_id_fkey ON public.order_items IS 'items go with their order'",
            "ALTER TABLE public.orders ADD CONSTRAINT orders_parent_fk FOREIGN KEY (parent_id) REFERENCES public.orders(id) NOT VALID");
    // Nothing scans under the swap's lock: the keys come back NOT VALID and are validated by the migrations after it.
    assertThat(plan.migrations().get(names.indexOf("contract_validate_fk_order_items_order_items_order_id_fkey")).up())
        .extracting(Statement::sql).containsExactly("ALTER TABLE public.order_items VALIDATE CONSTRAINT order_items_order_id_fkey");
  }

  @Test
  void aKeyAndTheColumnOfAForeignKeyThatReferencesItRetypedTogetherStayInPlaceSayingWhy() throws Exception {
    MigrationPlan plan = plan("compose-retype-primary-key-and-referencing-column-together");

    assertThat(plan.migrations()).extracting(Migration::name).noneMatch(n -> n.startsWith("add_shadow_column_orders_id"));
    assertThat(hazards(plan)).extracting(Hazard::message)
        .anyMatch(m -> m.startsWith("changed in place") && m.contains("foreign key order_items_order_id_fkey of public.order_items references the column"));
  }

  @Test
  void aMaterializedViewOnTheColumnKeepsTheChangeInPlaceSayingWhy() throws Exception {
    MigrationPlan plan = plan("compose-retype-read-by-materialized-view-stays-in-place");

    assertThat(plan.migrations()).extracting(Migration::name).noneMatch(n -> n.startsWith("add_shadow_column_"));
    assertThat(hazards(plan)).extracting(Hazard::message)
        .anyMatch(m -> m.startsWith("changed in place") && m.contains("materialized view public.sensor_counts"));
  }

  @Test
  void aViewTheRunChangesOnTopOfTheRebuiltOnesKeepsTheChangeInPlaceSayingWhy() throws Exception {
    MigrationPlan plan = plan("dep-column-text-to-varchar-view-stack-changed");

    assertThat(plan.migrations()).extracting(Migration::name).noneMatch(n -> n.startsWith("add_shadow_column_"));
    assertThat(hazards(plan)).extracting(Hazard::message)
        .anyMatch(m -> m.startsWith("changed in place") && m.contains("view public.short_tags, which this run also changes"));
  }

  private static Stream<Hazard> hazardStream(MigrationPlan plan) {
    return plan.migrations().stream().flatMap(m -> Stream.concat(m.up().stream(), m.down().stream())).flatMap(s -> s.hazards().stream());
  }

  private static List<Hazard> hazards(MigrationPlan plan) {
    return hazardStream(plan).toList();
  }

  /** @return every statement of the ups, on one line */
  private static List<String> sql(MigrationPlan plan) {
    return plan.migrations().stream().flatMap(m -> m.up().stream()).map(s -> s.sql().replaceAll("\\s+", " ").strip()).toList();
  }

  /** @return the plan of a corpus case, made as {@link RoundTrip} makes it (privileges as the case says, owners kept) */
  private static MigrationPlan plan(String caseName) throws Exception {
    CorpusCase corpusCase = CorpusCase.all().stream().filter(c -> c.name().equals(caseName)).findFirst().orElseThrow();
    boolean privileges = corpusCase.includePrivileges();
    SchemaBuilder builder = new SchemaBuilder(privileges);
    EmbeddedScratchProvider scratch = EmbeddedScratchProvider.shared();
    DatabaseSchema before = builder.canonical(scratch, RoundTrip.modelOf(corpusCase.before(), privileges));
    DatabaseSchema after =
        Ownerships.inheritUnstated(builder.canonical(scratch, RoundTrip.modelOf(corpusCase.after(), privileges)), before);
    HintedDiff.Result diff = new HintedDiff(privileges).diff(scratch, before, after, List.of(), List.of());
    return new Planner().plan(diff.changes(), diff.renamed());
  }
}
