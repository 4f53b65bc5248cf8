package dev.dovetail.diff.scratch;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.diff.source.Redaction;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/**
 * A fresh, empty database on a scratch server, dropped again by {@link #close()}. Created by a
 * {@link ScratchDatabaseProvider}; never a live database.
 */
public final class ScratchDatabase implements AutoCloseable {

  private final String name;
  private final String jdbcUrl;
  private final Properties credentials;
  private final Runnable dropper;
  private boolean closed;

  ScratchDatabase(String name, String jdbcUrl, Properties credentials, Runnable dropper) {
    this.name = Objects.requireNonNull(name, "name");
    this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    this.credentials = credentials;
    this.dropper = dropper;
  }

  /** @return the database name (random, prefixed {@code dovetail_}) */
  public String name() {
    return name;
  }

  /** @return the JDBC URL of this database */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** @return a new connection to this database; the caller closes it */
  public Connection connect() {
    return connect(new Properties());
  }

  /**
   * @param driverOptions extra PostgreSQL JDBC properties, such as {@code preferQueryMode=simple} for running
   *     whole SQL files
   * @return a new connection to this database; the caller closes it
   */
  public Connection connect(Properties driverOptions) {
    Properties properties = new Properties();
    properties.putAll(credentials);
    properties.putAll(driverOptions);
    try {
      return DriverManager.getConnection(jdbcUrl, properties);
    } catch (SQLException e) {
      throw new MigrationException(
          ErrorCode.SCRATCH_FAILED,
          "connecting to scratch database " + name + ": " + Redaction.redact(e.getMessage(), properties.getProperty("password")),
          Redaction.cause(e, properties.getProperty("password")));
    }
  }

  /** Drops the database; safe to call twice. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      dropper.run();
    }
  }
}
