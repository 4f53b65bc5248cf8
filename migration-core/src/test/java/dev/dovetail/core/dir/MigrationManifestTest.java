package dev.dovetail.core.dir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.dir.MigrationManifest.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class MigrationManifestTest {

  @TempDir Path directory;

  @BeforeEach
  void threeMigrations() throws IOException {
    write("V1__create_table_a.sql", "CREATE TABLE a (id int);\n");
    write("U1__create_table_a.sql", "DROP TABLE a;\n");
    write("V3__create_index_a.sql", "CREATE INDEX CONCURRENTLY a_id_idx ON a (id);\n");
    write("V3__create_index_a.sql.conf", "executeInTransaction=false\n");
    write("U3__create_index_a.sql", "DROP INDEX CONCURRENTLY a_id_idx;\n");
    write("V10__add_column_a_b.sql", "ALTER TABLE a ADD COLUMN b text;\n");
    write("README.md", "not a migration\n");
    MigrationManifest.rehash(directory);
  }

  @Test
  void recordsEveryMigrationFileInFlywayOrderUnderATotal() throws IOException {
    List<String> lines = Files.readAllLines(directory.resolve(MigrationManifest.FILE_NAME));

    assertThat(lines.get(0)).startsWith("h1:");
    assertThat(lines.subList(1, lines.size())).extracting(l -> l.substring(0, l.indexOf(' ')))
        .containsExactly(
            "V1__create_table_a.sql", "U1__create_table_a.sql", "V3__create_index_a.sql", "V3__create_index_a.sql.conf",
            "U3__create_index_a.sql", "V10__add_column_a_b.sql");
    assertThat(findings()).isEmpty();
  }

  @Test
  void lineEndingsAndAByteOrderMarkAreNotEdits() throws IOException {
    write("V1__create_table_a.sql", "\uFEFFCREATE TABLE a (id int);\r\n");

    assertThat(findings()).isEmpty();
  }

  @Test
  void anEditedFileIsNamedAndOnlyIt() throws IOException {
    write("U1__create_table_a.sql", "DROP TABLE a CASCADE;\n");

    assertThat(findings()).extracting(Finding::toString)
        .containsExactly("EDITED U1__create_table_a.sql: its content differs from what was recorded");
  }

  @Test
  void removedRenamedInsertedAndUnrecordedFilesAreTold() throws IOException {
    Files.delete(directory.resolve("V10__add_column_a_b.sql"));
    Files.move(directory.resolve("U3__create_index_a.sql"), directory.resolve("U3__drop_the_index.sql"));
    write("V2__sneaked_in.sql", "DELETE FROM a;\n");
    write("V11__later.sql", "SELECT 1;\n");

    assertThat(findings()).extracting(Finding::toString)
        .containsExactly(
            "RENAMED U3__create_index_a.sql: now U3__drop_the_index.sql",
            "REMOVED V10__add_column_a_b.sql: recorded but not in " + directory,
            "INSERTED V2__sneaked_in.sql: not recorded, and it sorts before V10__add_column_a_b.sql, the last recorded file",
            "UNRECORDED V11__later.sql: not recorded; after reviewing it, run mvn migrations:rehash");
  }

  /**
   * One character changed in the manifest is one finding: it was also reported as the file of that line and the next
   * one edited, though neither was.
   */
  @ParameterizedTest(name = "line {0}")
  @ValueSource(ints = {1, 2, 6})
  void oneEditedManifestLineIsToldOnceAsTheManifests(int index) throws IOException {
    Path manifest = directory.resolve(MigrationManifest.FILE_NAME);
    List<String> lines = Files.readAllLines(manifest);
    String line = lines.get(index);
    lines.set(index, line.substring(0, line.length() - 2) + (line.endsWith("A=") ? "B=" : "A="));
    Files.write(manifest, lines);

    assertThat(findings()).extracting(Finding::toString).containsExactly("MANIFEST_EDITED " + MigrationManifest.FILE_NAME
        + ": the line of " + line.substring(0, line.indexOf(' ')) + " was changed by hand; the file itself is as recorded");
  }

  @Test
  void anEditedTotalIsTold() throws IOException {
    Path manifest = directory.resolve(MigrationManifest.FILE_NAME);
    List<String> lines = Files.readAllLines(manifest);
    lines.set(0, lines.get(0).substring(0, lines.get(0).length() - 2) + (lines.get(0).endsWith("A=") ? "B=" : "A="));
    Files.write(manifest, lines);

    assertThat(findings()).extracting(Finding::kind).containsExactly(Finding.Kind.MANIFEST_EDITED);
  }

  @Test
  void anEditedFileAndAnEditedLineOfAnotherAreBothTold() throws IOException {
    write("V10__add_column_a_b.sql", "ALTER TABLE a ADD COLUMN b bigint;\n");
    Path manifest = directory.resolve(MigrationManifest.FILE_NAME);
    List<String> lines = Files.readAllLines(manifest);
    lines.set(1, lines.get(1).substring(0, lines.get(1).length() - 2) + (lines.get(1).endsWith("A=") ? "B=" : "A="));
    Files.write(manifest, lines);

    assertThat(findings()).extracting(Finding::toString).containsExactly(
        "MANIFEST_EDITED " + MigrationManifest.FILE_NAME + ": the line of V1__create_table_a.sql was changed by hand; the file"
            + " itself is as recorded",
        "EDITED V10__add_column_a_b.sql: its content differs from what was recorded");
  }

  @Test
  void rehashAcceptsTheFilesAsTheyAre() throws IOException {
    write("V11__hand_written.sql", "SELECT 1;\n");
    assertThat(findings()).extracting(Finding::kind).containsExactly(Finding.Kind.UNRECORDED);

    MigrationManifest.rehash(directory);

    assertThat(findings()).isEmpty();
  }

  /** A misnamed migration is refused, not left out of the record without a word; the old record stays. */
  @Test
  void rehashRefusesAMisnamedMigration() throws IOException {
    String before = Files.readString(directory.resolve(MigrationManifest.FILE_NAME));
    write("V1.x__bad name.sql", "SELECT 1;\n");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MigrationManifest.rehash(directory))
        .isInstanceOfSatisfying(dev.dovetail.core.MigrationException.class,
            e -> assertThat(e.code()).isEqualTo(dev.dovetail.core.ErrorCode.MIGRATION_NAME_INVALID))
        .hasMessageContaining("V1.x__bad name.sql");
    assertThat(directory.resolve(MigrationManifest.FILE_NAME)).hasContent(before);
  }

  private List<Finding> findings() {
    return MigrationManifest.read(directory).orElseThrow().check(directory);
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
  }
}
