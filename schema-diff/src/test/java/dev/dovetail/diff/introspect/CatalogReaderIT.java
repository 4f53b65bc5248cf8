package dev.dovetail.diff.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class CatalogReaderIT {

  @Test
  void runsTheSameNumberOfQueriesWhateverTheNumberOfTables() throws SQLException {
    assertThat(queriesFor(1)).isEqualTo(queriesFor(60));
  }

  @Test
  void leavesTheConnectionAsItFoundIt() throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
        Connection connection = database.connect()) {
      new CatalogReader().read(connection);
      assertThat(connection.getAutoCommit()).isTrue();
      var rs = connection.createStatement().executeQuery("SHOW search_path");
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("\"$user\", public");
    }
  }

  @Test
  void aFreshDatabaseHoldsNothingUnmanaged() throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
        Connection connection = database.connect()) {
      assertThat(new CatalogReader().unmanaged(connection)).isEmpty();
    }
  }

  private static int queriesFor(int tables) throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
        Connection connection = database.connect()) {
      for (int i = 0; i < tables; i++) {
        connection.createStatement().execute(
            "CREATE TABLE t" + i + " (id int PRIMARY KEY, ref int REFERENCES t0 (id), note text CHECK (note <> ''));"
                + "CREATE INDEX t" + i + "_note ON t" + i + " (note)");
      }
      CatalogReader reader = new CatalogReader();
      DatabaseSchema schema = reader.read(connection);
      assertThat(schema.tables()).hasSize(tables);
      assertThat(schema.tables()).allSatisfy(t -> assertThat(t.constraints()).hasSize(3));
      return reader.queriesRun();
    }
  }
}
