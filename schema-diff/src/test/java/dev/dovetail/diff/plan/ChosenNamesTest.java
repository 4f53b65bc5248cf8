package dev.dovetail.diff.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.model.Column;
import dev.dovetail.core.plan.MigrationNames;
import dev.dovetail.core.plan.Phase;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Names Dovetail chooses stay within PostgreSQL's 63 bytes and Flyway names within 120 characters, and stay distinct. */
class ChosenNamesTest {

  private static final String LONG = "c".repeat(63);

  @Test
  void theShadowOfA63ByteColumnIsAnotherName() {
    String shadow = ShadowColumn.shadowName(Column.of(LONG, "integer"), Column.of(LONG, "bigint"));
    assertThat(shadow).isNotEqualTo(LONG).startsWith("c".repeat(54) + "_").hasSize(63);
    assertThat(shadow.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(63);
    assertThat(ShadowColumn.shadowName(Column.of("total", "integer"), Column.of("total", "bigint"))).isEqualTo("total_dovetail_new");
  }

  @Test
  void aCutNameEndsAtACharacterBoundaryAndTwoLongNamesStayTwo() {
    String a = Recipes.truncate("é".repeat(40) + "_a");
    String b = Recipes.truncate("é".repeat(40) + "_b");
    assertThat(a).isNotEqualTo(b);
    assertThat(a.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(63);
    assertThat(a).startsWith("é".repeat(27) + "_");
    assertThat(Recipes.truncate("short_name")).isEqualTo("short_name");
  }

  @Test
  void migrationNamesCutAt120CharactersStayDistinct() {
    String base = "add_column_" + "x".repeat(120);
    String one = MigrationNames.named(base + "_one", Phase.EXPAND);
    String two = MigrationNames.named(base + "_two", Phase.EXPAND);
    assertThat(one).isNotEqualTo(two).hasSizeLessThanOrEqualTo(120);
    assertThat(MigrationNames.named("add_column_orders_total", Phase.CONTRACT)).isEqualTo("contract_add_column_orders_total");
  }
}
