package dev.dovetail.diff.scratch;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The sandbox's sessions of one recycled scratch database that their users have closed, handed out again by
 * {@link ScratchDatabase#connect}, to the next user of the database too: a new session's first catalog read costs
 * several times what a later one does (PostgreSQL fills the session's catalog caches, and the catalog queries are
 * prepared from a session's second read on).
 *
 * <p>A session is kept only when it can be given back as a new one would be: its transaction is rolled back, and
 * {@code SET SESSION AUTHORIZATION DEFAULT}, {@code RESET ROLE}, {@code RESET ALL}, {@code CLOSE ALL}, {@code UNLISTEN *}, the release of
 * advisory locks, {@code DISCARD TEMP} and {@code DISCARD SEQUENCES} run (what {@code DISCARD ALL} does but for
 * prepared statements, so that Dovetail's own catalog statements stay); then it must have no prepared statement of
 * the SQL's own, no setting from anywhere but the server, the client's startup and the defaults, and the sandbox as its
 * user. Anything else, or any error, and the session is closed. The superuser that empties the database spares these
 * sessions and no other ({@link ScratchRecycling}).
 */
final class SandboxSessions {

  /** At most this many closed sessions wait per database; more are closed. */
  private static final int IDLE_MAX = 2;

  private record Idle(Connection connection, Properties options, int pid) {}

  private final Deque<Idle> idle = new ConcurrentLinkedDeque<>();

  /** @return a kept session opened with the same driver options, handed out as a new connection, or null */
  Connection take(Properties options) {
    for (Idle session : idle) {
      if (session.options().equals(options) && idle.remove(session)) {
        if (alive(session.connection())) {
          return lent(session.connection(), options);
        }
        closeQuietly(session.connection());
      }
    }
    return null;
  }

  /** @return {@code physical}, whose {@code close()} gives it back here instead of closing it */
  Connection lent(Connection physical, Properties options) {
    return (Connection) Proxy.newProxyInstance(
        SandboxSessions.class.getClassLoader(), new Class<?>[] {Connection.class}, new Lent(physical, options));
  }

  /** @return the backend process ids of the sessions waiting here, which emptying the database leaves alone */
  List<Integer> pids() {
    return idle.stream().map(Idle::pid).toList();
  }

  /** Closes every session waiting here. */
  void closeAll() {
    for (Idle session; (session = idle.pollFirst()) != null; ) {
      closeQuietly(session.connection());
    }
  }

  private void giveBack(Connection physical, Properties options) {
    try {
      if (physical.isClosed() || idle.size() >= IDLE_MAX) {
        closeQuietly(physical);
        return;
      }
      if (!physical.getAutoCommit()) {
        physical.rollback();
        physical.setAutoCommit(true);
      }
      int pid;
      try (Statement sql = physical.createStatement()) {
        // a transaction the SQL began itself (BEGIN in a script), which the driver does not count as one
        sql.execute("ROLLBACK");
        physical.setReadOnly(false);
        sql.execute("SET SESSION AUTHORIZATION DEFAULT");
        sql.execute("RESET ROLE");
        sql.execute("RESET ALL");
        sql.execute("CLOSE ALL");
        sql.execute("UNLISTEN *");
        sql.execute("SELECT pg_catalog.pg_advisory_unlock_all()");
        sql.execute("DISCARD TEMP");
        sql.execute("DISCARD SEQUENCES");
        try (ResultSet rs = sql.executeQuery(REUSABLE)) {
          rs.next();
          if (!rs.getBoolean(1)) {
            closeQuietly(physical);
            return;
          }
          pid = rs.getInt(2);
        }
      }
      idle.addLast(new Idle(physical, options, pid));
    } catch (SQLException | RuntimeException e) {
      closeQuietly(physical);
    }
  }

  /** Whether a reset session is as a new one, and its backend's process id. */
  private static final String REUSABLE = "SELECT current_user = session_user"
      + " AND current_user = pg_catalog.current_database()"
      + " AND NOT EXISTS (SELECT FROM pg_catalog.pg_prepared_statements WHERE from_sql AND name !~ '^dovetail_catalog_')"
      + " AND NOT EXISTS (SELECT FROM pg_catalog.pg_settings"
      + " WHERE source NOT IN ('default', 'override', 'configuration file', 'environment variable', 'command line', 'client')),"
      + " pg_catalog.pg_backend_pid()";

  /** @return whether the session still answers (one given back while its database was emptied has been ended) */
  private static boolean alive(Connection connection) {
    try {
      return connection.isValid(5);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // the server ends the session either way
    }
  }

  /** A session as its user sees it: a connection of its own, given back here when closed. */
  private final class Lent implements InvocationHandler {

    private final Connection physical;
    private final Properties options;
    private boolean closed;

    Lent(Connection physical, Properties options) {
      this.physical = physical;
      this.options = options;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "close":
          synchronized (this) {
            if (closed) {
              return null;
            }
            closed = true;
          }
          giveBack(physical, options);
          return null;
        case "isClosed":
          return closed || physical.isClosed();
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        case "toString":
          return "scratch session " + physical;
        default:
          break;
      }
      if (closed && !method.getName().equals("unwrap") && !method.getName().equals("isWrapperFor")) {
        throw new SQLException("This connection has been closed.", "08003");
      }
      try {
        return method.invoke(physical, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
