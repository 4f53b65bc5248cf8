package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;

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

  private static Arbitrary<List<Tuple2<GeneratedSchema.Edit, Integer>>> edits(int max) {
    Arbitrary<Tuple2<GeneratedSchema.Edit, Integer>> edit =
        Combinators.combine(Arbitraries.of(GeneratedSchema.Edit.class), Arbitraries.integers().between(0, 1000))
            .as(Tuple::of);
    return edit.list().ofMaxSize(max).map(ArrayList::new);
  }
}
