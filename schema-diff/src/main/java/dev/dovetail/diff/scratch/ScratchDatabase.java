package dev.dovetail.diff.scratch;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.diff.source.Redaction;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A fresh, empty database on a scratch server, dropped again by {@link #close()}. Created by a
 * {@link ScratchDatabaseProvider}; never a live database.
 *
 * <p>Its connections log in as its <em>sandbox</em>: a role of the database's name that owns the database and has no
 * attribute beyond {@code LOGIN}. Declared SQL and migrations are untrusted input; PostgreSQL itself refuses them
 * what would reach outside this database (other databases, roles, server files and programs, untrusted languages and
 * extensions such as {@code dblink}). The roles the SQL names are made by the provider's user ({@link #ensureRoles}).
 */
public final class ScratchDatabase implements AutoCloseable {

  /** The open scratch databases by name, so that a connection can be traced back to its database. */
  private static final Map<String, ScratchDatabase> OPEN = new ConcurrentHashMap<>();

  private final String name;
  private final String jdbcUrl;
  private final Properties credentials;
  private final Consumer<Collection<String>> roleMaker;
  private final AdminConnector admin;
  private final Runnable dropper;
  private final SandboxSessions sessions;
  private boolean closed;
  /** The roles {@link #ensureRoles} made or found already, which need no second look. */
  private final java.util.Set<String> ensured = ConcurrentHashMap.newKeySet();

  /** Connects to the database as the provider's user; null for a database without a sandbox. */
  @FunctionalInterface
  interface AdminConnector {
    Connection connect() throws SQLException;
  }

  ScratchDatabase(String name, String jdbcUrl, Properties credentials, Consumer<Collection<String>> roleMaker,
      AdminConnector admin, Runnable dropper) {
    this(name, jdbcUrl, credentials, roleMaker, admin, dropper, null);
  }

  /** @param sessions where closed connections wait for the next {@link #connect}, or null to close them */
  ScratchDatabase(String name, String jdbcUrl, Properties credentials, Consumer<Collection<String>> roleMaker,
      AdminConnector admin, Runnable dropper, SandboxSessions sessions) {
    this.sessions = sessions;
    this.admin = admin;
    this.name = Objects.requireNonNull(name, "name");
    this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    this.credentials = credentials;
    this.roleMaker = roleMaker;
    this.dropper = dropper;
    OPEN.put(name, this);
  }

  /**
   * @param connection a connection {@link #connect()} opened
   * @return the open scratch database the connection is to, or empty for any other connection
   */
  public static Optional<ScratchDatabase> servingConnection(Connection connection) {
    try {
      return Optional.ofNullable(OPEN.get(connection.getCatalog()));
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  /**
   * Creates each role that does not exist on the server ({@code NOLOGIN}, nothing more) and lets the sandbox act as
   * every named role Dovetail made, so that {@code OWNER TO} such a role works; roles it did not make keep their rights
   * to themselves. A role is looked at once per database: the sandbox cannot drop roles.
   */
  public void ensureRoles(Collection<String> roles) {
    java.util.List<String> unseen = roles.stream().filter(r -> !ensured.contains(r)).distinct().toList();
    if (!unseen.isEmpty()) {
      roleMaker.accept(unseen);
      ensured.addAll(unseen);
    }
  }

  /** @return whether connections log in as the database's sandbox role */
  public boolean sandboxed() {
    return admin != null;
  }

  /**
   * Opens a session in which the provider's user gives objects of this database to roles, for a sandbox: PostgreSQL
   * lets a role that is not a superuser give an object to another role only where that role may create objects in the
   * object's schema, which the roles Dovetail makes may not. It gives objects only to the sandbox and to the roles
   * Dovetail made ({@link #ensureRoles}), which have no rights outside scratch databases.
   *
   * @param searchPath the sandbox session's {@code search_path}, so that unqualified names mean what they meant there
   */
  public OwnerChanges ownerChanges(String searchPath) throws SQLException {
    if (admin == null) {
      throw new IllegalStateException("scratch database " + name + " has no sandbox");
    }
    Connection connection = admin.connect();
    try (var set = connection.prepareStatement("SELECT pg_catalog.set_config('search_path', ?, false)")) {
      set.setString(1, searchPath);
      set.execute();
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return new OwnerChanges(connection);
  }

  /** A session of {@link #ownerChanges}; closing it ends the session. */
  public final class OwnerChanges implements AutoCloseable {
    private final Connection connection;

    private OwnerChanges(Connection connection) {
      this.connection = connection;
    }

    /**
     * @throws IllegalArgumentException when the new owner is a role Dovetail did not make (its message says so)
     * @throws SQLException when PostgreSQL refuses the change
     */
    public void change(OwnerChange change) throws SQLException {
      String owner = change.role() == null ? name : change.role();
      if (!owner.equals(name) && ScratchRoles.superuser(connection, owner)) {
        // Never a superuser's: code the sandbox wrote would run with its rights (an index expression, say). The
        // sandbox keeps the object, and the catalog reader states no owner for either (introspect/owners.sql).
        owner = name;
      } else if (!owner.equals(name) && !ScratchRoles.powerless(connection, owner)) {
        throw new IllegalArgumentException("OWNER TO " + owner + ": the declared schema and the migrations run on the scratch"
            + " database as an unprivileged sandbox role, which may give objects only to roles without power over the"
            + " server, and " + owner + " has some (CREATEROLE, CREATEDB, replication, BYPASSRLS or a predefined role such as"
            + " pg_read_server_files); leave the OWNER TO out (objects without one keep the owner they have), or run with"
            + " sandbox=false on a scratch server that nothing else uses");
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute(change.to(owner));
      }
    }

    /**
     * Gives the type {@code to} the owner the type {@code from} has, as a generated migration's {@code DO} block does
     * ({@code dev.dovetail.diff.sql.RecipeSql#copyTypeOwner}), under the same rules as {@link #change}. The names reach
     * the server only as values of {@code regtype}.
     */
    public void copyTypeOwner(String from, String to) throws SQLException {
      String owner;
      String type;
      try (var query = connection.prepareStatement(
          "SELECT pg_catalog.pg_get_userbyid(f.typowner), ?::pg_catalog.regtype::text FROM pg_catalog.pg_type f"
              + " WHERE f.oid = ?::pg_catalog.regtype")) {
        query.setString(1, to);
        query.setString(2, from);
        try (var rs = query.executeQuery()) {
          rs.next();
          owner = rs.getString(1);
          type = rs.getString(2);
        }
      }
      change(new OwnerChange("ALTER TYPE " + type.replace("%", "%%") + " OWNER TO %s", owner.equals(name) ? null : owner));
    }

    @Override
    public void close() throws SQLException {
      connection.close();
    }
  }

  /** @return the database name (random, prefixed {@code dovetail_}) */
  public String name() {
    return name;
  }

  /** @return the JDBC URL of this database */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /**
   * @return what every fresh database of this one's server, read as this one is read (by its sandbox, or by the
   *     provider's user), has alike: the server's address, and whether connections log in as the sandbox
   */
  public String freshStateKey() {
    int query = jdbcUrl.indexOf('?');
    String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    return base.substring(0, base.lastIndexOf('/') + 1) + " " + name.equals(credentials.getProperty("user"));
  }

  /** @return a new connection to this database; the caller closes it */
  public Connection connect() {
    return connect(new Properties());
  }

  /**
   * @param driverOptions extra PostgreSQL JDBC properties, such as {@code preferQueryMode=simple} for running
   *     whole SQL files
   * @return a new connection to this database, or on a recycled one a session a closed connection left, reset to be as
   *     a new one ({@link SandboxSessions}); the caller closes it
   */
  public Connection connect(Properties driverOptions) {
    Properties options = new Properties();
    options.putAll(driverOptions);
    if (sessions != null) {
      Connection kept = sessions.take(options);
      if (kept != null) {
        return kept;
      }
    }
    Properties properties = new Properties();
    properties.putAll(credentials);
    properties.putAll(driverOptions);
    try {
      Connection connection = DriverManager.getConnection(jdbcUrl, properties);
      return sessions == null ? connection : sessions.lent(connection, options);
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
      OPEN.remove(name);
      dropper.run();
    }
  }
}
