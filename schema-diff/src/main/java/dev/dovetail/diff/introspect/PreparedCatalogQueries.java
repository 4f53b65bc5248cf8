package dev.dovetail.diff.introspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The catalog queries of a connection that is read again while its catalog is small, kept on the server as prepared
 * statements.
 *
 * <p>On the small databases of a proof or a round trip, planning a catalog query costs more than running it: the 18
 * queries of a read took 40 ms planned each time and 8 ms as prepared statements (embedded PostgreSQL 18, an empty
 * database). Such a connection is read after every migration, so from its second read on, once a read has returned
 * fewer than {@link #SMALL} rows, each query is prepared once ({@code PREPARE dovetail_catalog_<name>}) and executed
 * after that. On larger catalogs planning is a small part of a read, and plans made once were measured slower (the
 * proof of a 500-table benchmark schema: 9.2 s planned each time, 11.5 s prepared), so a connection whose read returns
 * more goes back to plain queries. A connection read once (the live database) never gets prepared statements.
 *
 * <p>When the server does not know a statement (it was deallocated, or a pooler moved the session) or knows one by the
 * name already, the connection goes back to plain queries for good, and the read is repeated.
 */
final class PreparedCatalogQueries {

  /** The SQLSTATEs of a prepared statement the server does not have ({@code 26000}) or has already ({@code 42P05}). */
  private static final Set<String> UNUSABLE = Set.of("26000", "42P05");

  /** The most rows a read may return for the next reads of the connection to run prepared statements. */
  static final long SMALL = 2_000;

  private static final Map<Connection, PreparedCatalogQueries> BY_CONNECTION = Collections.synchronizedMap(new WeakHashMap<>());

  private final Set<String> prepared = new LinkedHashSet<>();
  private boolean off;
  private long rowsLastRead = -1;
  private long rowsThisRead;

  private PreparedCatalogQueries() {}

  /** @return the state of a connection's catalog queries, made on its first read */
  static PreparedCatalogQueries of(Connection connection) {
    Connection session = connection;
    try {
      if (connection.isWrapperFor(Connection.class)) {
        session = connection.unwrap(Connection.class); // a scratch database's session lent again: its statements stay
      }
    } catch (SQLException e) {
      // the connection as given
    }
    synchronized (BY_CONNECTION) {
      return BY_CONNECTION.computeIfAbsent(session, c -> new PreparedCatalogQueries());
    }
  }

  /** Starts a whole read of the catalog ({@link CatalogReader#read}). */
  void startRead() {
    rowsThisRead = 0;
  }

  /** @return whether this connection's queries run as prepared statements now */
  private boolean active() {
    return !off && rowsLastRead >= 0 && rowsLastRead < SMALL;
  }

  /**
   * @return the text to execute for the query {@code name}: {@code EXECUTE} of its prepared statement (preparing it
   *     first when needed) while the connection's catalog is small, else {@code sql} itself
   */
  String textFor(Statement statement, String name, String sql) throws SQLException {
    if (!active()) {
      for (String old : prepared) {
        statement.execute("DEALLOCATE " + old);
      }
      prepared.clear();
      return sql;
    }
    String statementName = "dovetail_catalog_" + name;
    if (!prepared.contains(statementName)) {
      statement.execute("PREPARE " + statementName + " AS " + withoutFinalSemicolon(sql));
      prepared.add(statementName);
    }
    return "EXECUTE " + statementName;
  }

  /** Counts a row a query of the current read returned. */
  void row() {
    rowsThisRead++;
  }

  /** Ends a whole read: its size decides whether the next one runs prepared statements. */
  void endRead() {
    rowsLastRead = rowsThisRead;
  }

  /**
   * @return true when {@code e} says that the server's prepared statements cannot be relied on; the connection then
   *     runs plain queries from now on
   */
  boolean giveUpOn(SQLException e) {
    if (off || !UNUSABLE.contains(e.getSQLState())) { // only PREPARE, EXECUTE and DEALLOCATE raise these
      return false;
    }
    off = true;
    prepared.clear();
    return true;
  }

  private static String withoutFinalSemicolon(String sql) {
    String trimmed = sql.strip();
    return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
