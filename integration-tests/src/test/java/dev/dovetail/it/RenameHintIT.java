package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.diff.compare.SchemaDiffer;
import dev.dovetail.diff.plan.Planner;
import dev.dovetail.diff.source.RenameHints;
import dev.dovetail.diff.source.SqlScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Enum-label rename hints: what they plan, and how a wrong hint is reported (the round trips are corpus cases). */
class RenameHintIT {

  private static final String BEFORE = "CREATE TYPE mood AS ENUM ('happy', 'sad'); CREATE TABLE t (m mood DEFAULT 'sad');";

  @Test
  void aHintedRenameIsOneRenameValueAndNothingElse() throws Exception {
    String after = "-- migrations:rename value public.mood 'sad' to 'unhappy'\n"
        + "CREATE TYPE mood AS ENUM ('happy', 'unhappy'); CREATE TABLE t (m mood DEFAULT 'unhappy');";

    var plan = new Planner().plan(diff(BEFORE, after), RoundTrip.modelOf(new SqlScript("before.sql", BEFORE)));

    assertThat(plan.migrations()).extracting(Migration::name).containsExactly("rename_enum_value_mood_sad_to_unhappy");
    assertThat(plan.migrations().get(0).up().get(0).sql()).isEqualTo("ALTER TYPE public.mood RENAME VALUE 'sad' TO 'unhappy'");
  }

  @Test
  void withoutTheHintTheLabelIsReplacedThroughANewType() throws Exception {
    String after = "CREATE TYPE mood AS ENUM ('happy', 'unhappy'); CREATE TABLE t (m mood DEFAULT 'unhappy');";

    assertThat(new Planner().plan(diff(BEFORE, after), RoundTrip.modelOf(new SqlScript("before.sql", BEFORE))).migrations()).extracting(Migration::name)
        .contains("recreate_enum_mood");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          type not declared | -- migrations:rename value public.feeling 'sad' to 'unhappy' | after.sql:1: rename hint names enum type public.feeling
          new label not declared | -- migrations:rename value mood 'sad' to 'glum' | after.sql:1: rename hint renames to 'glum'
          old label still declared | -- migrations:rename value mood 'happy' to 'unhappy' | after.sql:1: rename hint renames 'happy', which enum type public.mood still declares
          unreadable hint | -- migrations:rename index public.t_m_idx to n | after.sql:1: cannot read rename hint
          """)
  void aWrongHintIsReportedWithItsLocation(String problem, String hint, String message) {
    String after = hint + "\nCREATE TYPE mood AS ENUM ('happy', 'unhappy'); CREATE TABLE t (m mood);";

    assertThatThrownBy(() -> diff(BEFORE, after))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith(message)
        .extracting(e -> ((MigrationException) e).code())
        .isEqualTo(ErrorCode.DECLARED_SCHEMA_INVALID);
  }

  private static java.util.List<dev.dovetail.core.change.SchemaChange> diff(String before, String after) throws Exception {
    SqlScript afterScript = new SqlScript("after.sql", after);
    DatabaseSchema current = RoundTrip.modelOf(new SqlScript("before.sql", before));
    DatabaseSchema declared = RoundTrip.modelOf(afterScript);
    return new SchemaDiffer().diff(current, declared, RenameHints.in(afterScript));
  }
}
