package dev.dovetail.diff.scratch;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.TreeSet;

/**
 * The roles a schema names, made on a scratch server. Roles are server-wide and scratch databases do not bring their
 * own: a declared schema that says {@code OWNER TO app} only loads where {@code app} exists. Each missing role is
 * created {@code NOLOGIN} with no other attribute and marked as Dovetail's (a comment on the role); it stays on the
 * server (an embedded server goes away with the run).
 *
 * <p>A sandbox may act as ({@code SET ROLE}, and so give objects to) the roles that have no power over the server
 * ({@link #powerless}), which the roles Dovetail makes are; a superuser, or a role with {@code CREATEROLE} or a
 * predefined role's rights, keeps them to itself.
 */
final class ScratchRoles {

  /** The comment on every sandbox role. */
  static final String SANDBOX_MARK = "dovetail scratch database sandbox: dropped with its database";

  /** The comment on every role Dovetail creates because a schema names it. */
  static final String ROLE_MARK = "dovetail scratch role: NOLOGIN, no rights outside scratch databases";

  private ScratchRoles() {}

  /**
   * @param admin a connection as a user with {@code CREATEROLE} (or a superuser)
   * @param sandbox the sandbox role to let act as Dovetail's roles, or null when the database has none
   * @throws MigrationException with {@link ErrorCode#SCRATCH_FAILED} when a role cannot be created
   */
  static void ensure(Connection admin, String sandbox, Collection<String> roles) {
    for (String role : new TreeSet<>(roles)) {
      try {
        if (!exists(admin, role)) {
          create(admin, role);
        }
        if (sandbox != null && powerless(admin, role)) {
          try (Statement statement = admin.createStatement()) {
            statement.execute("GRANT " + quoted(role) + " TO " + quoted(sandbox));
          }
        }
      } catch (SQLException e) {
        throw new MigrationException(ErrorCode.SCRATCH_FAILED, "creating role " + role + " on the scratch server, which the schema"
            + " names (OWNER TO, GRANT or a policy), failed: " + e.getMessage() + "; give the scratch user CREATEROLE or create"
            + " the role there", e);
      }
    }
  }

  static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private static void create(Connection admin, String role) throws SQLException {
    try (Statement statement = admin.createStatement()) {
      statement.execute("CREATE ROLE " + quoted(role) + " NOLOGIN");
      statement.execute("COMMENT ON ROLE " + quoted(role) + " IS '" + ROLE_MARK + "'");
    } catch (SQLException e) {
      if (!"42710".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
        throw e; // else created by another run meanwhile
      }
    }
  }

  private static boolean exists(Connection connection, String role) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?")) {
      query.setString(1, role);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * @return whether the role has no power over the server, directly or through the roles it belongs to: no superuser,
   *     {@code CREATEROLE}, {@code CREATEDB}, replication or {@code BYPASSRLS}, and no predefined role such as
   *     {@code pg_execute_server_program} (their OIDs are below 16384, as are the bootstrap superuser's). A sandbox may act
   *     as such a role, and objects may be given to it: whatever runs with its rights stays in the scratch database.
   */
  static boolean powerless(Connection connection, String role) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "WITH RECURSIVE up(oid) AS (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = ?"
            + " UNION SELECT m.roleid FROM pg_catalog.pg_auth_members m JOIN up ON m.member = up.oid)"
            + " SELECT pg_catalog.bool_and(r.oid >= 16384"
            + " AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls))"
            + " FROM up JOIN pg_catalog.pg_roles r ON r.oid = up.oid")) {
      query.setString(1, role);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /** @return whether the role is a superuser */
  static boolean superuser(Connection connection, String role) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = ?")) {
      query.setString(1, role);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }
}
