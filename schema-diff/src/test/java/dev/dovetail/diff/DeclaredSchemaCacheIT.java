package dev.dovetail.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.diff.MigrationGenerator.Snapshot;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.source.SqlScript;
import java.io.ObjectInputFilter;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The declared schema's model and each side's canonical form kept between runs: read back equal, and only for exactly the same inputs. */
class DeclaredSchemaCacheIT {

  private static final String SCHEMA = """
      CREATE TYPE mood AS ENUM ('happy', 'it''s');
      CREATE TABLE "Orders" (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text CHECK (note <> ''),
        feeling mood NOT NULL DEFAULT 'happy', parent bigint REFERENCES "Orders" (id));
      CREATE INDEX ON "Orders" (lower(note));
      CREATE VIEW open_orders AS SELECT id, note FROM "Orders" WHERE note IS NOT NULL;
      CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
      CREATE TRIGGER touch BEFORE UPDATE ON "Orders" FOR EACH ROW EXECUTE FUNCTION touch();
      ALTER TABLE "Orders" ENABLE ROW LEVEL SECURITY;
      CREATE POLICY mine ON "Orders" USING (note IS NOT NULL);
      COMMENT ON TABLE "Orders" IS 'all of them';
      """;

  @Test
  void keepsTheModelForTheSameFilesAndSettingsOnly(@TempDir Path temp) throws Exception {
    Path schemaDirectory = Files.createDirectories(temp.resolve("schema"));
    Path file = Files.writeString(schemaDirectory.resolve("orders.sql"), SCHEMA);
    Path target = temp.resolve("target");
    Snapshot snapshot;
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      new SqlScript("orders.sql", SCHEMA).execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
      snapshot = MigrationGenerator.snapshot(connection, false);
    }
    assertThat(snapshot.schema().tables()).hasSize(1);

    DeclaredSchemaCache cache = DeclaredSchemaCache.of(target, schemaDirectory, List.of(file), List.of("server 18")).orElseThrow();
    assertThat(cache.read()).as("nothing kept yet").isEmpty();
    cache.write(snapshot);
    assertThat(DeclaredSchemaCache.of(target, schemaDirectory, List.of(file), List.of("server 18")).orElseThrow().read())
        .contains(snapshot);

    assertThat(DeclaredSchemaCache.of(target, schemaDirectory, List.of(file), List.of("server 17")).orElseThrow().read())
        .as("another server").isEmpty();
    Files.writeString(file, SCHEMA + "\n-- edited\n");
    assertThat(DeclaredSchemaCache.of(target, schemaDirectory, List.of(file), List.of("server 18")).orElseThrow().read())
        .as("an edited file").isEmpty();
    Path renamed = Files.move(file, schemaDirectory.resolve("renamed.sql"));
    Files.writeString(renamed, SCHEMA);
    assertThat(DeclaredSchemaCache.of(target, schemaDirectory, List.of(renamed), List.of("server 18")).orElseThrow().read())
        .as("a renamed file").isEmpty();
    assertThat(DeclaredSchemaCache.of(null, schemaDirectory, List.of(renamed), List.of("server 18"))).as("no directory, no cache").isEmpty();
  }

  @Test
  void aFileHoldingOtherClassesOrDamagedIsIgnored(@TempDir Path temp) throws Exception {
    Path schemaDirectory = Files.createDirectories(temp.resolve("schema"));
    Path file = Files.writeString(schemaDirectory.resolve("a.sql"), "CREATE TABLE a (id int);");
    Path target = Files.createDirectories(temp.resolve("target"));
    DeclaredSchemaCache cache = DeclaredSchemaCache.of(target, schemaDirectory, List.of(file), List.of()).orElseThrow();
    try (OutputStream out = Files.newOutputStream(target.resolve(DeclaredSchemaCache.FILE_NAME));
        ObjectOutputStream objects = new ObjectOutputStream(out)) {
      objects.writeObject(new java.util.HashMap<>(java.util.Map.of("key", new java.util.Date())));
    }
    assertThat(cache.read()).isEmpty();
    Files.write(target.resolve(DeclaredSchemaCache.FILE_NAME), new byte[] {1, 2, 3});
    assertThat(cache.read()).isEmpty();
  }

  /** Deserialisation runs code of the classes it meets: only the model's and the JDK's plain values get in. */
  @Test
  void onlyTheModelAndPlainValuesAreLetIn() {
    assertThat(status(dev.dovetail.core.model.DatabaseSchema.class)).isEqualTo(ObjectInputFilter.Status.ALLOWED);
    assertThat(status(dev.dovetail.core.model.Table.class)).isEqualTo(ObjectInputFilter.Status.ALLOWED);
    assertThat(status(java.util.TreeSet.class)).isEqualTo(ObjectInputFilter.Status.ALLOWED);
    assertThat(status(java.util.Date.class)).isEqualTo(ObjectInputFilter.Status.REJECTED);
    assertThat(status(javax.management.BadAttributeValueExpException.class)).isEqualTo(ObjectInputFilter.Status.REJECTED);
    assertThat(status(java.util.PriorityQueue.class)).isEqualTo(ObjectInputFilter.Status.REJECTED);
  }

  private static ObjectInputFilter.Status status(Class<?> type) {
    return DeclaredSchemaCache.FILTER.checkInput(new ObjectInputFilter.FilterInfo() {
      @Override
      public Class<?> serialClass() {
        return type;
      }

      @Override
      public long arrayLength() {
        return -1;
      }

      @Override
      public long depth() {
        return 1;
      }

      @Override
      public long references() {
        return 1;
      }

      @Override
      public long streamBytes() {
        return 100;
      }
    });
  }

  @Test
  void aCanonicalFormIsKeptForTheSameModelAndSettingsOnlyAndADamagedFileIsIgnored(@TempDir Path temp) throws Exception {
    DatabaseSchema model;
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      new SqlScript("orders.sql", SCHEMA).execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
      model = MigrationGenerator.snapshot(connection, false).schema();
    }
    Path target = temp.resolve("target");
    CanonicalCache cache = CanonicalCache.of(target, List.of("server 18")).orElseThrow();
    String key = cache.key(model);
    assertThat(cache.read("current", key)).as("nothing kept yet").isEmpty();
    cache.write("current", key, model);
    assertThat(CanonicalCache.of(target, List.of("server 18")).orElseThrow().read("current", key)).contains(model);
    assertThat(cache.read("declared", key)).as("the other side's file").isEmpty();
    CanonicalCache otherServer = CanonicalCache.of(target, List.of("server 17")).orElseThrow();
    assertThat(otherServer.read("current", otherServer.key(model))).as("another server").isEmpty();
    DatabaseSchema other = model.toBuilder().tables(List.of()).build();
    assertThat(cache.read("current", cache.key(other))).as("another model").isEmpty();
    Files.write(cache.file("current"), new byte[] {1, 2, 3});
    assertThat(cache.read("current", key)).as("a damaged file").isEmpty();
    assertThat(CanonicalCache.of(null, List.of())).as("no directory, no cache").isEmpty();
  }
}
