package dev.dovetail.diff.source;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.dir.Utf8Files;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.sql.Roles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.core.NativeQuery;
import org.postgresql.core.Parser;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A SQL file executed as one simple-protocol query, exactly as written (no JDBC escape processing), so that
 * PostgreSQL's error position counts characters of the file itself and can be reported as
 * {@code file:line:column}.
 *
 * @param displayName how to name the file in messages
 * @param text the file's content
 */
public record SqlScript(String displayName, String text) {

  /** Driver options for connections that run whole scripts. */
  public static Properties driverOptions() {
    Properties properties = new Properties();
    properties.setProperty("preferQueryMode", "simple");
    return properties;
  }

  public SqlScript {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(text, "text");
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
  }

  /**
   * @return the script read from a UTF-8 file
   * @throws MigrationException with {@link ErrorCode#DECLARED_SCHEMA_INVALID} for a file that is not UTF-8
   */
  public static SqlScript read(Path file, String displayName) {
    return read(file, displayName, ErrorCode.DECLARED_SCHEMA_INVALID);
  }

  /**
   * @param notUtf8 the error code of a file that is not UTF-8
   * @return the script read from a UTF-8 file
   * @throws MigrationException naming the file, the line and the byte where it stops being UTF-8
   */
  public static SqlScript read(Path file, String displayName, ErrorCode notUtf8) {
    return new SqlScript(displayName, Utf8Files.read(file, displayName, notUtf8));
  }

  /**
   * Executes the script on a connection opened with {@link #driverOptions()}. On a scratch database, the roles the
   * script names are made first ({@link Roles#ensure}): the sandbox it runs as cannot create roles.
   *
   * @param failure the error code to report a failing statement with
   * @throws MigrationException naming {@code file:line:column} and PostgreSQL's message
   */
  public void execute(Connection connection, ErrorCode failure) {
    if (text.isBlank()) {
      return;
    }
    ensureRoles(connection);
    if (OWNER_TO.matcher(text).find() && SandboxOwnerChanges.of(connection, statements()).isPresent()) {
      // The owner changes run for the sandbox, in their places, so the rest runs in autocommit; a LOCK TABLE, which
      // only guards the transaction it opens against other sessions (a scratch database has none), is left out there.
      executeEachStatement(connection, failure, true);
      return;
    }
    // fewer semicolons than CHUNK: at most CHUNK statements, not worth parsing
    List<String> statements = text.chars().filter(c -> c == ';').count() < CHUNK ? List.of() : statements();
    if (statements.size() <= CHUNK) {
      try {
        executeWhole(connection);
      } catch (SQLException e) {
        throw new MigrationException(failure, message(e, failureOffset(connection, e)), e);
      }
      return;
    }
    // A large script (a pg_dump of thousands of tables) runs in chunks, each its own implicit transaction: as one, it
    // would hold a lock on every object it creates at once, more than a server's lock table holds by default
    // (max_locks_per_transaction). On a scratch database nothing is lost by committing part of it.
    int from = 0;
    int chunkStart = 0;
    for (int i = 0; i < statements.size(); i++) {
      String sql = statements.get(i);
      int offset = text.indexOf(sql, from);
      from = offset + sql.length();
      if ((i + 1) % CHUNK == 0 || i == statements.size() - 1) {
        int chunkEnd = i == statements.size() - 1 ? text.length() : from;
        SqlScript chunk = new SqlScript(displayName, text.substring(chunkStart, chunkEnd));
        try {
          chunk.executeWhole(connection);
        } catch (SQLException e) {
          int inChunk = chunk.failureOffset(connection, e);
          throw new MigrationException(failure, message(e, inChunk < 0 ? -1 : chunkStart + inChunk), e);
        }
        chunkStart = chunkEnd;
      }
    }
  }

  /** Statements per implicit transaction when a large script runs ({@link #execute}). */
  static final int CHUNK = 200;

