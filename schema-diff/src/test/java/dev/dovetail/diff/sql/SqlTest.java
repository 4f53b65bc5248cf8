package dev.dovetail.diff.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.model.QualifiedName;
import org.junit.jupiter.api.Test;

class SqlTest {

  @Test
  void quotesOnlyWhatPostgresWouldQuote() {
    assertThat(Sql.ident("orders")).isEqualTo("orders");
    assertThat(Sql.ident("order_items2$")).isEqualTo("order_items2$");
    assertThat(Sql.ident("UserAccounts")).isEqualTo("\"UserAccounts\"");
    assertThat(Sql.ident("order items")).isEqualTo("\"order items\"");
    assertThat(Sql.ident("weird\"name")).isEqualTo("\"weird\"\"name\"");
    assertThat(Sql.ident("user")).isEqualTo("\"user\"");
    assertThat(Sql.ident("select")).isEqualTo("\"select\"");
    assertThat(Sql.ident("café")).isEqualTo("\"café\"");
    assertThat(Sql.ident("1st")).isEqualTo("\"1st\"");
  }

  @Test
  void unreservedKeywordsStayBare() {
    assertThat(Sql.ident("name")).isEqualTo("name");
    assertThat(Sql.ident("status")).isEqualTo("status");
  }

  @Test
  void qualifiesAndQuotesEachPart() {
    assertThat(Sql.qualified(QualifiedName.of("Sales", "order items"))).isEqualTo("\"Sales\".\"order items\"");
    assertThat(Sql.literal("it's")).isEqualTo("'it''s'");
  }

  @Test
  void dollarQuotesWithATagTheBodyDoesNotHold() {
    assertThat(Sql.dollarQuoted(" BEGIN NULL; END ")).isEqualTo("$dovetail$ BEGIN NULL; END $dovetail$");
    assertThat(Sql.dollarQuoted(" UPDATE \"t$dovetail$x\" SET a = 1; ")).isEqualTo("$dovetail1$ UPDATE \"t$dovetail$x\" SET a = 1; $dovetail1$");
    assertThat(Sql.dollarQuoted("$dovetail$ $dovetail1$")).isEqualTo("$dovetail2$$dovetail$ $dovetail1$$dovetail2$");
  }
}
