package dev.dovetail.diff.scratch;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.diff.source.Redaction;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Scratch databases on a PostgreSQL server the tool may create and drop databases on: the {@code url}
 * provider, and the engine behind the embedded and Docker providers once their server runs.
 */
public final class ServerScratchProvider implements ScratchDatabaseProvider {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String adminUrl;
  private final Properties credentials;
  private final String description;

  /**
   * @param adminUrl a JDBC URL of a database on the server to connect to while creating and dropping
   *     (usually {@code postgres})
   * @param username the user, who needs {@code CREATEDB}
   * @param password the password, or null
   * @param description what to call this server in the log
   */
  public ServerScratchProvider(String adminUrl, String username, String password, String description) {
    this.adminUrl = adminUrl;
    this.credentials = new Properties();
    if (username != null) {
      credentials.setProperty("user", username);
    }
    if (password != null) {
      credentials.setProperty("password", password);
    }
    this.description = description;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public ScratchDatabase create() {
    String name = "dovetail_" + HexFormat.of().formatHex(randomBytes());
    execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'", "creating scratch database " + name);
    return new ScratchDatabase(name, databaseUrl(name), credentials, () -> drop(name));
  }

  private void drop(String name) {
    // WITH (FORCE) ends sessions a failed step may have left open (PostgreSQL 13+).
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "dropping scratch database " + name);
  }

  private void execute(String sql, String what) {
    try (Connection connection = DriverManager.getConnection(adminUrl, credentials);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      String password = credentials.getProperty("password");
      throw new MigrationException(ErrorCode.SCRATCH_FAILED,
          what + " on " + description + ": " + Redaction.redact(e.getMessage(), password), Redaction.cause(e, password));
    }
  }

  /** @return the admin URL with its database replaced by {@code database}, query parameters kept */
  String databaseUrl(String database) {
    int query = adminUrl.indexOf('?');
    String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
    String params = query < 0 ? "" : adminUrl.substring(query);
    int slash = base.lastIndexOf('/');
    if (slash < "jdbc:postgresql://".length()) {
      throw new MigrationException(
          ErrorCode.CONFIGURATION_INVALID, "scratch URL must name a database, like jdbc:postgresql://host:5432/postgres");
    }
    return base.substring(0, slash + 1) + database + params;
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
