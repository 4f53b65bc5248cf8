package dev.dovetail.it;

import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.diff.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills every table of a live database with a few rows, for the data-keeping round trip ({@link DataKeeping}).
 * Values come from each column's type as {@code pg_catalog} describes it (numbers, strings within their length,
 * booleans, dates and times, uuid, json, arrays, enums by their first label, domains by their base type, ranges,
 * network types, composites); parents are filled before the tables that reference them, foreign key columns take
 * the referenced values of existing rows (a self-reference is left NULL when it may be), identity, generated and
 * serial columns are left to their defaults. Each row is tried in a savepoint, first with generated values, then
 * with the literals that the column's checks and partition bounds name, then with only the columns that must be
 * given; what no attempt could insert is recorded with PostgreSQL's error, never hidden.
 */
final class TableSeeder {

  /** Rows tried per table. */
  static final int ROWS = 3;

  /** @param inserted rows inserted; {@code reason} says why a table got none (or fewer), else {@code null} */
  record Seeded(QualifiedName table, int inserted, String reason) {}

  private record Column(
      int attnum, String name, long typeOid, int typmod, String type, boolean notNull, boolean omitted, boolean hasDefault) {}

  private record ForeignKey(long parent, List<Integer> columns, List<Integer> referenced) {}

  private record Table(long oid, QualifiedName name, char kind) {}

