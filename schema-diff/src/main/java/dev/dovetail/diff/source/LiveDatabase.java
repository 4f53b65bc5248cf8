package dev.dovetail.diff.source;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;

/**
 * A live database, only ever read. The session is read-only three times over: the driver's
 * {@code readOnlyMode=always}, {@link Connection#setReadOnly(boolean)}, and
 * {@code default_transaction_read_only = on}, so any write is refused by the server itself.
 *
 * @param url the JDBC URL
 * @param username the user, or null
 * @param password the password, or null (never logged)
 */
public record LiveDatabase(String url, String username, String password) {

  public LiveDatabase {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new MigrationException(
          ErrorCode.CONFIGURATION_INVALID, "url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
    }
  }

  /** @return a new read-only session; the caller closes it */
  public Connection connectReadOnly() {
    Properties properties = new Properties();
    if (username != null) {
      properties.setProperty("user", username);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("readOnly", "true");
    properties.setProperty("readOnlyMode", "always");
    properties.setProperty("ApplicationName", "dovetail (read-only)");
    try {
      Connection connection = DriverManager.getConnection(url, properties);
      try (Statement statement = connection.createStatement()) {
        connection.setReadOnly(true);
        statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
        statement.execute("SET default_transaction_read_only = on");
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
      return connection;
    } catch (SQLException e) {
      throw new MigrationException(
          ErrorCode.DATABASE_UNREACHABLE,
          "connecting to " + redacted() + ": " + Redaction.redact(e.getMessage(), password),
          Redaction.cause(e, password));
    }
  }

  /** @return the URL with every password in it masked ({@link Redaction}), for messages */
  public String redacted() {
    return Redaction.redact(url, password);
  }

  @Override
  public String toString() {
    return "LiveDatabase[" + redacted() + "]";
  }
}
