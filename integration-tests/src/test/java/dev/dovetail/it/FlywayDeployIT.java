package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.diff.introspect.CatalogReader;
import dev.dovetail.diff.prove.Prover;
import dev.dovetail.diff.prove.SchemaBuilder;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.source.FlywayHistory;
import dev.dovetail.diff.source.SqlScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated files deployed by real Flyway, not by our own replay: every recipe of {@code docs/recipes.md} (its
 * golden files, exactly what diff writes) and the example shop, with {@code migrate}, then {@code validate} with
 * {@code validateMigrationNaming=true} and {@code info}. The build runs this class twice: with the current Flyway
 * line, and with the oldest line we support on the class path instead (the {@code flyway-oldest} execution in
 * this module's pom).
 *
 * <p>Flyway (10.x and later) holds its PostgreSQL lock in a transaction on a second connection for the whole run,
 * unless {@code postgresql.transactional.lock=false}. {@code CREATE INDEX CONCURRENTLY} waits for every older
 * transaction, so under that default it would wait for Flyway's own lock for ever; the generated file checks for
 * that lock first and stops with the setting to change, before it builds anything.
 */
class FlywayDeployIT {

  private final EmbeddedScratchProvider scratch = EmbeddedScratchProvider.shared();
  /** The databases Flyway deploys to stand in for live ones: Flyway logs in as the server's user, not as a sandbox. */
  private final EmbeddedScratchProvider live = scratch.withoutSandbox();

  @BeforeAll
  static void sayWhichFlyway() {
    System.out.println("FlywayDeployIT runs Flyway " + RealFlyway.version());
  }

  static List<RecipeBookIT.Recipe> recipes() throws Exception {
    return RecipeBookIT.recipes();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  @Execution(ExecutionMode.CONCURRENT) // each recipe on a database and in a folder of its own
  void everyRecipeDeploysWithRealFlyway(RecipeBookIT.Recipe recipe, @TempDir Path location) throws Exception {
    Path expected = Path.of("src/test/resources/recipes", recipe.name(), "expected");
    DatabaseSchema after = new SchemaBuilder().canonical(scratch, RoundTrip.modelOf(recipe.after()));
    try (ScratchDatabase database = live.create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      recipe.before().execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
      RealFlyway flyway = new RealFlyway(database.jdbcUrl(), location, false);

      copyUps(expected, "V", location);
      flyway.migrate();
      assertThat(flyway.validationErrors()).as("flyway validate after the expand and data steps").isEmpty();
      copyUps(expected, "contract.V", location);
      flyway.migrate();
      assertThat(flyway.validationErrors()).as("flyway validate after the contract steps").isEmpty();
      assertThat(flyway.pending()).as("flyway info: pending").isEmpty();

      DatabaseSchema deployed = FlywayHistory.withoutHistoryTable(new CatalogReader().read(connection));
      assertThat(deployed).as(() -> "deployed by Flyway, the schema must be the declared one:\n"
          + new Prover(scratch, false).differences(deployed, after)).isEqualTo(after);
    }
  }

  @Test
  void aConcurrentIndexUnderFlywaysDefaultLockStopsWithTheSettingToChangeAndBuildsNothing(@TempDir Path location)
      throws Exception {
    RecipeBookIT.Recipe recipe = recipe("06-create-index");
    try (ScratchDatabase database = live.create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      recipe.before().execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
      copyUps(Path.of("src/test/resources/recipes", recipe.name(), "expected"), "V", location);

      // Flyway's default: its lock is held in an open transaction, which CREATE INDEX CONCURRENTLY would wait for.
      RealFlyway byDefault = new RealFlyway(database.jdbcUrl(), location, true);
      assertThatThrownBy(byDefault::migrate)
          .hasMessageContaining("postgresql.transactional.lock=false")
          .hasMessageContaining("CREATE INDEX CONCURRENTLY");
      assertThat(indexes(connection)).as("nothing built, no INVALID index left").containsExactly("orders_pkey valid");

      // A failed non-transactional migration stays in Flyway's history until `flyway repair`, as Flyway documents.
      new RealFlyway(database.jdbcUrl(), location, false).flyway().repair();
      assertThat(new RealFlyway(database.jdbcUrl(), location, false).migrate()).isEqualTo(1);
      assertThat(indexes(connection)).containsExactly("orders_pkey valid", "orders_placed_at_idx valid");
    }
  }

  @Test
  void aGuardedBackfillRefusesRowsUntilTheReviewerWritesTheValueThenDeploys(@TempDir Path location) throws Exception {
    RecipeBookIT.Recipe recipe = recipe("04-add-column-not-null-without-default");
    Path expected = Path.of("src/test/resources/recipes", recipe.name(), "expected");
    try (ScratchDatabase database = live.create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      recipe.before().execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
      execute(connection, "INSERT INTO customers SELECT g, 'c' || g || '@example.com' FROM generate_series(1, 25000) g");
      copyUps(expected, "V", location);

      assertThatThrownBy(() -> new RealFlyway(database.jdbcUrl(), location, false).migrate())
          .hasMessageContaining("choose the value of column public.customers.country");
      assertThat(count(connection, "SELECT count(*) FROM customers WHERE country IS NULL")).isEqualTo(25000);

      // The review the file asks for: the value written in, the guard deleted; then Flyway repairs its failed row.
      Path backfill = location.resolve("V2__backfill_customers_country.sql");
      String reviewed = Files.readString(backfill, StandardCharsets.UTF_8)
          .replace("country = NULL /* TODO: the value for existing rows */", "country = 'NL'")
          .replaceAll("(?s)  IF EXISTS \\(SELECT FROM public\\.customers WHERE country IS NULL\\) THEN.*?END IF;\n", "");
      assertThat(reviewed).doesNotContain("RAISE EXCEPTION").contains("country = 'NL'");
      Files.writeString(backfill, reviewed, StandardCharsets.UTF_8);
      RealFlyway flyway = new RealFlyway(database.jdbcUrl(), location, false);
      flyway.flyway().repair();
      assertThat(flyway.migrate()).isEqualTo(1);
      assertThat(count(connection, "SELECT count(*) FROM customers WHERE country = 'NL'")).isEqualTo(25000);

      copyUps(expected, "contract.V", location);
      assertThat(flyway.migrate()).isEqualTo(4);
      assertThat(flyway.validationErrors()).isEmpty();
      assertThat(count(connection,
          "SELECT count(*) FROM pg_attribute WHERE attrelid = 'customers'::regclass AND attname = 'country' AND attnotnull"))
          .isEqualTo(1);
    }
  }

  @Test
  void theShopAsCommittedDeploysAndValidatesWithFlywaysDefaults() throws Exception {
    Path shop = Path.of("../examples/shop/src/main/resources/db");
    DatabaseSchema declared;
    try (Stream<Path> files = Files.list(shop.resolve("schema"))) {
      String text = files.filter(p -> p.toString().endsWith(".sql")).sorted()
          .map(p -> read(p)).collect(Collectors.joining("\n"));
      declared = new SchemaBuilder().canonical(scratch, RoundTrip.modelOf(new SqlScript("shop schema", text)));
    }
    try (ScratchDatabase database = live.create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      // Flyway's defaults, transactional lock included: the shop has no file that runs outside a transaction.
      RealFlyway flyway = new RealFlyway(database.jdbcUrl(), shop.resolve("migration"), true);
      assertThat(flyway.migrate()).isPositive();
      assertThat(flyway.validationErrors()).as("flyway validate, validateMigrationNaming=true").isEmpty();
      assertThat(flyway.pending()).isEmpty();
      DatabaseSchema deployed = FlywayHistory.withoutHistoryTable(new CatalogReader().read(connection));
      assertThat(deployed).as(() -> new Prover(scratch, false).differences(deployed, declared)).isEqualTo(declared);
    }
  }

  private static RecipeBookIT.Recipe recipe(String name) throws Exception {
    return RecipeBookIT.recipes().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  /** Copies the up files (and their {@code .conf}) whose names start with {@code prefix} as Flyway would find them. */
  private static void copyUps(Path expected, String prefix, Path location) throws IOException {
    try (Stream<Path> files = Files.list(expected)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(prefix)) {
          Files.copy(file, location.resolve(name.substring(prefix.length() - 1)));
        }
      }
    }
  }

  private static List<String> indexes(Connection connection) throws SQLException {
    List<String> indexes = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT c.relname, i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            + " WHERE i.indrelid = 'public.orders'::regclass ORDER BY 1")) {
      while (rows.next()) {
        indexes.add(rows.getString(1) + (rows.getBoolean(2) ? " valid" : " INVALID"));
      }
    }
    return indexes;
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