  private static final Pattern STRING_LITERAL = Pattern.compile("'((?:[^']|'')*)'");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.'])-?\\d+(?:\\.\\d+)?(?![\\w'])");

  private final Connection connection;
  private final Map<Long, TypeInfo> types = new HashMap<>();

  private record TypeInfo(String name, String schema, char typtype, long elem, char category, long baseType, int baseTypmod,
      long rangeSubtype, long relid, List<String> labels, long multirangeRange) {}

  TableSeeder(Connection connection) {
    this.connection = connection;
  }

  /** @return per table, what was inserted; the connection must be in autocommit mode and is left so */
  List<Seeded> seed() throws SQLException {
    Map<Long, Table> tables = new LinkedHashMap<>();
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
        tables.put(rows.getLong(1), new Table(rows.getLong(1), new QualifiedName(rows.getString(2), rows.getString(3)), rows.getString(4).charAt(0)));
      }
    }
    Map<Long, List<ForeignKey>> keys = new HashMap<>();
    for (Table table : tables.values()) {
      keys.put(table.oid(), foreignKeys(table.oid()));
    }
    // Parents first; a cycle (other than a self-reference) is broken by taking the remaining tables in name order.
    List<Table> order = new ArrayList<>();
    Set<Long> done = new LinkedHashSet<>();
    while (order.size() < tables.size()) {
      boolean progress = false;
      for (Table table : tables.values()) {
        if (done.contains(table.oid())) {
          continue;
        }
        boolean ready = keys.get(table.oid()).stream()
            .allMatch(k -> k.parent() == table.oid() || done.contains(k.parent()) || !tables.containsKey(k.parent()));
        if (ready) {
          order.add(table);
          done.add(table.oid());
          progress = true;
        }
      }
      if (!progress) {
        Table next = tables.values().stream().filter(t -> !done.contains(t.oid())).findFirst().orElseThrow();
        order.add(next);
        done.add(next.oid());
      }
    }
    List<Seeded> seeded = new ArrayList<>();
    for (Table table : order) {
      seeded.add(seed(table, keys.get(table.oid()), tables));
    }
    return seeded;
  }

  private Seeded seed(Table table, List<ForeignKey> foreignKeys, Map<Long, Table> tables) throws SQLException {
    List<Column> columns = columns(table.oid());
    Map<Integer, List<String>> candidates = candidates(table.oid(), columns);
    // Per foreign key column, per row, the referenced value (text) or null.
    Map<Integer, List<String>> referenced = new HashMap<>();
    for (ForeignKey key : foreignKeys) {
      if (key.parent() == table.oid()) {
        continue; // a self-reference: generated values (the row may reference itself) or NULL, below
      }
      Table parent = tables.get(key.parent());
      List<List<String>> tuples = parent == null ? List.of() : referencedTuples(parent, key.referenced());
      for (int i = 0; i < key.columns().size(); i++) {
        List<String> values = new ArrayList<>();
        for (int row = 0; row < ROWS; row++) {
          values.add(tuples.isEmpty() ? null : tuples.get(row % tuples.size()).get(i));
        }
        referenced.put(key.columns().get(i), values);
      }
    }
    Set<Integer> selfReferencing = new LinkedHashSet<>();
    foreignKeys.stream().filter(k -> k.parent() == table.oid()).forEach(k -> selfReferencing.addAll(k.columns()));

    int inserted = 0;
    String lastError = null;
    for (int row = 1; row <= ROWS; row++) {
      List<String> attempts = new ArrayList<>();
      attempts.add(insert(table, columns, row, referenced, selfReferencing, Map.of(), false));
      if (!candidates.isEmpty()) {
        attempts.add(insert(table, columns, row, referenced, selfReferencing, candidates, false));
      }
      attempts.add(insert(table, columns, row, referenced, selfReferencing, candidates, true));
      boolean ok = false;
      for (String sql : new LinkedHashSet<>(attempts)) {
        if (sql == null) {
          continue;
        }
        connection.setAutoCommit(false);
        Savepoint savepoint = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
          statement.setEscapeProcessing(false);
          statement.execute(sql);
          connection.releaseSavepoint(savepoint);
          ok = true;
        } catch (SQLException e) {
          connection.rollback(savepoint);
          lastError = e.getSQLState() + " " + firstLine(e.getMessage());
        } finally {
          connection.commit();
          connection.setAutoCommit(true);
        }
        if (ok) {
          break;
        }
      }
      if (ok) {
        inserted++;
      } else if (lastError == null) {
        lastError = "no value for a column of its type";
      }
    }
    return new Seeded(table.name(), inserted, inserted == ROWS ? null : lastError);
  }

  /**
   * @param candidates literals per column to use instead of generated values
   * @param requiredOnly give values only to the columns that must have one (NOT NULL without default)
   * @return the INSERT, or {@code null} when a required column has no value of its type
   */
  private String insert(Table table, List<Column> columns, int row, Map<Integer, List<String>> referenced,
      Set<Integer> selfReferencing, Map<Integer, List<String>> candidates, boolean requiredOnly) throws SQLException {
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Column column : columns) {
      if (column.omitted() || (requiredOnly && (!column.notNull() || column.hasDefault()))) {
        continue;
      }
      String text;
      if (referenced.containsKey(column.attnum())) {
        text = referenced.get(column.attnum()).get(row - 1);
      } else if (selfReferencing.contains(column.attnum()) && !column.notNull()) {
        text = null;
      } else if (candidates.containsKey(column.attnum())) {
        List<String> options = candidates.get(column.attnum());
        text = options.get((row - 1) % options.size());
      } else {
        text = value(column.typeOid(), column.typmod(), row, 0);
      }
      if (text == null && column.notNull()) {
        if (column.hasDefault()) {
          continue;
        }
        return null;
      }
      names.add(Sql.ident(column.name()));
      values.add(text == null ? "NULL" : Sql.literal(text) + "::" + column.type());
    }
    String target = Sql.qualified(table.name());
    return names.isEmpty()
        ? "INSERT INTO " + target + " DEFAULT VALUES"
        : "INSERT INTO " + target + " (" + String.join(", ", names) + ") VALUES (" + String.join(", ", values) + ")";
  }

  private List<Column> columns(long table) throws SQLException {
    List<Column> columns = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT a.attnum, a.attname, a.atttypid, a.atttypmod, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,"
            + " a.attidentity <> '' OR a.attgenerated <> '' OR coalesce(pg_catalog.pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false),"
            + " d.adbin IS NOT NULL"
            + " FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")) {
      statement.setLong(1, table);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          columns.add(new Column(rows.getInt(1), rows.getString(2), rows.getLong(3), rows.getInt(4), rows.getString(5),
              rows.getBoolean(6), rows.getBoolean(7), rows.getBoolean(8)));
        }
      }
    }
    return columns;
  }

  private List<ForeignKey> foreignKeys(long table) throws SQLException {
    List<ForeignKey> keys = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT confrelid, conkey, confkey FROM pg_catalog.pg_constraint WHERE contype = 'f' AND conrelid = ? ORDER BY conname")) {
      statement.setLong(1, table);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          keys.add(new ForeignKey(rows.getLong(1), shorts(rows.getArray(2)), shorts(rows.getArray(3))));
        }
      }
    }
    return keys;
  }

  private static List<Integer> shorts(java.sql.Array array) throws SQLException {
    List<Integer> values = new ArrayList<>();
    for (Object o : (Object[]) array.getArray()) {
      values.add(((Number) o).intValue());
    }
    return values;
  }

  /** @return up to {@link #ROWS} distinct tuples of the referenced columns of the parent's rows, as text */
  private List<List<String>> referencedTuples(Table parent, List<Integer> attnums) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT attname FROM pg_catalog.pg_attribute WHERE attrelid = ? AND attnum = ?")) {
      for (int attnum : attnums) {
        statement.setLong(1, parent.oid());
        statement.setInt(2, attnum);
        try (ResultSet rows = statement.executeQuery()) {
          rows.next();
          names.add(Sql.ident(rows.getString(1)));
        }
      }
    }
    String select = names.stream().map(n -> n + "::text").reduce((a, b) -> a + ", " + b).orElseThrow();
    String notNull = names.stream().map(n -> n + " IS NOT NULL").reduce((a, b) -> a + " AND " + b).orElseThrow();
    String sql = "SELECT DISTINCT " + select + " FROM " + (parent.kind() == 'r' ? "ONLY " : "") + Sql.qualified(parent.name())
        + " WHERE " + notNull + " ORDER BY " + select.replace("::text", "") + " LIMIT " + ROWS;
    List<List<String>> tuples = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        List<String> tuple = new ArrayList<>();
        for (int i = 1; i <= names.size(); i++) {
          tuple.add(rows.getString(i));
        }
        tuples.add(tuple);
      }
    }
    return tuples;
  }

  /**
   * @return per column, the literals named by the checks on it (its domain's too) and, for the one key column of a
   *     partitioned table, by its partitions' bounds; a number also gives the number after it
   */
  private Map<Integer, List<String>> candidates(long table, List<Column> columns) throws SQLException {
    Map<Integer, List<String>> candidates = new TreeMap<>();
    List<Map.Entry<Integer, String>> sources = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT k, pg_catalog.pg_get_constraintdef(c.oid) FROM pg_catalog.pg_constraint c, unnest(c.conkey) k"
            + " WHERE c.contype = 'c' AND c.conrelid = ?"
            + " UNION ALL SELECT a.attnum, pg_catalog.pg_get_constraintdef(c.oid) FROM pg_catalog.pg_attribute a"
            + " JOIN pg_catalog.pg_constraint c ON c.contypid = a.atttypid AND c.contype = 'c'"
            + " WHERE a.attrelid = ? AND a.attnum > 0"
            + " UNION ALL SELECT p.partattrs[0], pg_catalog.pg_get_expr(c.relpartbound, c.oid)"
            + " FROM pg_catalog.pg_partitioned_table p JOIN pg_catalog.pg_inherits i ON i.inhparent = p.partrelid"
            + " JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid"
            + " WHERE p.partrelid = ? AND p.partnatts = 1 AND p.partattrs[0] <> 0")) {
      statement.setLong(1, table);
      statement.setLong(2, table);
      statement.setLong(3, table);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          sources.add(Map.entry(rows.getInt(1), rows.getString(2)));
        }
      }
    }
    for (Map.Entry<Integer, String> source : sources) {
      Column column = columns.stream().filter(c -> c.attnum() == source.getKey()).findFirst().orElse(null);
      if (column == null || column.omitted()) {
        continue;
      }
      List<String> values = candidates.computeIfAbsent(source.getKey(), k -> new ArrayList<>());
      Matcher strings = STRING_LITERAL.matcher(source.getValue());
      while (strings.find()) {
        String value = strings.group(1).replace("''", "'");
        if (!values.contains(value)) {
          values.add(value);
        }
      }
      Matcher numbers = NUMBER.matcher(STRING_LITERAL.matcher(source.getValue()).replaceAll("''"));
      while (numbers.find()) {
        String number = numbers.group();
        String next = number.contains(".") ? new java.math.BigDecimal(number).add(java.math.BigDecimal.ONE).toPlainString()
            : String.valueOf(Long.parseLong(number) + 1);
        for (String value : List.of(number, next)) {
          if (!values.contains(value)) {
            values.add(value);
          }
        }
      }
      if (values.isEmpty()) {
        candidates.remove(source.getKey());
      }
    }
    return candidates;
  }

  /** @return the text of a value of the type for the row (1, 2, …), or {@code null} when none is known */
  private String value(long typeOid, int typmod, int row, int depth) throws SQLException {
    if (depth > 4) {
      return null;
    }
    TypeInfo type = type(typeOid);
    switch (type.typtype()) {
      case 'e':
        return type.labels().isEmpty() ? null : type.labels().get(0);
      case 'd':
        return value(type.baseType(), type.baseTypmod(), row, depth + 1);
      case 'r': {
        String low = value(type.rangeSubtype(), -1, row, depth + 1);
        String high = value(type.rangeSubtype(), -1, row + 1, depth + 1);
        return low == null || high == null ? null : "[" + quoteRangeBound(low) + "," + quoteRangeBound(high) + ")";
      }
      case 'm': {
        String range = value(type.multirangeRange(), -1, row, depth + 1);
        return range == null ? null : "{" + range + "}";
      }
      case 'c': {
        List<String> fields = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT atttypid, atttypmod FROM pg_catalog.pg_attribute WHERE attrelid = ? AND attnum > 0 AND NOT attisdropped ORDER BY attnum")) {
          statement.setLong(1, type.relid());
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              String field = value(rows.getLong(1), rows.getInt(2), row, depth + 1);
              fields.add(field == null ? "" : "\"" + field.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
          }
        }
        return "(" + String.join(",", fields) + ")";
      }
      default:
        break;
    }
    if (type.category() == 'A' && type.elem() != 0) {
      String element = value(type.elem(), typmod, row, depth + 1);
      return element == null ? null : "{\"" + element.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
    if (!type.schema().equals("pg_catalog")) {
      return null;
    }
    return switch (type.name()) {
      case "int2", "int4", "int8", "oid" -> String.valueOf(row);
      case "numeric" -> numeric(typmod, row);
      case "float4", "float8" -> row + ".5";
      case "money" -> row + ".00";
      case "text", "name", "citext" -> "v" + row;
      case "varchar", "bpchar" -> typmod < 0 || typmod - 4 >= 2 ? "v" + row : String.valueOf((char) ('a' + row - 1));
      case "char" -> String.valueOf((char) ('a' + row - 1));
      case "bool" -> row % 2 == 1 ? "true" : "false";
      case "date" -> "2024-01-0" + row;
      case "timestamp" -> "2024-01-0" + row + " 10:00:00";
      case "timestamptz" -> "2024-01-0" + row + " 10:00:00+00";
      case "time" -> "10:0" + row + ":00";
      case "timetz" -> "10:0" + row + ":00+00";
      case "interval" -> row + " days";
      case "uuid" -> "00000000-0000-4000-8000-00000000000" + row;
      case "json", "jsonb" -> "{\"n\": " + row + "}";
      case "bytea" -> "\\x0" + row;
      case "inet" -> "10.0.0." + row;
      case "cidr" -> "10.0." + row + ".0/24";
      case "macaddr" -> "08:00:2b:01:02:0" + row;
      case "macaddr8" -> "08:00:2b:01:02:03:04:0" + row;
      case "bit", "varbit" -> bits(typmod, row);
      case "xml" -> "<v>" + row + "</v>";
      case "tsvector", "tsquery" -> "w" + row;
      case "point" -> "(" + row + "," + row + ")";
      case "box" -> "((0,0),(" + row + "," + row + "))";
      case "circle" -> "<(0,0)," + row + ">";
      case "lseg" -> "[(0,0),(" + row + "," + row + ")]";
      case "path" -> "[(0,0),(" + row + "," + row + ")]";
      case "polygon" -> "((0,0),(" + row + "," + row + "),(" + row + ",0))";
      case "line" -> "{1,-1," + row + "}";
      case "pg_lsn" -> "0/" + row;
      default -> null;
    };
  }

  private static String quoteRangeBound(String bound) {
    return "\"" + bound.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String numeric(int typmod, int row) {
    if (typmod < 0) {
      return row + ".25";
    }
    int precision = ((typmod - 4) >> 16) & 0xffff;
    int scale = (typmod - 4) & 0x7ff;
    if (precision - scale < 1) {
      return "0." + row;
    }
    return scale > 0 ? row + ".25" : String.valueOf(row);
  }

  private static String bits(int typmod, int row) {
    int length = typmod > 0 ? typmod : 2;
    String binary = Integer.toBinaryString(row);
    if (binary.length() > length) {
      binary = binary.substring(binary.length() - length);
    }
    return "0".repeat(length - binary.length()) + binary;
  }

  private TypeInfo type(long oid) throws SQLException {
    TypeInfo cached = types.get(oid);
    if (cached != null) {
      return cached;
    }
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT t.typname, n.nspname, t.typtype, t.typelem, t.typcategory, t.typbasetype, t.typtypmod,"
            + " coalesce((SELECT r.rngsubtype FROM pg_catalog.pg_range r WHERE r.rngtypid = t.oid), 0), t.typrelid,"
            + " ARRAY(SELECT e.enumlabel FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder),"
            + " coalesce((SELECT r.rngtypid FROM pg_catalog.pg_range r WHERE r.rngmultitypid = t.oid), 0)"
            + " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE t.oid = ?")) {
      statement.setLong(1, oid);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        List<String> labels = new ArrayList<>();
        for (Object label : (Object[]) rows.getArray(10).getArray()) {
          labels.add((String) label);
        }
        TypeInfo type = new TypeInfo(rows.getString(1), rows.getString(2), rows.getString(3).charAt(0), rows.getLong(4),
            rows.getString(5).charAt(0), rows.getLong(6), rows.getInt(7), rows.getLong(8), rows.getLong(9), labels, rows.getLong(11));
        types.put(oid, type);
        return type;
      }
    }
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
