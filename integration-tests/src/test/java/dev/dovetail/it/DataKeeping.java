package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.ConversionHint;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.RenameHint;
import dev.dovetail.core.write.MigrationFile;
import dev.dovetail.diff.prove.SchemaBuilder;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.source.SqlScript;
import dev.dovetail.diff.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data-keeping round trip (issue 13): {@code before} is built on a scratch database of its own and every table
 * is seeded ({@link TableSeeder}); the up files run in order with the rows present, then the downs in reverse. After
 * the ups, every row of every table present on both sides must still be there with the same values in every column
 * present on both sides (a hinted table or column rename maps the names, a hinted enum label rename the values);
 * after the downs, the same against the state after the ups. A column whose type changed is compared through text:
 * the old text read as the new type must give the new text ({@code int → bigint} and {@code varchar(n) → text}
 * change nothing; {@code numeric(10,2) → numeric(12,4)} adds the zeros the new type prints), the only change a
 * declared retype makes inevitable.
 *
 * <p>A migration may fail on rows where it passes on an empty database: a column declared NOT NULL without a
 * default, a unique constraint or check the rows break, a guarded backfill that asks for a value. Such a failure is
 * a property of the declared change, not of the plan: a data exception or integrity violation (SQLSTATE class 22 or
 * 23) or the exception a guard raises ({@code P0001}) ends the check of the case, recorded with its SQLSTATE. Any
 * other failure, and any row lost or changed, fails the test.
 */
final class DataKeeping {

  private DataKeeping() {}

  /**
   * @param label the case
   * @param seeded what the seeder inserted, table by table
   * @param rows the rows seeded in all tables
   * @param upsChecked whether all ups ran and kept the rows
   * @param downsChecked whether all downs ran and kept the rows
   * @param stoppedBy for a case whose ups or downs could not run on rows, the file and the error ({@code SQLSTATE message})
   * @param sqlState the SQLSTATE of {@code stoppedBy}, or {@code null}
   * @param nanos the time the check took
   */
  record Outcome(String label, List<TableSeeder.Seeded> seeded, int rows, boolean upsChecked, boolean downsChecked,
      String stoppedBy, String sqlState, long nanos) {}

  static Outcome check(String label, EmbeddedScratchProvider scratch, SchemaBuilder builder, DatabaseSchema before,
      List<MigrationFile> ups, List<MigrationFile> downs, Set<String> nonTransactional, List<RenameHint> hints) throws SQLException {
    return check(label, scratch, builder, before, ups, downs, nonTransactional, hints, List.of());
  }

  /** @param conversions the declared schema's conversion hints: a hinted column's values are expected converted so */
  static Outcome check(String label, EmbeddedScratchProvider scratch, SchemaBuilder builder, DatabaseSchema before,
      List<MigrationFile> ups, List<MigrationFile> downs, Set<String> nonTransactional, List<RenameHint> hints,
      List<ConversionHint> conversions) throws SQLException {
    long start = System.nanoTime();
    // The files run as the sandbox, as in the schema round trip; rows are seeded and read as the server's superuser,
    // past FORCE ROW LEVEL SECURITY. A sandboxed database is recycled, where one of the superuser's is created anew.
    try (ScratchDatabase database = scratch.create();
        Connection connection = database.connect(SqlScript.driverOptions());
        Connection rowsConnection = superuser(database)) {
      builder.build(connection, before);
      List<TableSeeder.Seeded> seeded = new TableSeeder(rowsConnection).seed();
      RowSnapshot original = RowSnapshot.of(rowsConnection);
      int rows = original.rowCount();
      for (MigrationFile up : ups) {
        String stopped = run(connection, up, nonTransactional);
        if (stopped != null) {
          return new Outcome(label, seeded, rows, false, false, stopped, stopped.substring(0, 5), System.nanoTime() - start);
        }
      }
      RowSnapshot migrated = RowSnapshot.of(rowsConnection);
      assertThat(differences(original, migrated, hints, conversions, true, rowsConnection))
          .as(label + ": the ups must keep every row and every value of the columns on both sides").isEmpty();
      for (MigrationFile down : downs) {
        String stopped = run(connection, down, nonTransactional);
        if (stopped != null) {
          return new Outcome(label, seeded, rows, true, false, stopped, stopped.substring(0, 5), System.nanoTime() - start);
        }
      }
      RowSnapshot restored = RowSnapshot.of(rowsConnection);
      assertThat(differences(migrated, restored, hints, conversions, false, rowsConnection))
          .as(label + ": the downs must keep every row and every value of the columns on both sides").isEmpty();
      return new Outcome(label, seeded, rows, true, true, null, null, System.nanoTime() - start);
    }
  }

