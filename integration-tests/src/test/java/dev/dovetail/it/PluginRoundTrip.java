package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.dir.MigrationDirectory;
import dev.dovetail.core.dir.MigrationScript;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.diff.introspect.CatalogReader;
import dev.dovetail.diff.prove.Prover;
import dev.dovetail.diff.prove.SchemaBuilder;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.scratch.ScratchDatabaseProvider;
import dev.dovetail.diff.source.DeclaredSchema;
import dev.dovetail.diff.source.MigrationReplay;
import dev.dovetail.diff.source.SqlScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks behind the plugin ITs' {@code verify.groovy} scripts, in Java so they can use PostgreSQL. They look
 * only at what the plugin left on disk, never at its internals.
 */
public final class PluginRoundTrip {

  private PluginRoundTrip() {}

  /**
   * After {@code migrations:diff} ran twice on a copy of examples/shop with an edited schema: the new pairs
   * have descriptive names, the new ups take the old state to the declared schema, the new downs take it
   * back, and the second run wrote nothing.
   */
  public static void verifyShopEdit(Path basedir, Path example) throws IOException, SQLException {
    Path migrations = basedir.resolve("src/main/resources/db/migration");
    Set<String> original = migrationFiles(example);
    Set<String> now = migrationFiles(basedir);
    List<String> added = now.stream().filter(f -> !original.contains(f)).sorted().toList();
    assertThat(fileNames(migrations)).as("downs are kept out of Flyway's location").noneMatch(f -> f.startsWith("U"));

    assertThat(added.stream().filter(f -> f.endsWith(".sql"))).as("one up and one down per change").hasSize(6);
    assertThat(added.stream().filter(f -> f.endsWith(".conf")).map(f -> f.replaceAll("^[VU]\\d+__", "")))
        .as("the index is dropped concurrently, outside a transaction, which a .conf beside each file tells Flyway")
        .containsExactly("drop_index_orders_placed_at.sql.conf", "drop_index_orders_placed_at.sql.conf");
    assertThat(added.stream().filter(f -> f.startsWith("V") && f.endsWith(".sql")).map(f -> f.replaceAll("^V\\d+__", "")))
        .containsExactlyInAnyOrder(
            "create_table_reviews.sql", "add_column_customers_phone.sql", "drop_index_orders_placed_at.sql");
    for (String up : added.stream().filter(f -> f.startsWith("V") && f.endsWith(".sql")).toList()) {
      assertThat(now).as("down for " + up).contains("U" + up.substring(1));
    }

    String log = Files.readString(basedir.resolve("build.log"), StandardCharsets.UTF_8);
    assertThat(log).contains("Schema is up to date: no migration written");

    ScratchDatabaseProvider scratch = EmbeddedScratchProvider.shared();
    SchemaBuilder builder = new SchemaBuilder();
    DatabaseSchema declared = builder.canonical(scratch, declaredSchema(scratch, basedir));
    List<MigrationScript> all = new MigrationDirectory(migrations).upMigrations();
    List<MigrationScript> old = all.stream().filter(s -> original.contains(s.path().getFileName().toString())).toList();
    List<MigrationScript> fresh = all.stream().filter(s -> !original.contains(s.path().getFileName().toString())).toList();
    assertThat(old).as("new versions sort after the committed ones").isEqualTo(all.subList(0, old.size()));

    assertUpsReachDeclaredAndDownsRestore(scratch, builder, declared, old, fresh, undo(basedir));
  }

