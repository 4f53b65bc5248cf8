package dev.dovetail.diff.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Statistics read alike whatever the order of their table's columns. */
class StatisticsDefinitionTest {

  @Test
  void plainColumnsAreListedByNameAndExpressionsAfterThemAsTheyAre() {
    assertThat(StatisticsDefinition.normalized("CREATE STATISTICS public.s (dependencies) ON site, sensor FROM public.readings"))
        .isEqualTo("CREATE STATISTICS public.s (dependencies) ON sensor, site FROM public.readings");
    assertThat(StatisticsDefinition.normalized("CREATE STATISTICS public.s ON b, a, (lower(c)), ((a + b)) FROM public.t"))
        .isEqualTo("CREATE STATISTICS public.s ON a, b, (lower(c)), ((a + b)) FROM public.t");
  }

  @Test
  void quotedNamesThatSpellTheKeywordsStayWhole() {
    assertThat(StatisticsDefinition.normalized(
            "CREATE STATISTICS \"S ON x\".\" FROM \" ON \"z, y\", \"a ON b\" FROM \"T FROM\".\" ON \""))
        .isEqualTo("CREATE STATISTICS \"S ON x\".\" FROM \" ON \"a ON b\", \"z, y\" FROM \"T FROM\".\" ON \"");
  }

  @Test
  void anotherShapeIsLeftAsItIs() {
    assertThat(StatisticsDefinition.normalized("something else")).isEqualTo("something else");
  }
}
