package dev.dovetail.diff.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one change of pg_get_indexdef text: concurrently, under another name, on another column. */
class RecipeSqlTest {

  private static final QualifiedName ORDERS = QualifiedName.of("public", "Orders");

  private static Index index(String name, boolean unique, String key, String definition) {
    return new Index(name, ORDERS, unique, "btree", List.of(key), List.of(), null, definition, null);
  }

  @Test
  void buildsConcurrentlyWhatPostgresDeparsed() {
    Index plain = index("orders_placed_idx", false, "placed", "CREATE INDEX orders_placed_idx ON public.\"Orders\" USING btree (placed)");
    Index unique = index("Key ON x", true, "\"Code\"",
        "CREATE UNIQUE INDEX \"Key ON x\" ON public.\"Orders\" USING btree (\"Code\") NULLS NOT DISTINCT WITH (fillfactor='70')");
    assertThat(RecipeSql.indexDefinition(plain, plain.name(), null, null, true))
        .isEqualTo("CREATE INDEX CONCURRENTLY orders_placed_idx ON public.\"Orders\" USING btree (placed)");
    assertThat(RecipeSql.indexDefinition(unique, unique.name(), null, null, true))
        .isEqualTo("CREATE UNIQUE INDEX CONCURRENTLY \"Key ON x\" ON public.\"Orders\" USING btree (\"Code\") NULLS NOT DISTINCT WITH (fillfactor='70')");
    assertThat(RecipeSql.createIndexConcurrently(plain).lock().text()).isEqualTo("SHARE UPDATE EXCLUSIVE on public.Orders");
  }

  @Test
  void renamesTheIndexAndItsColumnOnlyAfterItsName() {
    Index unique = index("Key ON x", true, "\"Code\"",
        "CREATE UNIQUE INDEX \"Key ON x\" ON public.\"Orders\" USING btree (\"Code\") WITH (fillfactor='70')");
    assertThat(RecipeSql.indexDefinition(unique, "Key ON x_dovetail_new", "Code", "Code_dovetail_new", true))
        .isEqualTo("CREATE UNIQUE INDEX CONCURRENTLY \"Key ON x_dovetail_new\" ON public.\"Orders\" USING btree (\"Code_dovetail_new\")"
            + " WITH (fillfactor='70')");
    Index named = index("(placed)", false, "placed", "CREATE INDEX \"(placed)\" ON public.\"Orders\" USING btree (placed)");
    assertThat(RecipeSql.indexDefinition(named, named.name(), "placed", "placed_at", false))
        .isEqualTo("CREATE INDEX \"(placed)\" ON public.\"Orders\" USING btree (placed_at)");
    assertThat(RecipeSql.createIndex(named, "old", "placed", "placed_at").lock().text()).isEqualTo("SHARE on public.Orders");
  }

  @Test
  void refusesTextThatIsNotAnIndexDefinitionOfItsIndex() {
    Index other = index("a", false, "x", "CREATE INDEX b ON public.\"Orders\" USING btree (x)");
    assertThatThrownBy(() -> RecipeSql.indexDefinition(other, "c", null, null, true)).isInstanceOf(IllegalArgumentException.class);
    Index view = index("a", false, "x", "SELECT 1");
    assertThatThrownBy(() -> RecipeSql.indexDefinition(view, "a", null, null, true)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTypeOwnerCopyItWritesIsRecognisedExactlyAndNothingElse() {
    var from = new dev.dovetail.core.model.QualifiedName("Odd's", "mood__old");
    var to = new dev.dovetail.core.model.QualifiedName("Odd's", "mood");
    String sql = RecipeSql.copyTypeOwner(from, to).sql();
    assertThat(RecipeSql.copiedTypeOwner(sql)).contains(List.of("\"Odd's\".mood__old", "\"Odd's\".mood"));
    assertThat(RecipeSql.copiedTypeOwner(sql.replace("END", "PERFORM 1; END"))).isEmpty();
    assertThat(RecipeSql.copiedTypeOwner("DO 'BEGIN END'")).isEmpty();
  }
}
