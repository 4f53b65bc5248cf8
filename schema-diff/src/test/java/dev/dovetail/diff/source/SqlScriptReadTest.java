package dev.dovetail.diff.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlScriptReadTest {

  @TempDir Path dir;

  @Test
  void aFileThatIsNotUtf8IsNamedWithTheLineAndByteWhereItStops() throws Exception {
    Path file = dir.resolve("a.sql");
    // "café" in Latin-1 on line 2: 0xE9 is no UTF-8 sequence
    Files.write(file, "CREATE TABLE t (a int);\nCOMMENT ON TABLE t IS 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> SqlScript.read(file, "schema/a.sql"))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("schema/a.sql:2: the file is not UTF-8 (byte 51, 0xE9)")
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.DECLARED_SCHEMA_INVALID));
    assertThatThrownBy(() -> SqlScript.read(file, "V1__a.sql", ErrorCode.MIGRATION_REPLAY_FAILED))
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.MIGRATION_REPLAY_FAILED));
  }

  @Test
  void utf8WithAndWithoutByteOrderMarkReadsTheSame() throws Exception {
    Path plain = dir.resolve("b.sql");
    Path marked = dir.resolve("c.sql");
    Files.writeString(plain, "COMMENT ON TABLE t IS 'café ☕';\n", StandardCharsets.UTF_8);
    Files.writeString(marked, "\uFEFFCOMMENT ON TABLE t IS 'café ☕';\n", StandardCharsets.UTF_8);
    assertThat(SqlScript.read(plain, "b.sql").text()).isEqualTo("COMMENT ON TABLE t IS 'café ☕';\n");
    assertThat(SqlScript.read(marked, "c.sql").text()).isEqualTo(SqlScript.read(plain, "b.sql").text());
  }
}