  /**
   * After {@code migrations:diff}, {@code migrations:diff}, {@code migrations:promote}, {@code migrations:diff} on a
   * copy of examples/shop whose schema drops two columns (one indexed) and adds one (acceptance point 5): the first
   * diff wrote the expand pairs to the migration directory and the contract pairs to the contract directory; the
   * second counted the waiting contract pairs as applied and wrote nothing; promote moved them into the migration
   * directory under fresh versions after every other one, with downs that name their new ups, and emptied the
   * contract directory; the last diff wrote nothing; and the migration directory replayed now yields the declared
   * schema.
   */
  public static void verifyContractPromote(Path basedir, Path example) throws IOException, SQLException {
    Path migrations = basedir.resolve("src/main/resources/db/migration");
    Path contract = basedir.resolve("src/main/resources/db/contract");
    String log = Files.readString(basedir.resolve("build.log"), StandardCharsets.UTF_8);
    List<String> lines =
        log.lines().map(l -> l.replaceAll("\u001B\\[[;\\d]*m", "").replaceFirst("^\\[(INFO|WARNING)\\] ", "")).toList();

    // First diff: expand pairs to the migration directory, contract pairs to the contract directory.
    assertThat(lines).contains("Wrote 2 migration(s) to " + migrations + " and 2 contract migration(s) to " + contract + ":");
    List<String> waited = lines.stream()
        .filter(l -> l.startsWith("  contract/V") && !l.contains(" -> "))
        .map(l -> l.substring("  contract/".length(), l.indexOf(".sql") + 4))
        .toList();
    assertThat(waited).extracting(PluginRoundTrip::unversioned)
        .containsExactly("contract_drop_column_addresses_postal_code.sql", "contract_drop_column_orders_placed_at.sql");

    // Second diff: the waiting pairs count as applied, so nothing is proposed again.
    assertThat(lines).contains("Replaying 7 migration(s) from " + migrations + " and 2 pending contract migration(s) from "
        + contract + " as the current state");
    // Promote: each moved under a fresh version, in the order they waited.
    List<String[]> moves = lines.stream()
        .filter(l -> l.startsWith("  contract/V") && l.contains(" -> "))
        .map(l -> l.substring("  contract/".length()).split(" -> "))
        .toList();
    assertThat(lines).contains("Promoted 2 contract migration(s) from " + contract + " to " + migrations + ":");
    assertThat(moves).extracting(m -> m[0]).containsExactlyElementsOf(waited);
    assertThat(moves).extracting(m -> unversioned(m[1])).containsExactlyElementsOf(waited.stream().map(PluginRoundTrip::unversioned).toList());
    // Last diff: the promoted pairs are replayed from the migration directory like any other.
    assertThat(lines).contains("Replaying 9 migration(s) from " + migrations + " as the current state");
    assertThat(lines.stream().filter(l -> l.equals("Schema is up to date: no migration written")))
        .as("the second and the last diff wrote nothing").hasSize(2);

    assertThat(fileNames(contract)).as("promote empties the contract directory").isEmpty();
    Set<String> original = migrationFiles(example);
    Set<String> now = migrationFiles(basedir);
    assertThat(fileNames(migrations)).as("promoted downs go to the undo directory").noneMatch(f -> f.startsWith("U"));
    List<String> added = now.stream().filter(f -> !original.contains(f)).sorted().toList();
    assertThat(added.stream().filter(f -> f.startsWith("V") && f.endsWith(".sql")).map(PluginRoundTrip::unversioned))
        .as("nothing but the expand pairs of the first diff and the promoted contract pairs")
        .containsExactlyInAnyOrder(
            "add_column_customers_phone.sql", "drop_index_orders_placed_at.sql",
            "contract_drop_column_addresses_postal_code.sql", "contract_drop_column_orders_placed_at.sql");
    assertThat(added).filteredOn(f -> f.endsWith(".sql")).hasSize(8);
    for (String up : added.stream().filter(f -> f.startsWith("V") && f.endsWith(".sql")).toList()) {
      String down = "U" + up.substring(1);
      assertThat(now).as("down for " + up).contains(down);
      assertThat(Files.readAllLines(undo(basedir).resolve(down), StandardCharsets.UTF_8).get(1))
          .as("the down's header names its up").isEqualTo("-- Undoes " + up + ".");
      assertThat(now.contains(up + ".conf")).as(".conf files come in pairs for " + up).isEqualTo(now.contains(down + ".conf"));
    }
    for (String[] move : moves) {
      assertThat(now).as("promoted " + move[0]).contains(move[1]).doesNotContain(move[0]);
      String oldVersion = version(move[0]);
      for (String file : added) {
        assertThat(Files.readString((file.startsWith("U") ? undo(basedir) : migrations).resolve(file), StandardCharsets.UTF_8))
            .as(file + " names no file by its version in the contract directory").doesNotContain(oldVersion);
      }
    }

    ScratchDatabaseProvider scratch = EmbeddedScratchProvider.shared();
    SchemaBuilder builder = new SchemaBuilder();
    DatabaseSchema declared = builder.canonical(scratch, declaredSchema(scratch, basedir));
    List<MigrationScript> all = new MigrationDirectory(migrations).upMigrations();
    List<String> promoted = moves.stream().map(m -> m[1]).toList();
    assertThat(all.subList(all.size() - promoted.size(), all.size()))
        .as("promoted migrations sort after every other one, in the order they waited")
        .extracting(s -> s.path().getFileName().toString())
        .containsExactlyElementsOf(promoted);
    List<MigrationScript> old = all.stream().filter(s -> original.contains(s.path().getFileName().toString())).toList();
    List<MigrationScript> fresh = all.stream().filter(s -> !original.contains(s.path().getFileName().toString())).toList();
    assertThat(old).as("new versions sort after the committed ones").isEqualTo(all.subList(0, old.size()));
    assertUpsReachDeclaredAndDownsRestore(scratch, builder, declared, old, fresh, undo(basedir));
  }

