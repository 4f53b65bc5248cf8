package dev.dovetail.core.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.write.MigrationFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationDirectoryTest {

  @TempDir Path root;

  @Test
  void listsUpMigrationsInNumericVersionOrderAndSkipsDowns() throws IOException {
    Files.writeString(root.resolve("V1.10__later.sql"), "");
    Files.writeString(root.resolve("V1.9__earlier.sql"), "");
    Files.writeString(root.resolve("U1.9__earlier.sql"), "");
    Files.writeString(root.resolve("README.md"), "");
    assertThat(new MigrationDirectory(root).upMigrations()).extracting(MigrationScript::name).containsExactly("earlier", "later");
  }

  @Test
  void rejectsTwoFilesWithOneVersion() throws IOException {
    Files.writeString(root.resolve("V1__a.sql"), "");
    Files.writeString(root.resolve("V1.0__b.sql"), "");
    assertThatThrownBy(() -> new MigrationDirectory(root).upMigrations())
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("share version");
  }

  @Test
  void newVersionsAreTimestampsAfterEveryExistingOne() throws IOException {
    Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    MigrationDirectory directory = new MigrationDirectory(root);
    assertThat(directory.nextVersions(2, clock)).containsExactly("20260102030405", "20260102030406");
    Files.writeString(root.resolve("V20270101000059__future.sql"), "");
    assertThat(directory.nextVersions(2, clock)).containsExactly("20270101000100", "20270101000101");
  }

  @Test
  void writesAllFilesAtOnce() {
    List<Path> written =
        new MigrationDirectory(root.resolve("new")).writeAll(List.of(new MigrationFile("V1__a.sql", "up"), new MigrationFile("U1__a.sql", "down")));
    assertThat(written).allSatisfy(p -> assertThat(p).exists());
    assertThat(root.resolve("new")).isDirectoryNotContaining("glob:**/.*.tmp");
  }

  @Test
  void neverOverwritesAndWritesNothingWhenOneFileExists() throws IOException {
    Files.writeString(root.resolve("U1__a.sql"), "keep");
    MigrationDirectory directory = new MigrationDirectory(root);
    assertThatThrownBy(() -> directory.writeAll(List.of(new MigrationFile("V1__a.sql", "up"), new MigrationFile("U1__a.sql", "down"))))
        .isInstanceOf(MigrationException.class)
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.FILE_EXISTS));
    assertThat(root.resolve("V1__a.sql")).doesNotExist();
    assertThat(root.resolve("U1__a.sql")).hasContent("keep");
  }
}
