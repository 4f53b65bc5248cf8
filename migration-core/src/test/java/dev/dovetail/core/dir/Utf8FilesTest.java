package dev.dovetail.core.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8FilesTest {

  @TempDir Path directory;

  @Test
  void readsUtf8WithoutChange() throws Exception {
    Path file = Files.writeString(directory.resolve("V1__café.sql"), "COMMENT ON TABLE t IS 'café ☕';\n", StandardCharsets.UTF_8);
    assertThat(Utf8Files.read(file, "V1__café.sql", ErrorCode.MIGRATION_REPLAY_FAILED)).isEqualTo("COMMENT ON TABLE t IS 'café ☕';\n");
  }

  /** A Latin-1 file was reported as "Input length = 1" by the JDK, with no file or line. */
  @Test
  void aMigrationThatIsNotUtf8IsNamedWithItsLineAndByte() throws Exception {
    Path file = directory.resolve("V1__add_column.sql");
    Files.write(file, "CREATE TABLE t (a int);\n\nCOMMENT ON TABLE t IS 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1));
    MigrationScript script = new MigrationScript(new MigrationVersion("1"), "add column", file);
    assertThatThrownBy(script::text)
        .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_REPLAY_FAILED))
        .hasMessageContaining("V1__add_column.sql:3: the file is not UTF-8 (byte 52, 0xE9)")
        .hasMessageContaining("iconv");
  }
}