  /**
   * Replays {@code old}, then {@code fresh}, on a scratch database and checks that the result is {@code declared};
   * then runs the downs of {@code fresh} in reverse and checks that they restore the state {@code old} produced.
   */
  private static void assertUpsReachDeclaredAndDownsRestore(
      ScratchDatabaseProvider scratch, SchemaBuilder builder, DatabaseSchema declared, List<MigrationScript> old,
      List<MigrationScript> fresh, Path undo) throws SQLException {
    try (ScratchDatabase database = scratch.create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      CatalogReader reader = new CatalogReader();
      MigrationReplay.apply(connection, old);
      DatabaseSchema oldState = builder.canonical(scratch, reader.read(connection));

      MigrationReplay.apply(connection, fresh);
      DatabaseSchema migrated = builder.canonical(scratch, reader.read(connection));
      assertThat(migrated)
          .as(() -> "ups must reach the declared schema:\n" + new Prover(scratch).differences(migrated, declared))
          .isEqualTo(declared);

      List<Path> downs = new ArrayList<>();
      for (MigrationScript up : fresh) {
        downs.add(new MigrationDirectory(up.path().getParent(), undo).downOf(up));
      }
      Collections.reverse(downs);
      for (Path down : downs) {
        MigrationReplay.run(
            connection, SqlScript.read(down, down.getFileName().toString()), MigrationScript.transactional(down), ErrorCode.PROOF_FAILED);
      }
      DatabaseSchema restored = builder.canonical(scratch, reader.read(connection));
      assertThat(restored)
          .as(() -> "downs must restore the old state:\n" + new Prover(scratch).differences(restored, oldState))
          .isEqualTo(oldState);
    }
  }

  /** @return the file name without its {@code V}/{@code U} and version: {@code add_column_x.sql} */
  private static String unversioned(String fileName) {
    return fileName.replaceAll("^[VU][\\d._]+__", "");
  }

  /** @return the version in a migration file name */
  private static String version(String fileName) {
    return fileName.substring(1, fileName.indexOf("__"));
  }

  private static DatabaseSchema declaredSchema(ScratchDatabaseProvider scratch, Path basedir) throws SQLException {
    DeclaredSchema declared = new DeclaredSchema(basedir.resolve("src/main/resources/db/schema"));
    try (ScratchDatabase database = scratch.create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      declared.applyTo(connection, declared.files());
      return new CatalogReader().read(connection);
    }
  }

