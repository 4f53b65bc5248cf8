package dev.dovetail.diff.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A constraint or index PostgreSQL deparsed, moved to a shadow column: only the column's references change. */
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
  void aCheckInvolvesTheColumnsItReadsAForeignKeyOnlyItsOwn() {
    CheckConstraint both = new CheckConstraint("c", "CHECK ((n > m))", null);
    ForeignKey fk = new ForeignKey("f", List.of("other"), new QualifiedName("public", "t"), List.of("n"),
        ForeignKey.Action.NO_ACTION, ForeignKey.Action.NO_ACTION, false, false, "FOREIGN KEY (other) REFERENCES public.t(n)", null);
    assertThat(Deparsed.involves(both, "n")).isTrue();
    assertThat(Deparsed.involves(both, "m")).isTrue();
    assertThat(Deparsed.involves(both, "nm")).isFalse();
    assertThat(Deparsed.involves(fk, "other")).isTrue();
    assertThat(Deparsed.involves(fk, "n")).as("the referenced column is the other table's").isFalse();
    // moving a foreign key's column leaves the referenced columns alone, even when they have its name
    ForeignKey self = new ForeignKey("f", List.of("id"), new QualifiedName("public", "t"), List.of("id"),
        ForeignKey.Action.NO_ACTION, ForeignKey.Action.CASCADE, false, false, "FOREIGN KEY (id) REFERENCES public.t(id) ON DELETE CASCADE", null);
    assertThat(Deparsed.withColumn(self, "id", "id_dovetail_new"))
        .isEqualTo("FOREIGN KEY (id_dovetail_new) REFERENCES public.t(id) ON DELETE CASCADE");
  }

  @Test
  void anIndexOfAnyShapeMovesItsKeysIncludeAndPredicateButNotItsNamesOrCollations() {
    Index index = new Index("n", new QualifiedName("public", "n"), false, "btree", List.of("n", "((\"C\" || n) COLLATE \"C\")"),
        List.of("n"), "(n > 0)",
        "CREATE INDEX n ON public.n USING btree (n, ((\"C\" || n) COLLATE \"C\")) INCLUDE (n) WHERE (n > 0)", null);
    assertThat(Deparsed.withColumn(index, "n", "n_dovetail_new"))
        .isEqualTo("CREATE INDEX n ON public.n USING btree (n_dovetail_new, ((\"C\" || n_dovetail_new) COLLATE \"C\")) INCLUDE (n_dovetail_new) WHERE (n_dovetail_new > 0)");
    assertThat(Deparsed.withColumn(index, "C", "c2"))
        .isEqualTo("CREATE INDEX n ON public.n USING btree (n, ((c2 || n) COLLATE \"C\")) INCLUDE (n) WHERE (n > 0)");
    assertThat(Deparsed.mentions(index, "C")).isTrue();
    Index at = new Index("i", new QualifiedName("public", "t"), false, "btree", List.of("at"), List.of(), null,
        "CREATE INDEX i ON public.t USING btree (at)", null);
    assertThat(Deparsed.mentions(at, "a")).as("a name inside a longer one").isFalse();
    assertThatThrownBy(() -> Deparsed.withColumn(at, "a", "b")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void statisticsListPlainColumnsByNameAndExpressionsAfterThemAsTheyAre() {
    assertThat(Deparsed.statisticsDefinition("CREATE STATISTICS public.s (dependencies) ON site, sensor FROM public.readings"))
        .isEqualTo("CREATE STATISTICS public.s (dependencies) ON sensor, site FROM public.readings");
    assertThat(Deparsed.statisticsDefinition("CREATE STATISTICS public.s ON b, a, (lower(c)), ((a + b)) FROM public.t"))
        .isEqualTo("CREATE STATISTICS public.s ON a, b, (lower(c)), ((a + b)) FROM public.t");
  }

  @Test
  void statisticsWithQuotedNamesThatSpellTheKeywordsStayWhole() {
    assertThat(Deparsed.statisticsDefinition(
            "CREATE STATISTICS \"S ON x\".\" FROM \" ON \"z, y\", \"a ON b\" FROM \"T FROM\".\" ON \""))
        .isEqualTo("CREATE STATISTICS \"S ON x\".\" FROM \" ON \"a ON b\", \"z, y\" FROM \"T FROM\".\" ON \"");
  }

  @Test
  void statisticsOfAnotherShapeAreLeftAsTheyAre() {
    assertThat(Deparsed.statisticsDefinition("something else")).isEqualTo("something else");
  }
}
