package dev.dovetail.diff.source;

import dev.dovetail.diff.scratch.OwnerChange;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.sql.RecipeSql;
import dev.dovetail.diff.sql.Roles;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs the owner changes of SQL that runs on a sandboxed scratch database, statement by statement. PostgreSQL lets a
 * role that is not a superuser give an object to another role only where that role may create in the object's
 * schema; so a statement that does nothing but give one object to a role ({@link Roles#ownerChange}) is run, in its
 * place among the others, by the scratch provider's user ({@link ScratchDatabase#ownerChanges}), which gives objects
 * only to the sandbox and to the roles Dovetail made; so is the {@code DO} block a generated migration gives a
 * replaced enum type its predecessor's owner with ({@link RecipeSql#copiedTypeOwner}). The other statements run as the sandbox, in autocommit: the
 * provider's user could not see what an open transaction of the sandbox created.
 */
public final class SandboxOwnerChanges implements AutoCloseable {

  private static final Pattern OWNER_TO = Pattern.compile("(?i)\\bOWNER\\s+TO\\b");

  private final Connection connection;
  private final ScratchDatabase database;
  private ScratchDatabase.OwnerChanges session;

  private SandboxOwnerChanges(Connection connection, ScratchDatabase database) {
    this.connection = connection;
    this.database = database;
  }

  /**
   * @param statements the statements about to run on the connection, one by one
   * @return the owner changes to run for them, or empty where none needs running so (no sandbox, or no owner change)
   */
  public static Optional<SandboxOwnerChanges> of(Connection connection, Collection<String> statements) {
    if (statements.stream().noneMatch(sql -> OWNER_TO.matcher(sql).find())) {
      return Optional.empty();
    }
    return ScratchDatabase.servingConnection(connection).filter(ScratchDatabase::sandboxed)
        .filter(database -> statements.stream().anyMatch(
            sql -> Roles.ownerChange(sql).isPresent() || RecipeSql.copiedTypeOwner(sql).isPresent()))
        .map(database -> new SandboxOwnerChanges(connection, database));
  }

  /**
   * @return whether the statement was an owner change, now run; when not, the caller runs it
   * @throws SQLException when PostgreSQL refuses the change
   * @throws IllegalArgumentException when the new owner is a role Dovetail did not make
   */
  public boolean ran(String sql) throws SQLException {
    boolean ownerTo = OWNER_TO.matcher(sql).find();
    Optional<OwnerChange> change = ownerTo ? Roles.ownerChange(sql) : Optional.empty();
    Optional<List<String>> copy = ownerTo && change.isEmpty() ? RecipeSql.copiedTypeOwner(sql) : Optional.empty();
    if (copy.isPresent()) {
      session().copyTypeOwner(copy.get().get(0), copy.get().get(1));
      return true;
    }
    if (change.isEmpty()) {
      if (session != null && sql.toLowerCase(Locale.ROOT).contains("search_path")) {
        close(); // the next change follows the sandbox's search_path again
      }
      return false;
    }
    session().change(change.get());
    return true;
  }

  private ScratchDatabase.OwnerChanges session() throws SQLException {
    if (session == null) {
      session = database.ownerChanges(searchPath());
    }
    return session;
  }

  private String searchPath() throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SHOW search_path")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Override
  public void close() throws SQLException {
    if (session != null) {
      session.close();
      session = null;
    }
  }
}
