package dev.dovetail.diff.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ColumnConversion;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.plan.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of a column conversion the declared schema states: in place, and through a shadow column. */
class ConversionSqlTest {

  private static final QualifiedName EVENTS = QualifiedName.of("Sales", "events");
  private static final ColumnConversion EPOCH = new ColumnConversion("to_timestamp(\"At\")", "extract(epoch FROM \"At\")::bigint");

  @Test
  void inPlaceTheStatedExpressionIsTheUsingOfBothWays() {
    AlterColumn change = new AlterColumn(EVENTS, Column.of("At", "bigint"), Column.of("At", "timestamp with time zone"), List.of(), List.of())
        .withConversion(EPOCH);
    DdlRenderer renderer = new DdlRenderer();
    assertThat(renderer.render(change)).extracting(Statement::sql).containsExactly(
        "ALTER TABLE \"Sales\".events ALTER COLUMN \"At\" TYPE timestamp with time zone USING (to_timestamp(\"At\"))::timestamp with time zone");
    assertThat(renderer.render(change).get(0).hazards()).contains(Hazards.TYPE_REWRITE);
    assertThat(renderer.render(change.inverse())).extracting(Statement::sql).containsExactly(
        "ALTER TABLE \"Sales\".events ALTER COLUMN \"At\" TYPE bigint USING (extract(epoch FROM \"At\")::bigint)::bigint");
    // a hint without its way back: the down casts
    AlterColumn oneWay = change.withConversion(new ColumnConversion("to_timestamp(\"At\")", null));
    assertThat(renderer.render(oneWay.inverse())).extracting(Statement::sql).containsExactly(
        "ALTER TABLE \"Sales\".events ALTER COLUMN \"At\" TYPE bigint USING \"At\"::bigint");
  }

  @Test
  void throughAShadowColumnTheTriggerTheBackfillAndTheCopyBackBindTheColumnToTheValue() {
    ShadowSql sql = new ShadowSql(EVENTS, "At", "bigint", "At_dovetail_new", "timestamp with time zone", "", true, EPOCH);
    assertThat(sql.createFunction(QualifiedName.of("Sales", "sync")).sql()).contains(
        "  NEW.\"At_dovetail_new\" := (SELECT (to_timestamp(\"At\"))::timestamp with time zone FROM (SELECT NEW.\"At\" AS \"At\") AS dovetail_value);\n");
    assertThat(sql.fill().value()).isEqualTo("(to_timestamp(\"At\"))::timestamp with time zone");
    assertThat(sql.copyBack().sql()).isEqualTo(
        "UPDATE \"Sales\".events SET \"At\" = (SELECT (extract(epoch FROM \"At\")::bigint)::bigint FROM (SELECT \"At_dovetail_new\" AS \"At\") AS dovetail_value)");
    ShadowSql cast = new ShadowSql(EVENTS, "At", "bigint", "At_dovetail_new", "numeric", "", true);
    assertThat(cast.copyBack().sql()).isEqualTo("UPDATE \"Sales\".events SET \"At\" = \"At_dovetail_new\"::bigint");
  }
}
