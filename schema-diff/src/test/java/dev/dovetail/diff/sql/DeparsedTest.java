package dev.dovetail.diff.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.model.CheckConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A constraint PostgreSQL deparsed, moved to a shadow column: only the column's references change. */
class DeparsedTest {

  @Test
  void movesEveryReferenceToTheColumnAndNothingElse() {
    assertThat(Deparsed.withColumn("CHECK (((n > 0) AND (n < 100)))", "n", "n_dovetail_new"))
        .isEqualTo("CHECK (((n_dovetail_new > 0) AND (n_dovetail_new < 100)))");
    // a constant, a longer identifier, a function, a qualified name and a cast that spell the name stay as they are
    assertThat(Deparsed.withColumn("CHECK (((n)::text <> 'n'::text) AND (nn > 0) AND (n(1) > 0) AND (s.n = 1) AND (x::n IS NULL))", "n", "m"))
        .isEqualTo("CHECK (((m)::text <> 'n'::text) AND (nn > 0) AND (n(1) > 0) AND (s.n = 1) AND (x::n IS NULL))");
    assertThat(Deparsed.withColumn("CHECK ((\"Total Due\" >= (0)::numeric))", "Total Due", "Total Due_dovetail_new"))
        .isEqualTo("CHECK ((\"Total Due_dovetail_new\" >= (0)::numeric))");
    assertThat(Deparsed.withColumn("FOREIGN KEY (\"select\") REFERENCES public.t(id)", "select", "select_dovetail_new"))
        .isEqualTo("FOREIGN KEY (select_dovetail_new) REFERENCES public.t(id)");
    assertThat(Deparsed.withColumn("CHECK ((note <> 'it''s n'::text) AND (n > 0))", "n", "m"))
        .isEqualTo("CHECK ((note <> 'it''s n'::text) AND (m > 0))");
  }

  @Test
  void refusesADefinitionThatDoesNotNameTheColumn() {
    assertThatThrownBy(() -> Deparsed.withColumn("CHECK ((x > 0))", "n", "m")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCheckOnTheColumnAloneCanMove() {
    CheckConstraint alone = new CheckConstraint("c", "CHECK ((n > 0))", null);
    CheckConstraint both = new CheckConstraint("c", "CHECK ((n > m))", null);
    List<String> columns = List.of("n", "m");
    assertThat(Deparsed.onlyNames(alone, "n", columns)).isTrue();
    assertThat(Deparsed.onlyNames(both, "n", columns)).isFalse();
    assertThat(Deparsed.onlyNames(alone, "m", columns)).isFalse();
  }
}
