package dev.dovetail.it;

import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.diff.sql.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of every table of a live database, each value cast to text, with each column's type as
 * {@code format_type} prints it: what {@link DataKeeping} compares before and after migrations. A partitioned table
 * is read through its parent (its partitions are not read again), any other table without its inheritance
 * children ({@code ONLY}), so that each row is read once.
 */
record RowSnapshot(Map<QualifiedName, TableRows> tables) {

  /** A value read as SQL NULL, distinct from every text. */
  static final String NULL = "\u0000NULL";

  /**
   * @param columns the column names, in attnum order
   * @param types per column, {@code format_type} of its type
   * @param typeNames per column, its type's {@code schema.name} (for enum label renames), the element type's for an array
   * @param generated the generated columns, whose values follow their expression rather than the rows
   * @param rows the rows, values in the order of {@code columns}; for a partitioned table, followed by the
   *     partition that holds the row ({@code schema.name}, quoted as needed)
   * @param shapes per column of a composite type, its attributes and their types: a declared change of them changes
   *     the values without a change of type name
   * @param partitions for a partitioned table, its leaf partitions; else {@code null}
   */
  record TableRows(List<String> columns, Map<String, String> types, Map<String, QualifiedName> typeNames, List<String> generated,
      List<List<String>> rows, Map<String, String> shapes, java.util.Set<String> partitions) {}

  static RowSnapshot of(Connection connection) throws SQLException {
    Map<QualifiedName, TableRows> tables = new LinkedHashMap<>();
    List<Object[]> relations = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT c.oid, n.nspname, c.relname, c.relkind FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition"
                + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'"
                + " AND n.nspname NOT LIKE 'pg\\_temp%'"
                + " AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass"
                + "   AND d.objid = c.oid AND d.deptype = 'e')"
                + " ORDER BY n.nspname, c.relname")) {
      while (rows.next()) {
        relations.add(new Object[] {rows.getLong(1), new QualifiedName(rows.getString(2), rows.getString(3)), rows.getString(4)});
      }
    }
    for (Object[] relation : relations) {
      List<String> columns = new ArrayList<>();
      Map<String, String> types = new LinkedHashMap<>();
      Map<String, QualifiedName> typeNames = new LinkedHashMap<>();
      List<String> generated = new ArrayList<>();
      Map<String, String> shapes = new LinkedHashMap<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(
              "SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attgenerated <> '', n.nspname, t.typname,"
                  + " (SELECT string_agg(ca.attname || ' ' || pg_catalog.format_type(ca.atttypid, ca.atttypmod), ', ' ORDER BY ca.attnum)"
                  + "   FROM pg_catalog.pg_attribute ca WHERE ca.attrelid = t.typrelid AND ca.attnum > 0 AND NOT ca.attisdropped)"
                  + " FROM pg_catalog.pg_attribute a"
                  + " JOIN pg_catalog.pg_type at ON at.oid = a.atttypid"
                  + " JOIN pg_catalog.pg_type t ON t.oid = CASE WHEN at.typcategory = 'A' AND at.typelem <> 0 THEN at.typelem ELSE at.oid END"
                  + " JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
                  + " WHERE a.attrelid = " + relation[0] + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")) {
        while (rows.next()) {
          columns.add(rows.getString(1));
          types.put(rows.getString(1), rows.getString(2));
          typeNames.put(rows.getString(1), new QualifiedName(rows.getString(4), rows.getString(5)));
          if (rows.getString(6) != null) {
            shapes.put(rows.getString(1), rows.getString(6));
          }
          if (rows.getBoolean(3)) {
            generated.add(rows.getString(1));
          }
        }
      }
      List<List<String>> values = new ArrayList<>();
      String select = columns.isEmpty() ? "NULL" : String.join(", ", columns.stream().map(c -> Sql.ident(c) + "::text").toList());
      boolean partitioned = "p".equals(relation[2]);
      String from = (partitioned ? "" : "ONLY ") + Sql.qualified((QualifiedName) relation[1]) + " AS t";
      java.util.Set<String> partitions = null;
      if (partitioned) {
        select += ", (SELECT pg_catalog.format('%I.%I', pn.nspname, pc.relname) FROM pg_catalog.pg_class pc"
            + " JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace WHERE pc.oid = t.tableoid)";
        partitions = new java.util.TreeSet<>();
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery(
                "SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) FROM pg_catalog.pg_partition_tree(" + relation[0] + ") p"
                    + " JOIN pg_catalog.pg_class c ON c.oid = p.relid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE p.isleaf")) {
          while (rows.next()) {
            partitions.add(rows.getString(1));
          }
        }
      }
      try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT " + select + " FROM " + from)) {
        while (rows.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= columns.size() + (partitioned ? 1 : 0); i++) {
            String value = rows.getString(i);
            row.add(value == null ? NULL : value);
          }
          values.add(row);
        }
      }
      tables.put((QualifiedName) relation[1], new TableRows(columns, types, typeNames, generated, values, shapes, partitions));
    }
    return new RowSnapshot(tables);
  }

  /** @return the number of rows of all tables */
  int rowCount() {
    return tables.values().stream().mapToInt(t -> t.rows().size()).sum();
  }
}
