package dev.dovetail.diff.scratch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class DockerScratchProviderIT {

  @Test
  void createsDatabasesInAContainer() throws Exception {
    assumeTrue(
        DockerScratchProvider.dockerAvailable(),
        "skipped: no Docker engine answers on this machine; the docker provider needs one (the embedded default does not)");
    try (ScratchDatabase database = DockerScratchProvider.shared("postgres:16").create();
        Connection connection = database.connect();
        ResultSet rs = connection.createStatement().executeQuery("SHOW server_version_num")) {
      rs.next();
      assertThat(rs.getInt(1) / 10000).isEqualTo(16);
    }
  }
}
