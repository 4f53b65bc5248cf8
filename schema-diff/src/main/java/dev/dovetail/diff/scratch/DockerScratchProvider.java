package dev.dovetail.diff.scratch;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Scratch databases in a Testcontainers PostgreSQL container, for exact parity with production or for
 * extensions the embedded binaries lack. One container per image is started per JVM and shared.
 */
public final class DockerScratchProvider implements ScratchDatabaseProvider {

  /** The image used when none is configured. */
  public static final String DEFAULT_IMAGE = "postgres:18";

  private static final Map<String, ServerScratchProvider> CONTAINERS = new ConcurrentHashMap<>();

  private final ServerScratchProvider server;

  private DockerScratchProvider(ServerScratchProvider server) {
    this.server = server;
  }

  /** @return whether a Docker engine answers, which this provider needs */
  public static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * @param image a PostgreSQL image such as {@code postgres:16} or {@code postgis/postgis:16-3.4}
   * @return a provider on the shared container for that image
   */
  public static DockerScratchProvider shared(String image) {
    if (!dockerAvailable()) {
      throw new MigrationException(
          ErrorCode.CONFIGURATION_INVALID,
          "the docker scratch provider needs a running Docker engine and none was found; use scratch=embedded (the default) or scratch=url");
    }
    return new DockerScratchProvider(CONTAINERS.computeIfAbsent(image, DockerScratchProvider::start));
  }

  @SuppressWarnings("resource") // stopped by Testcontainers' Ryuk when the JVM exits
  private static ServerScratchProvider start(String image) {
    PostgreSQLContainer<?> container =
        new PostgreSQLContainer<>(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"))
            .withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
    container.start();
    return ServerScratchProvider.ownServer(
        container.getJdbcUrl(), container.getUsername(), container.getPassword(), "PostgreSQL in Docker (" + image + ")");
  }

  /** @return a provider on the same container whose connections are not sandboxed ({@link ServerScratchProvider#withoutSandbox()}) */
  public DockerScratchProvider withoutSandbox() {
    return new DockerScratchProvider(server.withoutSandbox());
  }

  @Override
  public ScratchDatabase create() {
    return server.create();
  }

  @Override
  public String description() {
    return server.description();
  }
}
