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
 * The catalog queries of a connection that is read more than once, kept on the server as prepared statements.
 *
 * <p>On the small databases the proof and the canonical rebuilds read, planning a catalog query costs more than running
 * it: the 18 queries of a read took 40 ms planned each time and 8 ms as prepared statements (embedded PostgreSQL 18, an
 * empty database). The proof reads the same scratch database after every migration, so from a connection's second read
 * on (from the first on a scratch database's, where preparing costs next to nothing more), each query is prepared once
 * ({@code PREPARE dovetail_catalog_<name>}) and executed after that. A connection read once (the live database) is never
 * prepared for: nothing would be saved, and a pooler in transaction mode does not keep a session's prepared statements.
 *
 * <p>A prepared statement's plan is made for the catalog's size when it is prepared; when a read returns more than twice
 * the rows it did then, the statements are prepared again on the next read. When the server does not know a statement
 * (it was deallocated, or a pooler moved the session) or knows one by the name already, the connection goes back to
 * plain queries for good, and the read is repeated.
 */
final class PreparedCatalogQueries {

  /** The SQLSTATEs of a prepared statement the server does not have ({@code 26000}) or has already ({@code 42P05}). */
  private static final Set<String> UNUSABLE = Set.of("26000", "42P05");

  /** Rows a read may grow by, beyond twice those at preparation, before the plans are made again. */
  private static final long GROWTH_SLACK = 1_000;

  private static final Map<Connection, PreparedCatalogQueries> BY_CONNECTION = Collections.synchronizedMap(new WeakHashMap<>());

  private final Set<String> prepared = new LinkedHashSet<>();
  private int reads;
  private int readsBeforePreparing = 1;
  private boolean off;
  private boolean stale;
  private long rowsWhenPrepared = -1;
  private long rowsThisRead;

  private PreparedCatalogQueries() {}

  /** @return the state of a connection's catalog queries, made on its first read */
  static PreparedCatalogQueries of(Connection connection) {
    synchronized (BY_CONNECTION) {
      return BY_CONNECTION.computeIfAbsent(connection, c -> new PreparedCatalogQueries());
    }
  }

  /**
   * Starts a whole read of the catalog ({@link CatalogReader#read}); from the second one on (the first, for a
   * {@linkplain #fromFirstRead scratch database's} connection), queries are prepared.
   */
  void startRead() {
    reads++;
    rowsThisRead = 0;
  }

  /** Prepares from the first read on: for a connection no one else uses that will be read again (a scratch database's). */
  void fromFirstRead() {
    readsBeforePreparing = 0;
  }

  /** @return whether this connection's queries run as prepared statements now */
  boolean active() {
    return reads > readsBeforePreparing && !off;
  }

  /**
   * @return the text to execute for the query {@code name}: {@code EXECUTE} of its prepared statement (preparing it
   *     first when needed) while {@link #active()}, else {@code sql} itself
   */
  String textFor(Statement statement, String name, String sql) throws SQLException {
    if (!active()) {
      return sql;
    }
    if (stale) {
      for (String old : prepared) {
        statement.execute("DEALLOCATE " + old);
      }
      prepared.clear();
      stale = false;
      rowsWhenPrepared = -1;
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

  /** Ends a whole read: its row count is the size the plans were made for, or shows that they are out of date. */
  void endRead() {
    if (!active()) {
      return;
    }
    if (rowsWhenPrepared < 0) {
      rowsWhenPrepared = rowsThisRead;
    } else if (rowsThisRead > 2 * rowsWhenPrepared + GROWTH_SLACK) {
      stale = true;
    }
  }

  /**
   * @return true when {@code e} says that the server's prepared statements cannot be relied on; the connection then
   *     runs plain queries from now on
   */
  boolean giveUpOn(SQLException e) {
    if (!active() || !UNUSABLE.contains(e.getSQLState())) {
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
