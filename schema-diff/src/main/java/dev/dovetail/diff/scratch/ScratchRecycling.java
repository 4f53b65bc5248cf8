package dev.dovetail.diff.scratch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Empties a closed scratch database so that the next {@link ServerScratchProvider#create()} on a server of the run's own
 * can take it instead of creating one: on an embedded server, creating and dropping a database costs more than most of
 * what a proof does in it (a copy of {@code template0} written through the WAL, then hundreds of files removed).
 *
 * <p>The database is emptied as the server's superuser: every other session on it is ended but the sandbox's kept for
 * the next use ({@link SandboxSessions}), everything owned there by its sandbox and by the roles the declared SQL made
 * owners or grantees is dropped ({@code DROP OWNED}), the sandbox's role memberships and settings and the database's
 * settings and comment are taken back, and the sandbox gets a new password. It is taken again only if it then looks
 * exactly as a database fresh from {@code template0} does ({@link #state}): no row with an OID from 16384 (the first
 * one PostgreSQL gives to objects made after {@code initdb}) in any catalog of the database, the {@code public} schema,
 * the database's own settings, privileges and comment, and the sandbox's memberships as they were. Anything else, or
 * any error, and it is dropped as before.
 */
final class ScratchRecycling {

  /** The first OID of an object made after {@code initdb} (PostgreSQL's {@code FirstNormalObjectId}). */
  private static final int FIRST_USER_OID = 16384;

  /** How long the sessions of the closed database may take to end. */
  private static final long SESSIONS_END_MILLIS = 5_000;

  private ScratchRecycling() {}

  /**
   * Empties the database the superuser session {@code admin} is connected to, whose sandbox is the role of the
   * database's name.
   *
   * @param spared the sessions of the sandbox kept for the database's next use ({@link SandboxSessions}), which are not
   *     ended
   * @param password the sandbox's new password
   * @return true when every step ran; the caller still compares {@link #state} with a fresh database's
   */
  static boolean empty(Connection admin, String password, List<Integer> spared) throws SQLException {
    admin.setAutoCommit(true);
    try (Statement sql = admin.createStatement()) {
      if (!othersGone(admin, spared) || large(admin)) {
        return false;
      }
      String sandbox = ScratchRoles.quoted(admin.getCatalog());
      List<String> roles = strings(admin,
          "SELECT DISTINCT pg_catalog.quote_ident(r.rolname) FROM pg_catalog.pg_shdepend d"
              + " JOIN pg_catalog.pg_roles r ON r.oid = d.refobjid AND d.refclassid = 'pg_catalog.pg_authid'::regclass"
              + " WHERE d.dbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())"
              + " AND r.rolname <> pg_catalog.current_database()");
      roles.add(sandbox);
      // one role at a time: a single DROP OWNED BY of the owner and the grantee of a default privilege fails
      // ("could not find tuple for default ACL", PostgreSQL 18)
      for (String role : roles) {
        sql.execute("DROP OWNED BY " + role + " CASCADE");
      }
      for (String role : strings(admin,
          "SELECT pg_catalog.quote_ident(r.rolname) FROM pg_catalog.pg_auth_members m"
              + " JOIN pg_catalog.pg_roles r ON r.oid = m.roleid"
              + " WHERE m.member = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = pg_catalog.current_database())")) {
        sql.execute("REVOKE " + role + " FROM " + sandbox + " CASCADE");
      }
      sql.execute("ALTER ROLE " + sandbox + " RESET ALL");
      sql.execute("ALTER ROLE " + sandbox + " IN DATABASE " + sandbox + " RESET ALL");
      sql.execute("ALTER DATABASE " + sandbox + " RESET ALL");
      sql.execute("COMMENT ON DATABASE " + sandbox + " IS NULL");
      sql.execute("ALTER ROLE " + sandbox + " LOGIN PASSWORD '" + password + "' NOSUPERUSER NOCREATEDB NOCREATEROLE"
          + " NOREPLICATION NOBYPASSRLS INHERIT CONNECTION LIMIT -1");
      return true;
    }
  }

  /**
   * @return whether the database holds so many relations that dropping it is quicker than emptying it (which takes a
   *     lock on each object in one transaction)
   */
  private static boolean large(Connection admin) throws SQLException {
    return strings(admin, "SELECT count(*) > " + LARGE + " FROM pg_catalog.pg_class WHERE oid >= " + FIRST_USER_OID).equals(List.of("t"));
  }

  /** The number of relations from which a database is dropped rather than emptied. */
  private static final int LARGE = 100;

  /** Ends the other sessions on the database and waits until they are gone. */
  private static boolean othersGone(Connection admin, List<Integer> spared) throws SQLException {
    long deadline = System.nanoTime() + SESSIONS_END_MILLIS * 1_000_000;
    String others = " FROM pg_catalog.pg_stat_activity WHERE datname = pg_catalog.current_database() AND pid <> pg_catalog.pg_backend_pid()"
        + " AND pid <> ALL (?::int[])";
    String pids = spared.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    while (true) {
      if (strings(admin, "SELECT count(pg_catalog.pg_terminate_backend(pid))" + others, pids).equals(List.of("0"))) {
        return true;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /**
   * @return what a fresh database and an emptied one must have alike, in lines that do not depend on the database's
   *     name: the catalogs that hold rows of objects made after {@code initdb} (none, for a fresh one), the
   *     {@code public} schema, the database's settings, privileges and comment, the sandbox's attributes, memberships and
   *     settings, large objects, comments and security labels
   */
  static List<String> state(Connection admin) throws SQLException {
    List<String> catalogs = strings(admin,
        "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = 'oid'"
            + " WHERE c.relnamespace = 'pg_catalog'::regnamespace AND c.relkind = 'r' AND NOT c.relisshared ORDER BY 1");
    List<String> checks = new ArrayList<>();
    for (String catalog : catalogs) {
      // the schemas of temporary objects stay behind, empty, once the session that used them has ended
      String temporary = catalog.equals("pg_namespace") ? " AND nspname !~ '^pg_(toast_)?temp_'" : "";
      checks.add("SELECT '" + catalog + " holds objects made after initdb' WHERE EXISTS (SELECT FROM pg_catalog."
          + catalog + " WHERE oid >= " + FIRST_USER_OID + temporary + ")");
    }
    String self = "(SELECT oid FROM pg_catalog.pg_roles WHERE rolname = pg_catalog.current_database())";
    String database = "(SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())";
    checks.add("SELECT 'public schema ' || nspname || ' ' || nspowner::regrole || ' ' || coalesce(nspacl::text, '-') || ' '"
        + " || coalesce(pg_catalog.obj_description(oid, 'pg_namespace'), '-') FROM pg_catalog.pg_namespace WHERE oid = 2200");
    checks.add("SELECT 'database ' || (d.datdba = " + self + ") || ' ' || d.datallowconn || ' ' || d.datistemplate || ' '"
        + " || d.datconnlimit || ' ' || coalesce(pg_catalog.replace(d.datacl::text, pg_catalog.current_database(), 'sandbox'), '-')"
        + " || ' ' || coalesce(pg_catalog.shobj_description(d.oid, 'pg_database'), '-')"
        + " FROM pg_catalog.pg_database d WHERE d.oid = " + database);
    checks.add("SELECT 'setting ' || coalesce(setconfig::text, '') FROM pg_catalog.pg_db_role_setting"
        + " WHERE setdatabase = " + database + " OR setrole = " + self);
    checks.add("SELECT 'sandbox ' || rolsuper || rolinherit || rolcreaterole || rolcreatedb || rolcanlogin || rolreplication"
        + " || rolbypassrls || ' ' || rolconnlimit || ' ' || coalesce(rolvaliduntil::text, '-') || ' ' || coalesce(rolconfig::text, '-')"
        + " FROM pg_catalog.pg_roles WHERE oid = " + self);
    checks.add("SELECT 'sandbox member of ' || roleid::regrole FROM pg_catalog.pg_auth_members WHERE member = " + self);
    checks.add("SELECT 'sandbox depended on here ' || count(*) FROM pg_catalog.pg_shdepend WHERE dbid = " + database);
    checks.add("SELECT 'large objects ' || count(*) FROM pg_catalog.pg_largeobject_metadata");
    checks.add("SELECT 'comments ' || count(*) FROM pg_catalog.pg_description");
    checks.add("SELECT 'security labels ' || count(*) FROM pg_catalog.pg_seclabel");
    checks.add("SELECT 'rows made after initdb elsewhere' WHERE EXISTS (SELECT FROM pg_catalog.pg_depend WHERE objid >= "
        + FIRST_USER_OID + ") OR EXISTS (SELECT FROM pg_catalog.pg_init_privs WHERE objoid >= " + FIRST_USER_OID + ")"
        + " OR EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid >= " + FIRST_USER_OID + ")");
    return strings(admin, String.join("\nUNION ALL\n", checks) + "\nORDER BY 1");
  }

  /**
   * Runs a query as a prepared statement: the same texts every time, so that a session kept for the next time
   * (prepared at once) plans each only once.
   */
  private static List<String> strings(Connection admin, String query, String... parameters) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement sql = admin.prepareStatement(query)) {
      for (int i = 0; i < parameters.length; i++) {
        sql.setString(i + 1, parameters[i]);
      }
      try (ResultSet rs = sql.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
    }
    return values;
  }
}
