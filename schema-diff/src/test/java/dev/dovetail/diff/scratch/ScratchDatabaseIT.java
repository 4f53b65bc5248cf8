package dev.dovetail.diff.scratch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchDatabaseIT {

  private final EmbeddedScratchProvider provider = EmbeddedScratchProvider.shared();

  @Test
  void embeddedDefaultIsPostgres18() {
    assertThat(provider.majorVersion()).isEqualTo(18);
    assertThat(provider.description()).startsWith("embedded PostgreSQL 18");
  }

  @Test
  void everyUseGetsAFreshDatabaseThatIsDroppedEvenWhenTheUseFails() throws SQLException {
    List<String> names = new ArrayList<>();
    assertThatThrownBy(() -> {
          try (ScratchDatabase database = provider.create();
              Connection connection = database.connect()) {
            names.add(database.name());
            connection.createStatement().execute("CREATE TABLE t (id int)");
            connection.createStatement().execute("this is not sql");
          }
        })
        .isInstanceOf(SQLException.class);
    try (ScratchDatabase other = provider.create();
        Connection connection = other.connect()) {
      names.add(other.name());
      assertThat(tables(connection)).as("a fresh database is empty").isZero();
      assertThat(databaseExists(connection, names.get(0))).as("the failed use's database is gone").isFalse();
    }
    assertThat(names.get(0)).isNotEqualTo(names.get(1)).startsWith("dovetail_");
  }

  private static int tables(Connection connection) throws SQLException {
    try (ResultSet rs = connection.createStatement().executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static boolean databaseExists(Connection connection, String name) throws SQLException {
    try (var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      statement.setString(1, name);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next();
      }
    }
  }
}
