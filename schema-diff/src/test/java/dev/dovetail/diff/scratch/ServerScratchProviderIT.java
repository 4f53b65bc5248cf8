package dev.dovetail.diff.scratch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.MigrationException;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The {@code url} provider, pointed at a database of the embedded server as if it were any server. */
class ServerScratchProviderIT {

  @Test
  void createsAndDropsDatabasesOnAGivenServer() throws Exception {
    try (ScratchDatabase admin = EmbeddedScratchProvider.shared().create()) {
      String adminUrl = admin.jdbcUrl() + (admin.jdbcUrl().contains("?") ? "&" : "?") + "ApplicationName=test";
      ScratchSettings settings = new ScratchSettings("url", adminUrl, "postgres", null, 18, null);
      ScratchDatabaseProvider provider = settings.provider();
      String name;
      try (ScratchDatabase database = provider.create();
          Connection connection = database.connect();
          ResultSet rs = connection.createStatement().executeQuery("SELECT current_database()")) {
        rs.next();
        name = rs.getString(1);
        assertThat(name).isEqualTo(database.name());
        assertThat(database.jdbcUrl()).contains("/" + name + "?").endsWith("ApplicationName=test");
      }
      try (Connection connection = admin.connect();
          ResultSet rs = connection.createStatement().executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
        rs.next();
        assertThat(rs.getInt(1)).as("dropped on close").isZero();
      }
    }
  }

  @Test
  void theUrlProviderNeedsAScratchUrl() {
    assertThatThrownBy(() -> new ScratchSettings("url", null, null, null, 18, null).provider())
        .isInstanceOf(MigrationException.class)
        .hasMessageContaining("scratch=url needs scratchUrl");
    assertThatThrownBy(() -> new ScratchSettings("cloud", null, null, null, 18, null).provider())
        .hasMessageContaining("unknown scratch provider 'cloud'; choose embedded, docker or url");
    assertThatThrownBy(() -> new ScratchSettings("embedded", null, null, null, 12, null))
        .hasMessageContaining("postgresVersion 12 is not supported; choose 14 to 18");
  }
}
