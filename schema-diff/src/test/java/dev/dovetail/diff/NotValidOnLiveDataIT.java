package dev.dovetail.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.diff.plan.PlanOptions;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.source.LiveDatabase;
import dev.dovetail.diff.source.MigrationReplay;
import dev.dovetail.diff.source.SqlScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Constraints declared {@code NOT VALID} on a live database whose rows break them: the written files deploy (nothing
 * validates them), the rows stay, the constraints are {@code NOT VALID} afterwards and diff finds nothing more. The
 * round-trip corpus builds its current state from a model, without rows, so only a live database shows that no
 * {@code VALIDATE} runs.
 */
class NotValidOnLiveDataIT {

  @TempDir Path project;

  private static final String TABLES =
      "CREATE TABLE customers (id bigint PRIMARY KEY);\n"
          + "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2));\n";

  /** Rows that break both constraints: a customer that does not exist, a negative total. */
  private static final String VIOLATING_ROWS = "INSERT INTO customers VALUES (1);\nINSERT INTO orders VALUES (1, 1, 10), (2, 42, -5);\n";

  private static final String NOT_VALID =
      "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;\n"
          + "ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;\n";

  @ParameterizedTest(name = "zeroDowntime={0}")
  @ValueSource(booleans = {true, false})
  void declaredNotValidConstraintsDeployOnRowsThatBreakThem(boolean zeroDowntime) throws Exception {
    Path schema = Files.createDirectories(project.resolve("schema"));
    Files.writeString(schema.resolve("a.sql"), TABLES + NOT_VALID);
    try (ScratchDatabase live = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      execute(live, TABLES + VIOLATING_ROWS);
      DiffOptions options = options(schema, live).withPlan(zeroDowntime ? PlanOptions.DEFAULT : PlanOptions.PLAIN);

      DiffResult result = new MigrationGenerator().diff(options);

      assertThat(result.plan().migrations()).extracting(m -> m.name())
          .containsExactlyInAnyOrder("add_check_orders_orders_total_positive", "add_fk_orders_customer_id");
      List<String> ups = deploy(live, result.written());
      assertThat(String.join("\n", ups)).contains("NOT VALID").doesNotContain("VALIDATE");
      assertThat(validity(live)).containsExactly(Map.entry("orders_customer_id_fkey", false), Map.entry("orders_total_positive", false));
      assertThat(count(live, "SELECT count(*) FROM orders")).as("the rows that break the constraints stay").isEqualTo(2);
      DiffOptions again = DiffOptions.of(schema, project.resolve("again")).withLive(new LiveDatabase(live.jdbcUrl(), "postgres", null));
      assertThat(new MigrationGenerator().diff(again).upToDate()).as("diff after the deploy").isTrue();
    }
  }

  /** Declared valid later, the constraints are validated in place, and the validation fails on the rows that break them. */
  @Test
  void validatingThemLaterFailsOnTheRowsUntilTheyAreFixed() throws Exception {
    Path schema = Files.createDirectories(project.resolve("schema"));
    try (ScratchDatabase live = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      execute(live, TABLES + VIOLATING_ROWS + NOT_VALID);
      Files.writeString(schema.resolve("a.sql"), TABLES
          + "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);\n"
          + "ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0);\n");

      DiffResult result = new MigrationGenerator().diff(options(schema, live));

      assertThat(result.plan().migrations()).extracting(m -> m.name())
          .containsExactlyInAnyOrder("validate_check_orders_orders_total_positive", "validate_fk_orders_customer_id");
      assertThatThrownBy(() -> deploy(live, result.written()))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("is violated by some row")
          .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.PROOF_FAILED));
      assertThat(validity(live)).as("a failed validation leaves the constraint NOT VALID").containsValues(false, false);

      execute(live, "DELETE FROM orders WHERE id = 2;");
      deploy(live, result.written());
      assertThat(validity(live)).containsExactly(Map.entry("orders_customer_id_fkey", true), Map.entry("orders_total_positive", true));
    }
  }

  private DiffOptions options(Path schema, ScratchDatabase live) {
    return DiffOptions.of(schema, project.resolve("migration")).withLive(new LiveDatabase(live.jdbcUrl(), "postgres", null));
  }

  /** Runs the written up files in version order, as Flyway would, each in its transaction; @return their texts */
  private static List<String> deploy(ScratchDatabase live, List<Path> written) throws IOException, SQLException {
    List<Path> ups = written.stream()
        .filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
        .sorted((a, b) -> Long.compare(version(a), version(b)))
        .toList();
    List<String> texts = new ArrayList<>();
    try (Connection connection = live.connect(SqlScript.driverOptions())) {
      for (Path up : ups) {
        String text = Files.readString(up);
        texts.add(text);
        MigrationReplay.run(connection, new SqlScript(up.getFileName().toString(), text), true, ErrorCode.PROOF_FAILED);
      }
    }
    return texts;
  }

  private static long version(Path file) {
    String name = file.getFileName().toString();
    return Long.parseLong(name.substring(1, name.indexOf("__")));
  }

  private static void execute(ScratchDatabase database, String sql) throws SQLException {
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static long count(ScratchDatabase database, String sql) throws SQLException {
    try (Connection connection = database.connect(); Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** @return the validity of the constraints of {@code orders}, by name, from the catalog itself */
  private static Map<String, Boolean> validity(ScratchDatabase database) throws SQLException {
    Map<String, Boolean> validity = new TreeMap<>();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "SELECT conname, convalidated FROM pg_constraint WHERE conrelid = 'public.orders'::regclass AND contype IN ('c', 'f')")) {
      while (rs.next()) {
        validity.put(rs.getString(1), rs.getBoolean(2));
      }
    }
    return validity;
  }
}