  /** Runs the whole text as one query: one implicit transaction, rolled back on failure. */
  private void executeWhole(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setEscapeProcessing(false);
      statement.execute(text);
    }
  }

  /** @return the offset in the text of the statement that raised {@code e}, or -1 when it cannot be found */
  private int failureOffset(Connection connection, SQLException e) {
    int offset = errorOffset(e);
    return offset < 0 ? failingStatementOffset(connection) : offset;
  }

  private static final java.util.regex.Pattern OWNER_TO = java.util.regex.Pattern.compile("(?i)\\bOWNER\\s+TO\\b");

  private void ensureRoles(Connection connection) {
    if (ScratchDatabase.servingConnection(connection).isPresent()) {
      Roles.ensure(connection, Roles.namedIn(text));
    }
  }

  /**
   * Executes the script statement by statement in autocommit, as Flyway runs a migration outside a transaction
   * ({@code executeInTransaction=false}): what PostgreSQL refuses in a transaction block ({@code CREATE INDEX
   * CONCURRENTLY}, a {@code DO} block that commits per batch) runs, and statements that ran before a failing one
   * stay done. Statements are split by the PostgreSQL driver's own parser.
   *
   * @throws MigrationException naming {@code file:line:column} and PostgreSQL's message
   */
  public void executeEachStatement(Connection connection, ErrorCode failure) {
    executeEachStatement(connection, failure, false);
  }

  /** @param withoutLocks whether to leave out {@code LOCK TABLE} statements (of a script written for one transaction) */
  private void executeEachStatement(Connection connection, ErrorCode failure, boolean withoutLocks) {
    ensureRoles(connection);
    List<String> statements = statements();
    try {
      connection.setAutoCommit(true);
      Optional<SandboxOwnerChanges> owners = SandboxOwnerChanges.of(connection, statements);
      try (Statement statement = connection.createStatement()) {
        statement.setEscapeProcessing(false);
        int from = 0;
        for (String sql : statements) {
          int offset = text.indexOf(sql, from);
          from = offset + sql.length();
          try {
            if (withoutLocks && LOCK_TABLE.matcher(sql.substring(leadingComments(sql))).matches()) {
              continue;
            }
            if (owners.isEmpty() || !owners.get().ran(sql)) {
              statement.execute(sql);
            }
          } catch (SQLException e) {
            int inStatement = new SqlScript(displayName, sql).errorOffset(e);
            throw new MigrationException(failure, message(e, offset + (inStatement < 0 ? leadingComments(sql) : inStatement)), e);
          } catch (IllegalArgumentException e) {
            throw new MigrationException(failure, message(new SQLException(e.getMessage()), offset + leadingComments(sql)), e);
          }
        }
      } finally {
        if (owners.isPresent()) {
          owners.get().close();
        }
      }
    } catch (SQLException e) {
      throw new MigrationException(failure, displayName + ": " + e.getMessage(), e);
    }
  }

  private static final java.util.regex.Pattern LOCK_TABLE = java.util.regex.Pattern.compile("(?is)LOCK\\s+(TABLE\\s+)?\\S.*");

  private static final java.util.regex.Pattern NON_TRANSACTIONAL =
      java.util.regex.Pattern.compile(
          "(?is)(CREATE\\s+(UNIQUE\\s+)?INDEX\\s+CONCURRENTLY|DROP\\s+INDEX\\s+CONCURRENTLY|REINDEX\\b.*\\bCONCURRENTLY"
              + "|VACUUM|ALTER\\s+SYSTEM|CREATE\\s+DATABASE|DROP\\s+DATABASE)\\b.*");

  /**
   * @return whether a statement of the script cannot run in a transaction block, so that Flyway runs the whole
   *     script outside one even without a {@code .conf} file saying so
   */
  public boolean containsNonTransactionalStatement() {
    return statements().stream().anyMatch(sql -> NON_TRANSACTIONAL.matcher(sql.substring(leadingComments(sql))).matches());
  }

  /** @return the script's statements as the driver's parser splits them, stripped, empty ones left out */
  private List<String> statements() {
    try {
      return Parser.parseJdbcSql(text, true, false, true, false, false).stream()
          .map(q -> q.nativeSql.strip())
          .filter(sql -> !sql.isEmpty() && !sql.substring(leadingComments(sql)).isBlank())
          .toList();
    } catch (SQLException e) {
      throw new MigrationException(ErrorCode.DECLARED_SCHEMA_INVALID, displayName + ": " + e.getMessage(), e);
    }
  }

  /**
   * Errors raised while a statement runs (rather than while it is parsed), such as a missing table, carry no
   * position. The script ran as one implicit transaction and was rolled back, so it is replayed statement by
   * statement in a transaction that is rolled back again, to find the statement that fails. Statements are
   * split by the PostgreSQL driver's own parser, which knows quotes, dollar quotes and comments.
   *
   * @return the offset of the failing statement, or -1 when it cannot be found
   */
  private int failingStatementOffset(Connection connection) {
    try {
      if (!connection.getAutoCommit()) {
        return -1;
      }
      List<NativeQuery> statements = Parser.parseJdbcSql(text, true, false, true, false, false);
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.setEscapeProcessing(false);
        int from = 0;
        for (NativeQuery query : statements) {
          String sql = query.nativeSql.strip();
          int offset = sql.isEmpty() ? -1 : text.indexOf(sql, from);
          if (offset < 0) {
            continue;
          }
          from = offset + sql.length();
          try {
            statement.execute(sql);
          } catch (SQLException e) {
            return offset + leadingComments(sql);
          }
        }
        return -1;
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      return -1;
    }
  }

  /** @return how many characters of comment and blank lines precede the statement's first keyword */
  private static int leadingComments(String sql) {
    int i = 0;
    while (i < sql.length()) {
      if (Character.isWhitespace(sql.charAt(i))) {
        i++;
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? sql.length() : end + 1;
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i);
        i = end < 0 ? sql.length() : end + 2;
      } else {
        break;
      }
    }
    return i < sql.length() ? i : 0;
  }

  /** @return the 0-based character offset PostgreSQL reported, or -1 */
  private int errorOffset(SQLException e) {
    ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    int position = server == null ? 0 : server.getPosition();
    int length = text.codePointCount(0, text.length());
    if (position <= 0 || position > length + 1) {
      return -1;
    }
    // PostgreSQL counts characters (code points), 1-based.
    return text.offsetByCodePoints(0, position - 1);
  }

  /** @return {@code file:line:column: message} when the offset is known, {@code file: message} otherwise */
  String message(SQLException e, int offset) {
    ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    String message = server == null ? e.getMessage() : server.getMessage();
    if (offset < 0) {
      return displayName + ": " + message;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = text.codePointCount(lineStart, offset) + 1;
    return displayName + ":" + line + ":" + column + ": " + message;
  }
}
