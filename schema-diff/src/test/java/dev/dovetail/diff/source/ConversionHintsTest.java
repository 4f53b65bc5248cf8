package dev.dovetail.diff.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.ColumnConversion;
import dev.dovetail.core.model.ConversionHint;
import dev.dovetail.core.model.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversionHintsTest {

  @Test
  void readsAConversionAndItsWayBackWithQuotedNamesAndDefaultsToPublic() {
    List<ConversionHint> hints = ConversionHints.in(new SqlScript("a.sql", """
        CREATE TABLE x (a int);
        -- migrations:using "Sales"."Order Items".at  to_timestamp(at)  
        --migrations:using weights.w nullif(w, '')::integer
        -- migrations:using-down "Sales"."Order Items".at extract(epoch FROM at)::bigint
        """));
    assertThat(hints).containsExactly(
        new ConversionHint(QualifiedName.of("Sales", "Order Items"), "at",
            new ColumnConversion("to_timestamp(at)", "extract(epoch FROM at)::bigint"), "a.sql:2"),
        new ConversionHint(QualifiedName.of("public", "weights"), "w", new ColumnConversion("nullif(w, '')::integer", null), "a.sql:3"));
  }

  @Test
  void refusesWhatItCannotReadTwoHintsForAColumnAndADownWithoutItsUp() {
    assertThatThrownBy(() -> ConversionHints.in(new SqlScript("a.sql", "-- migrations:using public.t\n")))
        .isInstanceOf(MigrationException.class).hasMessageContaining("a.sql:1: cannot read conversion hint");
    assertThatThrownBy(() -> ConversionHints.in(new SqlScript("a.sql", "-- migrations:using t.c c::int\n-- migrations:using t.c c::bigint\n")))
        .isInstanceOf(MigrationException.class).hasMessageContaining("a.sql:2: a second using hint for column c of public.t");
    assertThatThrownBy(() -> ConversionHints.in(new SqlScript("b.sql", "-- migrations:using-down t.c c::text\n")))
        .isInstanceOf(MigrationException.class).hasMessageContaining("b.sql:1: a using-down hint for column c of public.t without its using hint");
  }

  @Test
  void theDownOfAConversionSwapsItsExpressions() {
    ColumnConversion conversion = new ColumnConversion("to_timestamp(at)", null);
    assertThat(conversion.reversed()).isEqualTo(new ColumnConversion(null, "to_timestamp(at)"));
    assertThat(conversion.reversed().reversed()).isEqualTo(conversion);
  }
}