  private static Set<String> fileNames(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  /** @return where a project keeps its downs by default, off Flyway's location */
  private static Path undo(Path project) {
    return project.resolve("src/main/resources/db/undo");
  }

  /** @return the file names of a project's migration directory and undo directory */
  private static Set<String> migrationFiles(Path project) throws IOException {
    Set<String> names = new java.util.HashSet<>(fileNames(project.resolve("src/main/resources/db/migration")));
    names.addAll(fileNames(undo(project)));
    return names;
  }

  /**
   * After {@code migrations:diff} against a live copy of examples/shop with rows, whose declared schema gains an index
   * on {@code orders} and an FK (acceptance point 4 of issue 5): {@code target/migrations/review.md} lists the run's
   * migrations in order with a summary table, shows the concurrent index build as the file that runs outside a
   * transaction, the FK split into {@code NOT VALID} and {@code VALIDATE} with their hazards and locks, and every up
   * and down; {@code review.html} is one page that parses, loads nothing and runs nothing.
   */
  public static void verifyReviewReport(Path basedir) throws IOException {
    Path reports = basedir.resolve("target/migrations");
    String markdown = Files.readString(reports.resolve("review.md"), StandardCharsets.UTF_8);
    List<String> ups = fileNames(basedir.resolve("src/main/resources/db/migration")).stream()
        .filter(f -> f.matches("V\\d+__.*\\.sql") && !f.startsWith("V20261125")) // examples/shop's own are from 2026-11-25
        .sorted().toList();
    assertThat(ups).extracting(PluginRoundTrip::unversioned).containsExactly(
        "add_column_orders_shipping_address_id.sql", "create_index_orders_status.sql",
        "add_fk_orders_shipping_address_id.sql", "validate_fk_orders_shipping_address_id.sql");

    assertThat(markdown).startsWith("# Migration review\n\n4 migrations: 4 expand, 0 data, 0 contract; hazards: ");
    // The summary table: one row per migration, in order, the index build marked as running outside a transaction.
    List<String> rows = markdown.lines().filter(l -> l.matches("\\| \\d+ \\|.*")).toList();
    assertThat(rows).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(rows.get(i)).startsWith("| " + (i + 1) + " | `" + ups.get(i) + "` | expand | ");
    }
    assertThat(rows.get(1)).contains("| **no** |").contains("NON_TRANSACTIONAL");
    assertThat(rows.get(2)).contains("| yes |");
    // The FK's two steps and their hazards, the index's file verbatim.
    String index = section(markdown, ups.get(1));
    assertThat(index).contains("runs in a transaction: **no**").contains("CREATE INDEX CONCURRENTLY").contains("NON_TRANSACTIONAL")
        .contains(Files.readString(basedir.resolve("src/main/resources/db/migration/" + ups.get(1)), StandardCharsets.UTF_8).strip());
    assertThat(section(markdown, ups.get(2))).contains("NOT VALID").contains("SHARE ROW EXCLUSIVE on public.addresses, public.orders");
    assertThat(section(markdown, ups.get(3))).contains("VALIDATE CONSTRAINT").contains("SHARE UPDATE EXCLUSIVE").contains("LONG_RUNNING");

    org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(reports.resolve("review.html").toFile(), "UTF-8");
    assertThat(html.select("script")).as("no script").isEmpty();
    assertThat(html.select("[src], link[href], [style*=url(]")).as("nothing loaded from anywhere").isEmpty();
    assertThat(html.select("a[href^=http]")).as("no link out").isEmpty();
    assertThat(html.select("table").first().select("tbody tr")).hasSize(4);
    assertThat(html.select("pre code").eachText()).anyMatch(code -> code.contains("CREATE INDEX CONCURRENTLY"))
        .anyMatch(code -> code.contains("NOT VALID")).anyMatch(code -> code.contains("VALIDATE CONSTRAINT"));
  }

  /** @return the report's section about {@code file}: from its heading to the next one */
  private static String section(String markdown, String file) {
    int start = markdown.indexOf(". `" + file + "`\n");
    assertThat(start).as("a section for " + file).isPositive();
    assertThat(markdown.lastIndexOf("\n## ", start)).as("a heading for " + file).isEqualTo(markdown.lastIndexOf('\n', start));
    int end = markdown.indexOf("\n## ", start + 1);
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }
}
