package dev.dovetail.diff.sql;

import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.plan.Lock;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.core.write.FlywayFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The statements of a backfill, which sets a column of the existing rows: batches walked along the primary key, each
 * committed, so that no transaction holds row locks on the whole table, then {@code VACUUM (ANALYZE)}; or, on a
 * table without a primary key, one {@code UPDATE}. What a row gets and which rows still need it is a {@link Fill}.
 */
public final class BackfillSql {

  private BackfillSql() {}

  /**
   * What a backfill writes into a column and which rows still need it.
   *
   * @param kind the kind of value
   * @param from the column copied from, for {@link Kind#COPY}
   * @param via the type a converted value passes through ({@code text} between enum types), or empty
   * @param type the type a copied value is converted to, or null to copy it as it is
   * @param conversion the expression that converts the copied value, naming column {@code from}, as the declared
   *     schema states it; null to cast to {@code type}
   */
  public record Fill(Kind kind, String from, String via, String type, String conversion) {

    public Fill(Kind kind, String from, String via, String type) {
      this(kind, from, via, type, null);
    }

    /** The kinds of value. */
    public enum Kind {
      /** the column's default, in the rows where it is null */
      DEFAULT,
      /** a value a reviewer writes in, in the rows where it is null; the backfill refuses to run until then */
      TO_CHOOSE,
      /** another column's value, converted or not, in the rows where the two differ */
      COPY
    }

    public Fill {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(via, "via");
    }

    /** @return the column's default */
    public static Fill columnDefault() {
      return new Fill(Kind.DEFAULT, null, "", null);
    }

    /** @return a value for a reviewer to choose */
    public static Fill toChoose() {
      return new Fill(Kind.TO_CHOOSE, null, "", null);
    }

    /** @return the value of column {@code from} */
    public static Fill copyOf(String from) {
      return new Fill(Kind.COPY, Objects.requireNonNull(from, "from"), "", null);
    }

    /** @return the value of column {@code from} cast to {@code type}, through {@code via} when it is not empty */
    public static Fill convertedFrom(String from, String via, String type) {
      return new Fill(Kind.COPY, Objects.requireNonNull(from, "from"), via, Objects.requireNonNull(type, "type"));
    }

    /** @return the value of column {@code from} converted by {@code conversion}, an expression that names it */
    public static Fill convertedBy(String from, String conversion, String type) {
      return new Fill(Kind.COPY, Objects.requireNonNull(from, "from"), "", Objects.requireNonNull(type, "type"),
          Objects.requireNonNull(conversion, "conversion"));
    }

    /** @return the value expression */
    String value() {
      return switch (kind) {
        case DEFAULT -> "DEFAULT";
        case TO_CHOOSE -> "NULL /* TODO: the value for existing rows */";
        case COPY -> conversion != null
            ? "(" + conversion + ")::" + type
            : Sql.ident(from) + (type == null ? "" : (via.isEmpty() ? "" : "::" + via) + "::" + type);
      };
    }

    /** @return the condition of the rows of {@code column} that still need the value */
    String pending(String column) {
      return kind == Kind.COPY ? Sql.ident(column) + " IS DISTINCT FROM " + value() : Sql.ident(column) + " IS NULL";
    }
  }

  /**
   * @return the {@code PL/pgSQL} that refuses to run while {@code column} has rows to fill with a value a reviewer must
   *     choose, or empty for any other fill
   */
  private static String guard(QualifiedName table, String column, Fill fill) {
    if (fill.kind() != Fill.Kind.TO_CHOOSE) {
      return "";
    }
    return "  IF EXISTS (SELECT FROM " + Sql.qualified(table) + " WHERE " + Sql.ident(column) + " IS NULL) THEN\n"
        + "    RAISE EXCEPTION '%: choose the value of column % for existing rows, write it in the UPDATE below and delete this IF block',\n"
        + "      " + Sql.literal(FlywayFormat.FILE_NAME) + ", " + Sql.literal(table + "." + column) + ";\n"
        + "  END IF;\n";
  }