  /** @return a session on the scratch database as the embedded server's superuser, {@code postgres} */
  private static Connection superuser(ScratchDatabase database) throws SQLException {
    java.util.Properties properties = SqlScript.driverOptions();
    properties.setProperty("user", "postgres");
    return java.sql.DriverManager.getConnection(database.jdbcUrl(), properties);
  }

  /**
   * @return {@code null} when the file ran; {@code "SQLSTATE file: message"} when it failed for a reason the rows
   *     give (class 22 or 23, or a guard's {@code P0001})
   * @throws AssertionError when it failed for any other reason
   */
  private static String run(Connection connection, MigrationFile file, Set<String> nonTransactional) {
    try {
      RoundTrip.run(connection, file, nonTransactional);
      return null;
    } catch (MigrationException e) {
      SQLException cause = sqlException(e);
      String state = cause == null ? null : cause.getSQLState();
      if (state != null && (state.startsWith("22") || state.startsWith("23") || state.equals("P0001"))) {
        try {
          if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
          }
        } catch (SQLException ignored) {
          // the check of this case ends here; the database is dropped
        }
        return state + " " + file.fileName() + ": " + TableSeeder.firstLine(cause.getMessage());
      }
      throw new AssertionError(file.fileName() + " failed on seeded rows, and not because of them (SQLSTATE " + state + "): "
          + e.getMessage(), e);
    }
  }

  private static SQLException sqlException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  /**
   * @param forward whether {@code from} is the state before the ups (hints map old names to new) or after them
   * @return a description of every table whose rows, projected on the columns both sides have, differ
   */
  static List<String> differences(RowSnapshot from, RowSnapshot to, List<RenameHint> hints, boolean forward, Connection connection)
      throws SQLException {
    return differences(from, to, hints, List.of(), forward, connection);
  }

  static List<String> differences(
      RowSnapshot from, RowSnapshot to, List<RenameHint> hints, List<ConversionHint> conversions, boolean forward,
      Connection connection) throws SQLException {
    List<String> differences = new ArrayList<>();
    for (Map.Entry<QualifiedName, RowSnapshot.TableRows> entry : from.tables().entrySet()) {
      QualifiedName fromName = entry.getKey();
      QualifiedName toName = tableName(fromName, hints, forward);
      RowSnapshot.TableRows old = entry.getValue();
      RowSnapshot.TableRows now = to.tables().get(toName);
      if (now == null) {
        continue; // dropped (or created by the downs' counterpart): no rows to keep
      }
      List<Integer> oldIndexes = new ArrayList<>();
      List<Integer> newIndexes = new ArrayList<>();
      List<String> shown = new ArrayList<>();
      for (int i = 0; i < old.columns().size(); i++) {
        String column = old.columns().get(i);
        String mapped = columnName(forward ? toName : fromName, column, hints, forward);
        int j = now.columns().indexOf(mapped);
        if (j < 0 || old.generated().contains(column) || now.generated().contains(mapped)) {
          continue;
        }
        if (!java.util.Objects.equals(old.shapes().get(column), now.shapes().get(mapped))) {
          continue; // a composite type that gains or loses attributes as declared: its values change with it
        }
        oldIndexes.add(i);
        newIndexes.add(j);
        shown.add(mapped);
      }
      List<List<String>> expected = new ArrayList<>();
      for (List<String> row : old.rows()) {
        if (old.partitions() != null && now.partitions() != null && !now.partitions().contains(row.get(old.columns().size()))) {
          continue; // its partition is dropped as declared, and its rows with it
        }
        List<String> projected = new ArrayList<>();
        oldIndexes.forEach(i -> projected.add(row.get(i)));
        expected.add(projected);
      }
      for (int k = 0; k < oldIndexes.size(); k++) {
        String column = old.columns().get(oldIndexes.get(k));
        String mapped = shown.get(k);
        relabel(expected, k, old.typeNames().get(column), hints, forward);
        String oldType = old.types().get(column);
        String newType = now.types().get(mapped);
        if (!oldType.equals(newType)) {
          QualifiedName declaredTable = forward ? toName : fromName;
          String declaredColumn = forward ? mapped : column;
          String stated = conversions.stream()
              .filter(h -> h.table().equals(declaredTable) && h.column().equals(declaredColumn))
              .map(h -> forward ? h.conversion().expression() : h.conversion().back())
              .filter(java.util.Objects::nonNull)
              .findFirst().orElse(null);
          if (stated != null) {
            // converted as the hint states: the expression names the column, bound to the old value
            final int c = k;
            List<String> values = expected.stream().map(r -> r.get(c)).filter(v -> !v.equals(RowSnapshot.NULL)).distinct().toList();
            Map<String, String> converted = read(values,
                "(SELECT (" + stated + ")::" + newType + " FROM (SELECT x::" + oldType + " AS " + Sql.ident(declaredColumn)
                    + ") AS v)", connection);
            if (converted == null) {
              // the old type is gone by now (an enum replaced): its values bound as text
              converted = read(values,
                  "(SELECT (" + stated + ")::" + newType + " FROM (SELECT x AS " + Sql.ident(declaredColumn) + ") AS v)", connection);
            }
            if (converted != null) {
              Map<String, String> done = converted;
              expected.forEach(r -> r.set(c, done.getOrDefault(r.get(c), r.get(c))));
            }
          } else {
            reread(expected, k, oldType, newType, connection);
          }
        }
      }
      List<List<String>> actual = new ArrayList<>();
      for (List<String> row : now.rows()) {
        List<String> projected = new ArrayList<>();
        newIndexes.forEach(j -> projected.add(row.get(j)));
        actual.add(projected);
      }
      Map<List<String>, Integer> counts = new HashMap<>();
      expected.forEach(r -> counts.merge(r, 1, Integer::sum));
      actual.forEach(r -> counts.merge(r, -1, Integer::sum));
      List<String> lines = new ArrayList<>();
      counts.forEach((row, count) -> {
        if (count != 0) {
          lines.add((count > 0 ? "- " : "+ ") + Math.abs(count) + "x " + show(row));
        }
      });
      if (!lines.isEmpty()) {
        lines.sort(null);
        differences.add(fromName + " -> " + toName + " " + shown + " (" + old.rows().size() + " rows, now " + now.rows().size()
            + "): " + String.join("; ", lines.subList(0, Math.min(lines.size(), 6))));
      }
    }
    return differences;
  }

  private static String show(List<String> row) {
    return row.stream().map(v -> v.equals(RowSnapshot.NULL) ? "NULL" : "'" + v + "'").toList().toString();
  }

  private static QualifiedName tableName(QualifiedName name, List<RenameHint> hints, boolean forward) {
    for (RenameHint hint : hints) {
      if (hint.kind() != RenameHint.Kind.TABLE) {
        continue;
      }
      if (forward && hint.object().equals(name)) {
        return new QualifiedName(name.schema(), hint.to());
      }
      if (!forward && name.equals(new QualifiedName(hint.object().schema(), hint.to()))) {
        return hint.object();
      }
    }
    return name;
  }

  /** @param afterTable the table's name after the ups, as column hints name it */
  private static String columnName(QualifiedName afterTable, String column, List<RenameHint> hints, boolean forward) {
    for (RenameHint hint : hints) {
      if (hint.kind() == RenameHint.Kind.COLUMN && hint.object().equals(afterTable)) {
        if (forward && hint.from().equals(column)) {
          return hint.to();
        }
        if (!forward && hint.to().equals(column)) {
          return hint.from();
        }
      }
    }
    return column;
  }

  /** Applies the hinted label renames of the column's enum type to the expected values. */
  private static void relabel(List<List<String>> rows, int k, QualifiedName type, List<RenameHint> hints, boolean forward) {
    for (RenameHint hint : hints) {
      if (hint.kind() != RenameHint.Kind.VALUE || !hint.object().equals(type)) {
        continue;
      }
      String from = forward ? hint.from() : hint.to();
      String to = forward ? hint.to() : hint.from();
      for (List<String> row : rows) {
        if (row.get(k).equals(from)) {
          row.set(k, to);
        }
      }
    }
  }

  /**
   * Reads the expected text of a retyped column as the new type, as it prints it: the old value converted as a type
   * change converts it (read as the old type, cast to the new one; {@code 1.00} of a numeric is {@code 1} of a bigint),
   * or, where the old type is gone or has no cast to the new one, its text read as the new type. A value neither way
   * reads is left as it was, to show in the differences.
   */
  private static void reread(List<List<String>> rows, int k, String oldType, String newType, Connection connection) throws SQLException {
    List<String> values = rows.stream().map(r -> r.get(k)).filter(v -> !v.equals(RowSnapshot.NULL)).distinct().toList();
    if (values.isEmpty()) {
      return;
    }
    Map<String, String> reread = read(values, "(x::" + oldType + ")::" + newType, connection);
    if (reread == null) {
      reread = read(values, "x::" + newType, connection);
    }
    if (reread == null) {
      return; // the old text is no value of the new type: left as it was, it shows as changed
    }
    for (List<String> row : rows) {
      row.set(k, reread.getOrDefault(row.get(k), row.get(k)));
    }
  }

  /** @return each text and the text of {@code conversion} of it ({@code x}), or null when PostgreSQL refuses one */
  private static Map<String, String> read(List<String> values, String conversion, Connection connection) throws SQLException {
    Map<String, String> reread = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT x, (" + conversion + ")::text FROM unnest(?::text[]) AS u(x)")) {
      statement.setArray(1, connection.createArrayOf("text", values.toArray()));
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          reread.put(result.getString(1), result.getString(2));
        }
      }
    } catch (SQLException e) {
      return null;
    }
    return reread;
  }
}
