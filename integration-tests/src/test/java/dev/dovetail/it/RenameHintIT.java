package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.diff.compare.SchemaDiffer;
import dev.dovetail.diff.plan.Planner;
import dev.dovetail.diff.prove.HintedDiff;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.source.RenameHints;
import dev.dovetail.diff.source.SqlScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rename hints: what they plan, and how a wrong hint is reported (the round trips are corpus cases and recipe
 * cases).
 */
class RenameHintIT {

  private static final String TABLES = "CREATE TABLE users (id bigint PRIMARY KEY, email text);";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          new table not declared | -- migrations:rename table public.users to members | CREATE TABLE accounts (id bigint PRIMARY KEY, email text); | after.sql:1: rename hint renames table public.users to public.members, which the declared schema does not have
          old table still declared | -- migrations:rename table users to accounts | CREATE TABLE users (id bigint PRIMARY KEY, email text); CREATE TABLE accounts (id int); | after.sql:1: rename hint renames table public.users, which the declared schema still declares
          old table unknown | -- migrations:rename table public.people to accounts | CREATE TABLE accounts (id bigint PRIMARY KEY, email text); | after.sql:1: rename hint renames table public.people to public.accounts, but the current state has neither
          column of undeclared table | -- migrations:rename column public.people.email to mail | CREATE TABLE users (id bigint PRIMARY KEY, mail text); | after.sql:1: rename hint names table public.people, which the declared schema does not have
          new column not declared | -- migrations:rename column users.email to mail | CREATE TABLE users (id bigint PRIMARY KEY, address text); | after.sql:1: rename hint renames to column mail, which table public.users does not declare
          old column still declared | -- migrations:rename column users.email to mail | CREATE TABLE users (id bigint PRIMARY KEY, email text, mail text); | after.sql:1: rename hint renames column email, which table public.users still declares
          old column unknown | -- migrations:rename column users.address to mail | CREATE TABLE users (id bigint PRIMARY KEY, mail text); | after.sql:1: rename hint renames column address of public.users to mail, but the current table has neither
          """)
  void aWrongTableOrColumnHintIsReportedWithItsLocation(String problem, String hint, String declared, String message) {
    assertThatThrownBy(() -> hintedDiff(TABLES, hint + "\n" + declared))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith(message)
        .extracting(e -> ((MigrationException) e).code())
        .isEqualTo(ErrorCode.DECLARED_SCHEMA_INVALID);
  }

  @Test
  void anAppliedTableOrColumnHintIsIgnored() throws Exception {
    String after = "-- migrations:rename table public.users to accounts\n-- migrations:rename column accounts.email to mail\n"
        + "CREATE TABLE accounts (id bigint PRIMARY KEY, mail text);";

    assertThat(hintedDiff("CREATE TABLE accounts (id bigint PRIMARY KEY, mail text);", after)).isEmpty();
  }

  @Test
  void aTableAndAColumnHintRenameInPlaceWithoutRecipes() throws Exception {
    String after = "-- migrations:rename table public.users to accounts\n-- migrations:rename column accounts.email to mail\n"
        + "CREATE TABLE accounts (id bigint PRIMARY KEY, mail text);";

    var changes = hintedDiff(TABLES, after);
    var plan = new Planner(dev.dovetail.diff.plan.PlanOptions.PLAIN).plan(changes, RoundTrip.modelOf(new SqlScript("before.sql", TABLES)));

    assertThat(plan.migrations()).extracting(Migration::name)
        .containsExactly("rename_table_users_to_accounts", "rename_column_accounts_email_to_mail");
    assertThat(plan.migrations().get(0).up()).extracting(s -> s.sql().lines().findFirst().orElseThrow())
        .startsWith("ALTER TABLE public.users RENAME TO accounts", "ALTER TABLE public.accounts RENAME CONSTRAINT users_pkey TO accounts_pkey");
    assertThat(plan.migrations().get(1).up().get(0).sql()).isEqualTo("ALTER TABLE public.accounts RENAME COLUMN email TO mail");
  }

  private static java.util.List<dev.dovetail.core.change.SchemaChange> hintedDiff(String before, String after) throws Exception {
    SqlScript afterScript = new SqlScript("after.sql", after);
    DatabaseSchema current = RoundTrip.modelOf(new SqlScript("before.sql", before));
    DatabaseSchema declared = RoundTrip.modelOf(afterScript);
    return new HintedDiff(false).diff(EmbeddedScratchProvider.shared(), current, declared, RenameHints.in(afterScript)).changes();
  }

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
        .contains("create_enum_mood_new", "add_shadow_column_t_m", "contract_swap_column_t_m", "contract_replace_enum_mood");
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