  /**
   * @return the statements of a backfill of a table without a primary key: the guard of a value to choose, in a
   *     {@code DO} block of its own, and one {@code UPDATE} of every row that needs the value
   */
  public static List<Statement> withoutKey(QualifiedName table, String column, Fill fill) {
    Statement update = Statement.of(
        "UPDATE " + Sql.qualified(table) + " SET " + Sql.ident(column) + " = " + fill.value() + " WHERE " + fill.pending(column),
        Lock.on(Lock.Mode.ROW_EXCLUSIVE, table));
    String guard = guard(table, column, fill);
    return guard.isEmpty()
        ? List.of(update)
        : List.of(Statement.of("DO " + Sql.dollarQuoted("\nBEGIN\n" + guard + "END\n"), Lock.NONE), update);
  }

  /**
   * @return the {@code DO} block that fills the rows in batches of {@code batchSize} along the primary key
   *     {@code keys}, committing after each, so that a second run carries on where a stopped one was
   */
  public static Statement batched(QualifiedName table, String column, Fill fill, List<String> keys, int batchSize) {
    String target = Sql.qualified(table);
    String pending = fill.pending(column);
    StringBuilder declare = new StringBuilder();
    for (int i = 0; i < keys.size(); i++) {
      String type = Sql.qualified(table) + "." + Sql.ident(keys.get(i)) + "%TYPE";
      declare.append("  dovetail_from_").append(i).append(' ').append(type).append(";\n  dovetail_to_").append(i).append(' ').append(type).append(";\n");
    }
    String keyList = keys.stream().map(Sql::ident).collect(Collectors.joining(", "));
    String keyDesc = keys.stream().map(k -> Sql.ident(k) + " DESC").collect(Collectors.joining(", "));
    String from = row(keys.size(), "dovetail_from_");
    String to = row(keys.size(), "dovetail_to_");
    String intoFrom = from.substring(1, from.length() - 1);
    String intoTo = to.substring(1, to.length() - 1);
    String keyRow = "(" + keyList + ")";
    String sql = "DO " + Sql.dollarQuoted(
        "\n"
            + "DECLARE\n"
            + "  batch_size CONSTANT integer := " + batchSize + ";\n"
            + declare
            + "BEGIN\n"
            + guard(table, column, fill)
            + "  SELECT " + keyList + " INTO " + intoFrom + " FROM " + target + " WHERE " + pending + " ORDER BY " + keyList + " LIMIT 1;\n"
            + "  WHILE FOUND LOOP\n"
            + "    SELECT " + keyList + " INTO " + intoTo + " FROM (SELECT " + keyList + " FROM " + target
            + " WHERE " + keyRow + " >= " + from + " ORDER BY " + keyList + " LIMIT batch_size) AS batch ORDER BY " + keyDesc + " LIMIT 1;\n"
            + "    UPDATE " + target + " SET " + Sql.ident(column) + " = " + fill.value()
            + " WHERE " + keyRow + " >= " + from + " AND " + keyRow + " <= " + to + " AND " + pending + ";\n"
            + "    COMMIT;\n"
            + "    SELECT " + keyList + " INTO " + intoFrom + " FROM " + target
            + " WHERE " + keyRow + " > " + to + " AND " + pending + " ORDER BY " + keyList + " LIMIT 1;\n"
            + "  END LOOP;\n"
            + "END\n");
    return Statement.of(sql, Lock.on(Lock.Mode.ROW_EXCLUSIVE, table).oneBatchAtATime());
  }

  /**
   * @return {@code VACUUM (ANALYZE) table}, right after a batched backfill: the dead row versions it left would otherwise
   *     start an autovacuum just when the next migration asks for its brief exclusive lock, which then waits (and queues
   *     the application behind it) until autovacuum yields; {@code VACUUM} itself lets reads and writes go on
   */
  public static Statement vacuumAnalyze(QualifiedName table) {
    return Statement.of("VACUUM (ANALYZE) " + Sql.qualified(table), Lock.on(Lock.Mode.SHARE_UPDATE_EXCLUSIVE, table));
  }

  private static String row(int size, String prefix) {
    return IntStream.range(0, size).mapToObj(i -> prefix + i).collect(Collectors.joining(", ", "(", ")"));
  }
}
