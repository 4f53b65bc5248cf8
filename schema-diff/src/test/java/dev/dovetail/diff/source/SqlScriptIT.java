package dev.dovetail.diff.source;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

class SqlScriptIT {

  @Test
  void reportsFileLineAndColumnCountingCharactersNotBytes() throws Exception {
    String text =
        "-- a comment; with a semicolon\n"
            + "CREATE TABLE \"café\" (id int); /* ; */\n"
            + "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"
            + "CREATE TABLE \"数据\" (\n"
            + "  id int,\n"
            + "  x  intt\n"
            + ");\n";
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
        Connection connection = database.connect(SqlScript.driverOptions())) {
      assertThatThrownBy(() -> new SqlScript("schema/b.sql", text).execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID))
          .isInstanceOf(MigrationException.class)
          .hasMessage("schema/b.sql:6:6: type \"intt\" does not exist");
    }
  }
}
