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
    Set<String> original = fileNames(example.resolve("src/main/resources/db/migration"));
    Set<String> now = fileNames(migrations);
    List<String> added = now.stream().filter(f -> !original.contains(f)).sorted().toList();

    assertThat(added.stream().filter(f -> f.endsWith(".sql"))).as("one up and one down per change").hasSize(6);
    assertThat(added.stream().filter(f -> f.endsWith(".conf")).map(f -> f.replaceAll("^[VU]\\d+__", "")))
        .as("the index is dropped concurrently, outside a transaction, which a .conf beside each file tells Flyway")
        .containsExactly("drop_index_orders_placed_at.sql.conf", "drop_index_orders_placed_at.sql.conf");
    assertThat(added.stream().filter(f -> f.startsWith("V")).map(f -> f.replaceAll("^V\\d+__", "")))
        .containsExactlyInAnyOrder(
            "create_table_reviews.sql", "add_column_customers_phone.sql", "drop_index_orders_placed_at.sql");
    for (String up : added.stream().filter(f -> f.startsWith("V")).toList()) {
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
        downs.add(up.path().resolveSibling("U" + up.path().getFileName().toString().substring(1)));
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

  private static DatabaseSchema declaredSchema(ScratchDatabaseProvider scratch, Path basedir) throws SQLException {
    DeclaredSchema declared = new DeclaredSchema(basedir.resolve("src/main/resources/db/schema"));
    try (ScratchDatabase database = scratch.create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      declared.applyTo(connection, declared.files());
      return new CatalogReader().read(connection);
    }
  }

  private static Set<String> fileNames(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
