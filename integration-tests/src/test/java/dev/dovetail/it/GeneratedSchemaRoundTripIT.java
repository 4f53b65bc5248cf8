package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Ownerships;
import dev.dovetail.core.plan.Lock;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.diff.plan.IndependentRuns;
import dev.dovetail.diff.plan.Planner;
import dev.dovetail.diff.prove.HintedDiff;
import dev.dovetail.diff.prove.Prover;
import dev.dovetail.diff.prove.SchemaBuilder;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.source.ConversionHints;
import dev.dovetail.diff.source.RenameHints;
import dev.dovetail.diff.source.SqlScript;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Random schemas and random edits of them survive the {@link RoundTrip}. The normal build runs 200 tries
 * from a fixed seed, so that a build is repeatable; {@code -Pexhaustive} runs 2,000 tries from fresh random
 * seeds, to explore. A failure shrinks to a small pair of schemas; add it to the corpus as a fixed case
 * ({@code cases/<name>/{before,after}.sql}) before fixing it.
 */
class GeneratedSchemaRoundTripIT {

  @Property(seed = "20261126", shrinking = ShrinkingMode.BOUNDED)
  void editsOfGeneratedSchemasRoundTrip(
      @ForAll("schemas") GeneratedSchema before, @ForAll("edits") List<Tuple2<GeneratedSchema.Edit, Integer>> edits)
      throws Exception {
    roundTrip(before, edits);
  }

  @Property(shrinking = ShrinkingMode.BOUNDED)
  @Tag("exhaustive")
  void editsOfRandomSchemasRoundTrip(
      @ForAll("schemas") GeneratedSchema before, @ForAll("edits") List<Tuple2<GeneratedSchema.Edit, Integer>> edits)
      throws Exception {
    roundTrip(before, edits);
  }

  private static void roundTrip(GeneratedSchema before, List<Tuple2<GeneratedSchema.Edit, Integer>> edits)
      throws Exception {
    GeneratedSchema after = before;
    for (Tuple2<GeneratedSchema.Edit, Integer> edit : edits) {
      after = after.apply(edit.get1(), edit.get2());
    }
    Assume.that(before.castableTo(after));
    // RoundTrip asserts ups = after, empty re-diff and downs = before; on top, an unchanged declaration must
    // plan nothing at all.
    int applied;
    try {
      applied = new RoundTrip().check(new SqlScript("before.sql", before.sql()), new SqlScript("after.sql", after.sql()));
    } catch (Exception | AssertionError e) {
      // The shrunk sample, written out as the corpus case it should become.
      throw new AssertionError(e.getMessage() + "\n-- before.sql\n" + before.sql() + "-- after.sql\n" + after.sql(), e);
    }
    if (before.sql().equals(after.sql())) {
      assertThat(applied).as("migrations planned for an unchanged schema").isZero();
    }
  }

  /**
   * The proof in runs ({@code Prover}, {@code IndependentRuns}) judges as the proof one migration at a time: on the
   * plans of generated edits, proved in runs from two migrations on, and on the same plans with one migration's down
   * replaced by one that does nothing, both ways pass, or both fail with the same message. A run whose downs restore
   * its start while one of them alone would not (one down masking another's defect) fails this property.
   */
  @Property(seed = "20261207", tries = 15, shrinking = ShrinkingMode.BOUNDED)
  void proofInRunsJudgesAsOneAtATime(
      @ForAll("schemas") GeneratedSchema before, @ForAll("severalEdits") List<Tuple2<GeneratedSchema.Edit, Integer>> edits,
      @ForAll @IntRange(min = 0, max = 1_000) int broken) throws Exception {
    GeneratedSchema after = before;
    for (Tuple2<GeneratedSchema.Edit, Integer> edit : edits) {
      after = after.apply(edit.get1(), edit.get2());
    }
    Assume.that(before.castableTo(after));
    EmbeddedScratchProvider scratch = EmbeddedScratchProvider.shared();
    SchemaBuilder builder = new SchemaBuilder(false);
    SqlScript afterScript = new SqlScript("after.sql", after.sql());
    DatabaseSchema current =
        builder.canonical(scratch, RoundTrip.modelOf(new SqlScript("before.sql", before.sql()), false));
    DatabaseSchema declared = Ownerships.inheritUnstated(
        builder.canonical(scratch, RoundTrip.modelOf(afterScript, false)), current);
    HintedDiff.Result diff = new HintedDiff(false).diff(
        scratch, current, declared, RenameHints.in(afterScript),
        ConversionHints.in(afterScript));
    MigrationPlan plan = new Planner().plan(diff.changes(), diff.renamed());
    Assume.that(plan.migrations().size() >= 2);
    Statistics.label("runs").collect(
        IndependentRuns.of(plan.migrations()).stream().anyMatch(run -> run.size() > 1)
            ? "a run of several migrations" : "one migration a run");
    List<Migration> mutated = new ArrayList<>(plan.migrations());
    Migration victim = mutated.get(broken % mutated.size());
    mutated.set(broken % mutated.size(), new Migration(victim.name(), victim.description(),
        victim.phase(), victim.change(), victim.up(),
        List.of(Statement.of("SELECT 1", Lock.NONE)), victim.transactional()));
    for (MigrationPlan judged : List.of(plan, new MigrationPlan(mutated))) {
      String inRuns = outcome(new Prover(scratch, false, m -> {}, 2), judged, current, declared, builder);
      String oneAtATime = outcome(new Prover(scratch, false, m -> {}, Integer.MAX_VALUE), judged, current,
          declared, builder);
      assertThat(inRuns).as("in runs against one at a time\n-- before.sql\n" + before.sql() + "-- after.sql\n" + after.sql())
          .isEqualTo(oneAtATime);
    }
  }

  private static String outcome(Prover prover, MigrationPlan plan,
      DatabaseSchema current, DatabaseSchema declared,
      SchemaBuilder builder) {
    try {
      prover.prove(plan, current, declared, c -> builder.build(c, current));
      return "passes";
    } catch (MigrationException e) {
      return "fails: " + e.getMessage();
    }
  }

  @Provide
  Arbitrary<GeneratedSchema> schemas() {
    // A schema is itself a series of edits applied to an empty one, so every schema is reachable and valid.
    return edits(12).map(edits -> {
      GeneratedSchema schema = new GeneratedSchema(List.of("happy", "sad"), List.of());
      for (Tuple2<GeneratedSchema.Edit, Integer> edit : edits) {
        schema = schema.apply(edit.get1(), edit.get2());
      }
      return schema;
    });
  }

  @Provide
  Arbitrary<List<Tuple2<GeneratedSchema.Edit, Integer>>> edits() {
    return edits(4).filter(list -> !list.isEmpty());
  }

  /** Edits enough for a plan of several migrations, which the proof in runs needs. */
  @Provide
  Arbitrary<List<Tuple2<GeneratedSchema.Edit, Integer>>> severalEdits() {
    return edits(8).filter(list -> list.size() >= 4);
  }

  private static Arbitrary<List<Tuple2<GeneratedSchema.Edit, Integer>>> edits(int max) {
    Arbitrary<Tuple2<GeneratedSchema.Edit, Integer>> edit =
        Combinators.combine(Arbitraries.of(GeneratedSchema.Edit.class), Arbitraries.integers().between(0, 1000))
            .as(Tuple::of);
    return edit.list().ofMaxSize(max).map(ArrayList::new);
  }
}
