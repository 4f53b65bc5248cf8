package dev.dovetail.diff.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.MigrationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclaredSchemaTest {

  @TempDir Path root;

  @Test
  void filesRunInOrderOfRelativePathAndOnlySqlFilesCount() throws IOException {
    Files.createDirectories(root.resolve("b/nested"));
    Files.createDirectories(root.resolve("a"));
    for (String file : new String[] {"b/nested/x.sql", "a/z.sql", "b/a.sql", "c.sql", "notes.md", "a.sql"}) {
      Files.writeString(root.resolve(file), "");
    }
    assertThat(new DeclaredSchema(root).files()).extracting(p -> root.relativize(p).toString().replace('\\', '/'))
        .containsExactly("a.sql", "a/z.sql", "b/a.sql", "b/nested/x.sql", "c.sql");
  }

  @Test
  void aMissingDirectoryIsAConfigurationError() {
    assertThatThrownBy(() -> new DeclaredSchema(root.resolve("absent")).files())
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("does not exist");
  }
}
