package dev.dovetail.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An independent oracle for the round trip: the structure of a database as sorted text lines, one per object
 * or attribute ({@code table public.t …}, {@code column public.t.a bigint not null default …},
 * {@code index CREATE INDEX …}), from one query over {@code pg_catalog} ({@code fingerprint/catalog.sql}) that
 * relies on PostgreSQL's own {@code pg_get_*def} deparsers. The embedded binaries ship no {@code pg_dump}, so
 * this plays its part.
 *
 * <p>It shares no code with the production introspection ({@code dev.dovetail.diff.introspect}), so a gap in
 * the model, a column or option it does not read, cannot hide here too: two databases that fingerprint
 * differently differ in structure, whatever the model says. Column order, OIDs, sequence values and other
 * state that a migrated database and a freshly built one legitimately differ in are not printed (the query's
 * header lists them).
 */
final class CatalogFingerprint {

  private static final String QUERY = resource("/fingerprint/catalog.sql");

  /**
   * The session settings that change how PostgreSQL deparses definitions, fixed as {@code pg_dump} fixes
   * them, so that a migration that changed them in its session cannot change the fingerprint. With
   * {@code search_path} at {@code pg_catalog}, every user object in a definition is printed schema-qualified.
   */
  private static final List<String> SETTINGS =
      List.of(
          "SET LOCAL search_path = pg_catalog",
          "SET LOCAL DateStyle = ISO",
          "SET LOCAL IntervalStyle = postgres",
          "SET LOCAL TimeZone = 'UTC'",
          "SET LOCAL extra_float_digits = 3",
          "SET LOCAL standard_conforming_strings = on",
          "SET LOCAL quote_all_identifiers = off");

  private CatalogFingerprint() {}

  /**
   * @param connection a connection in autocommit mode; the fingerprint is read in a transaction of its own,
   *     rolled back so that the session is left as it was
   * @return the fingerprint lines, sorted; a line break inside a definition is printed as {@code \n}
   */
  static List<String> of(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      throw new IllegalStateException("the catalog fingerprint needs a connection in autocommit mode");
    }
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.setEscapeProcessing(false);
      for (String setting : SETTINGS) {
        statement.execute(setting);
      }
      List<String> lines = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery(QUERY)) {
        while (rows.next()) {
          lines.add(rows.getString(1).replace("\n", "\\n"));
        }
      }
      Collections.sort(lines);
      return lines;
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }

  /**
   * @param actual a fingerprint, as {@link #of} returns it
   * @param expected the fingerprint it should equal
   * @return the lines only {@code expected} has, each prefixed {@code "- "}, and the lines only {@code actual}
   *     has, prefixed {@code "+ "}, in sorted order; empty when the two are equal
   */
  static List<String> differences(List<String> actual, List<String> expected) {
    List<String> differences = new ArrayList<>();
    int a = 0;
    int e = 0;
    while (a < actual.size() || e < expected.size()) {
      int order =
          a == actual.size() ? 1 : e == expected.size() ? -1 : actual.get(a).compareTo(expected.get(e));
      if (order == 0) {
        a++;
        e++;
      } else if (order < 0) {
        differences.add("+ " + actual.get(a++));
      } else {
        differences.add("- " + expected.get(e++));
      }
    }
    return differences;
  }

  private static String resource(String name) {
    try (InputStream in = CatalogFingerprint.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
