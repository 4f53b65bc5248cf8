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
import java.util.List;
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
  private final boolean sandboxed;
  private final boolean ownServer;

  /**
   * @param adminUrl a JDBC URL of a database on the server to connect to while creating and dropping
   *     (usually {@code postgres})
   * @param username the user, who needs {@code CREATEDB}
   * @param password the password, or null
   * @param description what to call this server in the log
   */
  public ServerScratchProvider(String adminUrl, String username, String password, String description) {
    this(adminUrl, username, password, description, true, false);
  }

  /**
   * A provider on a server this JVM started for its scratch databases alone (embedded, Docker), which goes away with
   * the run: no other run shares it, so its databases need no keeper sessions and it has no orphans to sweep. (Creating
   * databases {@code STRATEGY FILE_COPY} was measured too: faster alone, slower with other work running, because of the
   * checkpoints it takes.)
   */
  static ServerScratchProvider ownServer(String adminUrl, String username, String password, String description) {
    return new ServerScratchProvider(adminUrl, username, password, description, true, true);
  }

  private ServerScratchProvider(
      String adminUrl, String username, String password, String description, boolean sandboxed, boolean ownServer) {
    this.sandboxed = sandboxed;
    this.ownServer = ownServer;
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

  /**
   * @return a provider on the same server whose databases' connections log in as this provider's user, as before
   *     sandboxes: for SQL that must create roles (see the user guide), and for tests that stand in for a live database
   */
  public ServerScratchProvider withoutSandbox() {
    return new ServerScratchProvider(adminUrl, credentials.getProperty("user"), credentials.getProperty("password"),
        description, false, ownServer);
  }

  /** @return whether the server was started by this run for its scratch databases alone (embedded, Docker) */
  boolean ownsItsServer() {
    return ownServer;
  }

  /**
   * @param other a session on some server
   * @return whether that session is on this provider's server: the same postmaster start time and port, which two
   *     servers do not share
   */
  boolean sameServerAs(Connection other) {
    Connection session = session("compare the scratch server with the live one");
    try {
      return identity(session).equals(identity(other));
    } catch (SQLException e) {
      throw failure("comparing the scratch server with the live one", e);
    } finally {
      giveBack(session);
    }
  }

  private static String identity(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        java.sql.ResultSet rs = statement.executeQuery(
            "SELECT pg_catalog.pg_postmaster_start_time()::text || ' ' || pg_catalog.current_setting('port')")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** @return whether connections to this provider's databases log in as each database's sandbox role */
  public boolean sandboxed() {
    return sandboxed;
  }

  /**
   * Creates the database and its sandbox: a role of the same name that owns the database and nothing else, with
   * no attribute beyond {@code LOGIN} (no superuser, {@code CREATEDB}, {@code CREATEROLE}, replication or
   * {@code BYPASSRLS}) and a random password. Every connection {@link ScratchDatabase#connect()} opens logs in as
   * that role, so PostgreSQL itself keeps the declared SQL and the migrations it runs inside this database.
   */
  @Override
  public ScratchDatabase create() {
    if (!ownServer) {
      removeOrphansOnce();
    }
    if (recycles()) {
      Recycled emptied = recycled.pollFirst();
      if (emptied != null) {
        return sandboxDatabase(emptied.name(), emptied.password(), null);
      }
    }
    String name = "dovetail_" + HexFormat.of().formatHex(randomBytes(8));
    // On a shared server, the session that creates the database keeps its advisory lock until it is dropped.
    Connection keeper = ownServer ? null : keep(name);
    // On a shared server, listed for the shutdown hook from before its role and database exist, and created holding
    // the monitor the hook drops it under: a run stopped while it creates them leaves neither.
    Runnable dropper = () -> drop(name, null);
    if (keeper != null) {
      synchronized (OPEN) {
        if (stopping) {
          closeQuietly(keeper);
          throw new MigrationException(ErrorCode.SCRATCH_FAILED, "the run is stopping: no new scratch database on " + description);
        }
        OPEN.put(name, dropper);
      }
    }
    try {
      synchronized (dropper) {
        return sandboxed ? createSandboxed(name, keeper) : createPlain(name, keeper);
      }
    } catch (RuntimeException e) {
      if (keeper != null) {
        OPEN.remove(name);
        closeQuietly(keeper);
      }
      throw e;
    }
  }

  private ScratchDatabase createPlain(String name, Connection keeper) {
    Connection admin = keeper != null ? keeper : session("create scratch database " + name);
    try {
      execute(admin, "CREATE DATABASE " + name + CREATION, "creating scratch database " + name);
      mark(admin, name);
    } finally {
      if (keeper == null) {
        giveBack(admin);
      }
    }
    return new ScratchDatabase(name, databaseUrl(name), credentials, roles -> ensureRoles(null, roles), null,
        closer(name, keeper));
  }

  private ScratchDatabase createSandboxed(String name, Connection keeper) {
    String sandboxPassword = HexFormat.of().formatHex(randomBytes(16));
    int major;
    Connection admin = keeper != null ? keeper : session("create scratch database " + name);
    try {
      major = admin.getMetaData().getDatabaseMajorVersion();
      execute(admin, "CREATE ROLE " + name + " LOGIN PASSWORD '" + sandboxPassword + "'"
          + " NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS", "creating the sandbox role of scratch database " + name);
      try {
        if (!ownServer) {
          execute(admin, "COMMENT ON ROLE " + name + " IS '" + ScratchRoles.SANDBOX_MARK + "'", "marking sandbox role " + name);
        }
        if (!ScratchRoles.superuser(admin, admin.getMetaData().getUserName())) {
          // PostgreSQL 16 gives the creator of a role ADMIN only; CREATE DATABASE … OWNER needs to be able to SET it.
          execute(admin, "GRANT " + name + " TO CURRENT_USER", "taking sandbox role " + name);
        }
        execute(admin, "CREATE DATABASE " + name + " OWNER " + name + CREATION, "creating scratch database " + name);
        mark(admin, name);
      } catch (MigrationException e) {
        dropQuietly(name, keeper);
        throw e;
      }
    } catch (SQLException e) {
      throw failure("reading the server version to create scratch database " + name, e);
    } finally {
      if (keeper == null) {
        giveBack(admin);
      }
    }
    ScratchDatabase database = sandboxDatabase(name, sandboxPassword, keeper);
    if (major < 15) {
      // PostgreSQL 15 gives a new database's public schema to pg_database_owner; 14 to the bootstrap superuser, which
      // the sandbox is not. Give it the owner 15 gives, so that the sandbox may comment on it and grant on it.
      try (Connection owner = DriverManager.getConnection(databaseUrl(name), credentials)) {
        execute(owner, "ALTER SCHEMA public OWNER TO pg_database_owner", "preparing scratch database " + name);
      } catch (SQLException e) {
        database.close();
        throw failure("preparing scratch database " + name, e);
      }
    }
    if (recycles() && freshState == null) {
      try (Connection owner = DriverManager.getConnection(databaseUrl(name), credentials)) {
        freshState = ScratchRecycling.state(owner);
      } catch (SQLException e) {
        database.close();
        throw failure("reading the state of new scratch database " + name, e);
      }
    }
    return database;
  }

  private ScratchDatabase sandboxDatabase(String name, String password, Connection keeper) {
    Properties sandbox = new Properties();
    sandbox.setProperty("user", name);
    sandbox.setProperty("password", password);
    return new ScratchDatabase(name, withoutCredentials(databaseUrl(name)), sandbox, roles -> ensureRoles(name, roles),
        () -> DriverManager.getConnection(databaseUrl(name), credentials), closer(name, keeper),
        recycles() ? sessions.computeIfAbsent(name, n -> new SandboxSessions()) : null);
  }

  /** A closed scratch database emptied for the next {@link #create()}, with its sandbox's new password. */
  private record Recycled(String name, String password) {}

  /** At most this many emptied databases wait for {@link #create()}; more are dropped. */
  private static final int RECYCLED_MAX = 8;

  private final java.util.Deque<Recycled> recycled = new java.util.concurrent.ConcurrentLinkedDeque<>();

  /** What a database fresh from {@code template0} looks like ({@link ScratchRecycling#state}), read from the first one. */
  private volatile List<String> freshState;

  /**
   * @return whether closed databases are emptied for the next {@link #create()} instead of dropped: on a server of the
   *     run's own (no one else's databases, no sweep of orphans, gone with the run), for sandboxed databases
   */
  private boolean recycles() {
    return ownServer && sandboxed;
  }

  /**
   * The superuser session that emptied each recycled database, kept open on it for the next time it is emptied: a
   * session's first queries cost several times what later ones do (PostgreSQL fills its catalog caches and plans them),
   * and its queries are prepared once ({@link ScratchRecycling}). The sandbox cannot end a superuser's session.
   */
  private final java.util.Map<String, Connection> emptiers = new java.util.concurrent.ConcurrentHashMap<>();

  /** The sandbox's sessions kept for the next use of each recycled database ({@link SandboxSessions}). */
  private final java.util.Map<String, SandboxSessions> sessions = new java.util.concurrent.ConcurrentHashMap<>();

  /** @return true when the database was emptied, found as fresh as a new one, and kept for the next {@link #create()} */
  private boolean recycle(String name) {
    boolean kept = false;
    try {
      kept = emptied(name);
      return kept;
    } finally {
      if (!kept) {
        SandboxSessions waiting = sessions.remove(name);
        if (waiting != null) {
          waiting.closeAll();
        }
      }
    }
  }

  private boolean emptied(String name) {
    if (!recycles() || freshState == null || recycled.size() >= RECYCLED_MAX) {
      closeQuietly(emptiers.remove(name));
      return false;
    }
    String password = HexFormat.of().formatHex(randomBytes(16));
    Connection owner = emptiers.remove(name);
    SandboxSessions waiting = sessions.get(name);
    try {
      if (owner == null) {
        Properties emptier = new Properties();
        emptier.putAll(credentials);
        emptier.setProperty("prepareThreshold", "1"); // the same queries each time: planned once per session
        owner = DriverManager.getConnection(databaseUrl(name), emptier);
      }
      if (!ScratchRecycling.empty(owner, password, waiting == null ? List.of() : waiting.pids())
          || !freshState.equals(ScratchRecycling.state(owner))) {
        closeQuietly(owner);
        return false;
      }
    } catch (SQLException e) {
      closeQuietly(owner);
      return false; // dropped instead
    }
    emptiers.put(name, owner);
    recycled.addLast(new Recycled(name, password));
    return true;
  }

  /** The comment on every scratch database, by which the next run tells Dovetail's from the server's own. */
  static final String DATABASE_MARK = "dovetail scratch database: dropped after use, or by the next run if its run was killed";

  /** The admin URLs whose orphans this JVM has removed already. */
  private static final java.util.Set<String> SWEPT = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Marks a database for the sweep of later runs ({@link #removeOrphans}). Not on a server of the run's own, which ends
   * with the run: its databases are nobody's orphans, and a sweep from a url provider pointed at that server (a test
   * does that) must not take them for a killed run's.
   */
  private void mark(Connection admin, String name) {
    if (ownServer) {
      return;
    }
    execute(admin, "COMMENT ON DATABASE " + name + " IS '" + DATABASE_MARK + "'", "marking scratch database " + name);
  }

  /**
   * @return a connection to the admin database holding the session advisory lock of {@code name} for the life of the
   *     scratch database: the server releases it when the run's process ends, however it ends, which is how the next
   *     run tells a scratch database in use from one a killed run left behind
   */
  private Connection keep(String name) {
    try {
      Connection keeper = session();
      try (java.sql.PreparedStatement lock = keeper.prepareStatement("SELECT pg_catalog.pg_advisory_lock(?)")) {
        lock.setLong(1, key(name));
        lock.execute();
      } catch (SQLException e) {
        closeQuietly(keeper);
        throw e;
      }
      return keeper;
    } catch (SQLException e) {
      throw failure("connecting to create scratch database " + name, e);
    }
  }

  /**
   * The scratch databases of this JVM on shared servers, each with what drops it on a session of its own: if the run
   * ends before it drops them (Ctrl-C, a CI job cancelled, SIGTERM), the JVM's shutdown hook drops them, so that a
   * shared server is left clean without waiting for the next run's sweep. Only {@code kill -9} skips the hook.
   */
  private static final java.util.Map<String, Runnable> OPEN = new java.util.concurrent.ConcurrentHashMap<>();

  /** Set by the shutdown hook (under {@link #OPEN}'s monitor): no database is created after it. */
  private static boolean stopping;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ServerScratchProvider::dropOpen, "dovetail-scratch-drop"));
  }

  private static void dropOpen() {
    List<Runnable> open;
    synchronized (OPEN) {
      stopping = true;
      open = List.copyOf(OPEN.values());
    }
    for (Runnable drop : open) {
      try {
        synchronized (drop) { // after a creation under way has finished
          drop.run();
        }
      } catch (RuntimeException | LinkageError ignored) {
        // the JVM is exiting: what cannot be dropped now is marked for the next run's sweep
      }
    }
  }

  /**
   * @return what closing the scratch database does: drop it and release its lock, and, on a shared server, take it off
   *     the shutdown hook's list ({@link #create} put it there; the hook drops on a session of its own, since the keeper
   *     may be busy on the run's thread when the JVM is told to stop)
   */
  private Runnable closer(String name, Connection keeper) {
    if (keeper == null) {
      return () -> {
        if (!recycle(name)) {
          dropAndRelease(name, null);
        }
      };
    }
    return () -> {
      OPEN.remove(name);
      dropAndRelease(name, keeper);
    };
  }

  private static long key(String name) {
    return Long.parseUnsignedLong(name.substring("dovetail_".length()), 16);
  }

  private void dropAndRelease(String name, Connection keeper) {
    if (keeper == null) {
      drop(name, null);
      return;
    }
    boolean released = false;
    try {
      drop(name, keeper);
      try (java.sql.PreparedStatement unlock = keeper.prepareStatement("SELECT pg_catalog.pg_advisory_unlock(?)")) {
        unlock.setLong(1, key(name));
        unlock.execute();
        released = true;
      } catch (SQLException e) {
        // ending the session below releases it
      }
    } finally {
      if (released) {
        giveBack(keeper);
      } else {
        closeQuietly(keeper);
      }
    }
  }

  /**
   * Drops the scratch databases and sandbox roles (marked as Dovetail's) that runs killed before they could clean up
   * left on this server, once per JVM: those whose advisory lock nobody holds. A database another run is using keeps
   * its lock and is left alone.
   */
  private void removeOrphansOnce() {
    if (SWEPT.add(adminUrl + "\u0000" + credentials.getProperty("user"))) {
      removeOrphans();
    }
  }

  /** As {@link #removeOrphansOnce()}, every time. */
  void removeOrphans() {
    try (Connection admin = session();
        java.sql.PreparedStatement leftovers = admin.prepareStatement(
            "SELECT d.datname FROM pg_catalog.pg_database d WHERE d.datname ~ '^dovetail_[0-9a-f]{16}$'"
                + " AND (pg_catalog.shobj_description(d.oid, 'pg_database') = ?"
                // a run killed between creating its database and marking it: the database's owner is its marked sandbox
                + " OR EXISTS (SELECT FROM pg_catalog.pg_roles o WHERE o.oid = d.datdba AND o.rolname = d.datname"
                + " AND pg_catalog.shobj_description(o.oid, 'pg_authid') = ?))"
                + " UNION SELECT r.rolname FROM pg_catalog.pg_roles r WHERE r.rolname ~ '^dovetail_[0-9a-f]{16}$'"
                + " AND pg_catalog.shobj_description(r.oid, 'pg_authid') = ?"
                // a sandbox whose database is still there goes with that database, when that one is an orphan
                + " AND NOT EXISTS (SELECT FROM pg_catalog.pg_database o WHERE o.datname = r.rolname)")) {
      leftovers.setString(1, DATABASE_MARK);
      leftovers.setString(2, ScratchRoles.SANDBOX_MARK);
      leftovers.setString(3, ScratchRoles.SANDBOX_MARK);
      List<String> names = new java.util.ArrayList<>();
      try (java.sql.ResultSet rs = leftovers.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String name : names) {
        try (java.sql.PreparedStatement lock = admin.prepareStatement("SELECT pg_catalog.pg_try_advisory_lock(?)")) {
          lock.setLong(1, key(name));
          try (java.sql.ResultSet rs = lock.executeQuery()) {
            if (!rs.next() || !rs.getBoolean(1)) {
              continue; // its run is alive
            }
          }
          try {
            drop(name, admin);
          } catch (MigrationException ignored) {
            // not ours to drop after all (another user's): left as it is
          } finally {
            try (java.sql.PreparedStatement unlock = admin.prepareStatement("SELECT pg_catalog.pg_advisory_unlock(?)")) {
              unlock.setLong(1, key(name));
              unlock.execute();
            }
          }
        }
      }
    } catch (SQLException | RuntimeException e) {
      // best effort: the run itself does not depend on it
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // the server releases its locks when the session ends either way
    }
  }

  /**
   * Drops the database and its sandbox role.
   *
   * @param session an admin session to drop them on, or null to take one from {@link #session}
   */
  private void drop(String name, Connection session) {
    Connection admin = session != null ? session : session("drop scratch database " + name);
    try {
      // WITH (FORCE) ends sessions a failed step may have left open (PostgreSQL 13+).
      execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "dropping scratch database " + name);
      try (Statement statement = admin.createStatement()) {
        statement.execute("DROP ROLE IF EXISTS " + name);
      } catch (SQLException e) {
        // still marked as Dovetail's sandbox: the next run's sweep (removeOrphans) drops it; the run's work is done
      }
    } finally {
      if (session == null) {
        giveBack(admin);
      }
    }
  }

  private void dropQuietly(String name, Connection session) {
    try {
      drop(name, session);
    } catch (MigrationException ignored) {
      // the creation's own failure is the one to report
    }
  }

  /** Creates the roles that do not exist and lets the sandbox act as each role Dovetail made ({@link ScratchRoles}). */
  private void ensureRoles(String sandbox, java.util.Collection<String> roles) {
    Connection admin = session("create roles");
    try {
      ScratchRoles.ensure(admin, sandbox, roles);
    } finally {
      giveBack(admin);
    }
  }

  /** The clause after {@code CREATE DATABASE name [OWNER …]}: a copy of {@code template0} in UTF-8. */
  private static final String CREATION = " TEMPLATE template0 ENCODING 'UTF8'";

  /**
   * Idle sessions on each server's admin database, by URL and user: opening a session costs more than creating a
   * database on an embedded server, and every scratch database needs two (to create and to drop it). At most {@link
   * #IDLE_SESSIONS} per server are kept; they end with the JVM.
   */
  private static final java.util.Map<String, java.util.Deque<Connection>> IDLE = new java.util.concurrent.ConcurrentHashMap<>();

  private static final int IDLE_SESSIONS = 4;

  private java.util.Deque<Connection> idle() {
    return IDLE.computeIfAbsent(adminUrl + "\u0000" + credentials.getProperty("user"),
        key -> new java.util.concurrent.ConcurrentLinkedDeque<>());
  }

  /** @return an idle admin session that still answers, or a new one */
  private Connection session() throws SQLException {
    Connection idle;
    while ((idle = idle().pollFirst()) != null) {
      if (idle.isValid(5)) {
        return idle;
      }
      closeQuietly(idle);
    }
    return DriverManager.getConnection(adminUrl, credentials);
  }

  private Connection session(String purpose) {
    try {
      return session();
    } catch (SQLException e) {
      throw failure("connecting to " + purpose, e);
    }
  }

  /** Keeps a session for the next {@link #session()}, unless enough are idle or it is not in its first state. */
  private void giveBack(Connection session) {
    try {
      if (!session.isClosed() && session.getAutoCommit() && idle().size() < IDLE_SESSIONS) {
        idle().addFirst(session);
        return;
      }
    } catch (SQLException e) {
      // closed below
    }
    closeQuietly(session);
  }

  private void execute(Connection connection, String sql, String what) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private MigrationException failure(String what, SQLException e) {
    String password = credentials.getProperty("password");
    return new MigrationException(ErrorCode.SCRATCH_FAILED,
        what + " on " + description + ": " + Redaction.redact(e.getMessage(), password), Redaction.cause(e, password));
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

  /** @return the URL without {@code user} and {@code password} parameters, which would override the sandbox's */
  static String withoutCredentials(String url) {
    int query = url.indexOf('?');
    if (query < 0) {
      return url;
    }
    String params = java.util.Arrays.stream(url.substring(query + 1).split("&"))
        .filter(p -> !p.toLowerCase(java.util.Locale.ROOT).matches("(user|password)(=.*)?"))
        .collect(java.util.stream.Collectors.joining("&"));
    return url.substring(0, query) + (params.isEmpty() ? "" : "?" + params);
  }

  private static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
