package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.write.MigrationFile;
import dev.dovetail.diff.prove.SchemaBuilder;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.source.SqlScript;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The data-keeping round trip ({@link DataKeeping}) is itself checked here with hand-written migrations: one that
 * loses a row, changes a value or retypes with a changed value fails it; one that only changes representation as its
 * declared type does passes; a failure the rows cause is recorded with its SQLSTATE, any other fails. And the seeder
 * fills tables of awkward shapes: parents before children, a self-reference, checks, domains, enums, arrays, ranges.
 */
class DataKeepingIT {

  private static final String BEFORE =
      """
      CREATE TYPE mood AS ENUM ('ok', 'sad');
      CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
      CREATE TABLE parent (id integer PRIMARY KEY, name varchar(4) NOT NULL, amount numeric(10,2) NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'retired')));
      CREATE TABLE child (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, parent_id integer NOT NULL REFERENCES parent,
        up_id bigint REFERENCES child, feeling mood NOT NULL, score positive, tags text[], period int4range,
        seen timestamptz, doc jsonb, flag boolean NOT NULL, code uuid);
      """;

  private static final EmbeddedScratchProvider SCRATCH = EmbeddedScratchProvider.shared();
  private static final SchemaBuilder BUILDER = new SchemaBuilder();
  private static DatabaseSchema before;

  @BeforeAll
  static void buildBefore() throws Exception {
    before = BUILDER.canonical(SCRATCH, RoundTrip.modelOf(new SqlScript("before.sql", BEFORE)));
  }

  private static DataKeeping.Outcome check(String up, String down) throws Exception {
    return DataKeeping.check("self-test", SCRATCH, BUILDER, before,
        List.of(new MigrationFile("V1__x.sql", up)), List.of(new MigrationFile("U1__x.sql", down)), Set.of(), List.of());
  }

  @Test
  void seedsEveryTableAndPassesMigrationsThatKeepTheRows() throws Exception {
    DataKeeping.Outcome outcome = check(
        "ALTER TABLE parent ALTER COLUMN id TYPE bigint; ALTER TABLE parent ALTER COLUMN amount TYPE numeric(12,4);"
            + " ALTER TABLE parent ALTER COLUMN name TYPE text; ALTER TABLE child ADD COLUMN extra text;",
        "ALTER TABLE child DROP COLUMN extra; ALTER TABLE parent ALTER COLUMN name TYPE varchar(4);"
            + " ALTER TABLE parent ALTER COLUMN amount TYPE numeric(10,2); ALTER TABLE parent ALTER COLUMN id TYPE integer;");
    assertThat(outcome.seeded()).extracting(TableSeeder.Seeded::inserted).containsExactly(TableSeeder.ROWS, TableSeeder.ROWS);
    assertThat(outcome.rows()).isEqualTo(2 * TableSeeder.ROWS);
    assertThat(outcome.upsChecked()).isTrue();
    assertThat(outcome.downsChecked()).isTrue();
  }

  @Test
  void anUpThatLosesARowFails() {
    assertThatThrownBy(() -> check("DELETE FROM child WHERE id = (SELECT max(id) FROM child);", "SELECT 1;"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("the ups must keep every row").hasMessageContaining("public.child");
  }

  @Test
  void anUpThatChangesAValueFails() {
    assertThatThrownBy(() -> check("UPDATE parent SET name = 'x' WHERE id = 1;", "SELECT 1;"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("the ups must keep every row").hasMessageContaining("'x'");
  }

  @Test
  void aRetypeThatChangesValuesFails() {
    assertThatThrownBy(() -> check(
            "ALTER TABLE parent ALTER COLUMN amount TYPE numeric(12,4) USING amount * 2;",
            "ALTER TABLE parent ALTER COLUMN amount TYPE numeric(10,2);"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("the ups must keep every row");
  }

  @Test
  void aDownThatLosesRowsFails() {
    assertThatThrownBy(() -> check("ALTER TABLE child ADD COLUMN extra text;", "ALTER TABLE child DROP COLUMN extra; DELETE FROM child;"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("the downs must keep every row");
  }

  @Test
  void aFailureTheRowsCauseIsRecordedWithItsSqlState() throws Exception {
    DataKeeping.Outcome outcome = check("ALTER TABLE parent ADD COLUMN c integer NOT NULL;", "ALTER TABLE parent DROP COLUMN c;");
    assertThat(outcome.upsChecked()).isFalse();
    assertThat(outcome.sqlState()).isEqualTo("23502");
    assertThat(outcome.stoppedBy()).contains("V1__x.sql");
  }

  @Test
  void anyOtherFailureFails() {
    assertThatThrownBy(() -> check("ALTER TABLE nowhere ADD COLUMN c integer;", "SELECT 1;"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("42P01");
  }
}
