package dev.dovetail.diff.scratch;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.diff.source.Redaction;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Which scratch provider to use and how (docs/user-guide.md describes the choices).
 *
 * @param kind {@code embedded} (default), {@code docker} or {@code url}
 * @param scratchUrl for {@code url}: a JDBC URL of a database on a server where databases may be created
 * @param username for {@code url}: the user (needs CREATEDB)
 * @param password for {@code url}: the password
 * @param postgresVersion the PostgreSQL major version, 14–18 (embedded binaries or Docker image tag)
 * @param binariesJar for {@code embedded} with a version other than 18: the zonky binaries jar to start from
 * @param sandbox whether declared SQL and migrations run as each scratch database's unprivileged sandbox role (the
 *     default); false runs them as the provider's user, for migrations that must create roles
 * @param onLiveServer for {@code url}: whether the scratch server may be the live database's own server, which is
 *     refused by default ({@link #requireApart})
 */
public record ScratchSettings(
    String kind, String scratchUrl, String username, String password, int postgresVersion, Path binariesJar,
    boolean sandbox, boolean onLiveServer) {

  /** Settings with the sandbox on. */
  public ScratchSettings(String kind, String scratchUrl, String username, String password, int postgresVersion, Path binariesJar) {
    this(kind, scratchUrl, username, password, postgresVersion, binariesJar, true, false);
  }

  /** Settings that refuse a scratch server that is the live database's. */
  public ScratchSettings(
      String kind, String scratchUrl, String username, String password, int postgresVersion, Path binariesJar, boolean sandbox) {
    this(kind, scratchUrl, username, password, postgresVersion, binariesJar, sandbox, false);
  }

  /**
   * Refuses a {@code url} scratch server that is the live database's own server, unless {@link #onLiveServer} allows it:
   * scratch databases come and go there, the sandbox's roles and the roles the declared schema names are created
   * there, and a proof's load (a big rebuild, say) competes with production. The servers are told apart by what each
   * says of itself (its start time and port), not by the URLs, which can name one server in many ways.
   *
   * @param provider the started provider of these settings
   * @param live a session on the live database
   * @throws MigrationException with {@link ErrorCode#CONFIGURATION_INVALID} when they are one server
   */
  public void requireApart(ScratchDatabaseProvider provider, java.sql.Connection live) {
    if (onLiveServer || !(provider instanceof ServerScratchProvider server) || server.ownsItsServer()) {
      return;
    }
    if (server.sameServerAs(live)) {
      throw new MigrationException(ErrorCode.CONFIGURATION_INVALID, "scratchUrl " + Redaction.redact(scratchUrl.replaceAll("\\?.*", ""), password)
          + " is on the live database's own server: Dovetail creates and drops databases and roles on a scratch server and"
          + " loads it with proofs. Point scratchUrl at another server (or use scratch=embedded, the default); if this server"
          + " is not production and you accept that, set scratchOnLiveServer=true (-Dmigrations.scratchOnLiveServer=true)");
    }
  }

  public static final int MIN_VERSION = 14;
  public static final int MAX_VERSION = 18;

  public ScratchSettings {
    kind = kind == null ? "embedded" : kind.toLowerCase(Locale.ROOT);
    if (postgresVersion < MIN_VERSION || postgresVersion > MAX_VERSION) {
      throw new MigrationException(
          ErrorCode.CONFIGURATION_INVALID,
          "postgresVersion " + postgresVersion + " is not supported; choose " + MIN_VERSION + " to " + MAX_VERSION);
    }
  }

  /** @return the embedded default: PostgreSQL 18 */
  public static ScratchSettings embedded() {
    return new ScratchSettings("embedded", null, null, null, EmbeddedScratchProvider.DEFAULT_MAJOR, null);
  }

  /** @return the provider these settings describe, starting its server if needed */
  public ScratchDatabaseProvider provider() {
    ScratchDatabaseProvider provider = sandboxedProvider();
    if (sandbox) {
      return provider;
    }
    if (provider instanceof EmbeddedScratchProvider embedded) {
      return embedded.withoutSandbox();
    }
    if (provider instanceof ServerScratchProvider server) {
      return server.withoutSandbox();
    }
    return ((DockerScratchProvider) provider).withoutSandbox();
  }

  private ScratchDatabaseProvider sandboxedProvider() {
    switch (kind) {
      case "embedded":
        if (postgresVersion == EmbeddedScratchProvider.DEFAULT_MAJOR && binariesJar == null) {
          return EmbeddedScratchProvider.shared();
        }
        if (binariesJar == null) {
          throw new MigrationException(
              ErrorCode.CONFIGURATION_INVALID,
              "embedded PostgreSQL " + postgresVersion + " needs its binaries jar (the Maven plugin resolves it)");
        }
        return EmbeddedScratchProvider.shared(binariesJar);
      case "docker":
        return DockerScratchProvider.shared("postgres:" + postgresVersion);
      case "url":
        if (scratchUrl == null || scratchUrl.isBlank()) {
          throw new MigrationException(
              ErrorCode.CONFIGURATION_INVALID, "scratch=url needs scratchUrl, a JDBC URL of a server where Dovetail may create databases");
        }
        return new ServerScratchProvider(
            scratchUrl, username, password, "scratch server " + Redaction.redact(scratchUrl.replaceAll("\\?.*", ""), password));
      default:
        throw new MigrationException(
            ErrorCode.CONFIGURATION_INVALID, "unknown scratch provider '" + kind + "'; choose embedded, docker or url");
    }
  }

  /** Never shows the password: the record's own {@code toString} would, wherever options are printed. */
  @Override
  public String toString() {
    return "ScratchSettings[" + kind + ", " + Redaction.redact(scratchUrl, password) + ", " + username + ", "
        + (password == null ? "no password" : Redaction.MASK) + ", PostgreSQL " + postgresVersion
        + (binariesJar == null ? "" : ", " + binariesJar.getFileName()) + (sandbox ? "" : ", no sandbox") + (onLiveServer ? ", on the live server" : "") + "]";
  }
}
