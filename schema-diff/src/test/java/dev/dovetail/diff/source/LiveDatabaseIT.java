package dev.dovetail.diff.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.diff.introspect.CatalogReader;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LiveDatabaseIT {

  @Test
  void theSessionRefusesEveryWrite() throws SQLException {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      try (Connection setup = database.connect()) {
        setup.createStatement().execute("CREATE TABLE accounts (id int PRIMARY KEY)");
      }
      LiveDatabase live = new LiveDatabase(database.jdbcUrl(), "postgres", null);
      try (Connection connection = live.connectReadOnly()) {
        assertThat(new CatalogReader().read(connection).tables()).hasSize(1);
        for (String write :
            new String[] {"INSERT INTO accounts VALUES (1)", "CREATE TABLE intruder (id int)", "DROP TABLE accounts"}) {
          assertThatThrownBy(() -> connection.createStatement().execute(write))
              .as(write)
              .isInstanceOf(SQLException.class)
              .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25006")); // read_only_sql_transaction

        }
        // Inside a transaction too, which is how the catalog reader reads.
        connection.setAutoCommit(false);
        assertThatThrownBy(() -> connection.createStatement().execute("UPDATE accounts SET id = 2"))
            .isInstanceOf(SQLException.class)
            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25006"));
        connection.rollback();
      }
      try (Connection check = database.connect()) {
        var rs = check.createStatement().executeQuery("SELECT count(*) FROM accounts");
        rs.next();
        assertThat(rs.getInt(1)).as("nothing was written").isZero();
      }
    }
  }

  @Test
  void aWrongPasswordIsAClearUserError() {
    try (ScratchDatabase database = EmbeddedScratchProvider.shared().withoutSandbox().create()) {
      LiveDatabase live = new LiveDatabase(database.jdbcUrl().replaceFirst("localhost:\\d+", "localhost:1"), "postgres", "secret");
      assertThatThrownBy(live::connectReadOnly)
          .isInstanceOf(MigrationException.class)
          .hasMessageStartingWith("connecting to jdbc:postgresql://localhost:1/")
          .hasMessageNotContaining("secret")
          .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.DATABASE_UNREACHABLE));
    }
  }
}
