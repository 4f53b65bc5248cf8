package dev.dovetail.diff.sql;

import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Index;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions about the text PostgreSQL deparsed (constraint and index definitions, index keys): whether it names a
 * column, as {@link Sql#ident} quotes it; that text with a column moved to another; and a statistics definition in a
 * form that does not depend on column order. Textual, so a yes may be a false alarm (a string constant that spells the
 * name); the recipes asking them fall back to a plain form then.
 */
public final class Deparsed {

  private Deparsed() {}

  /** @return whether the constraint's definition names {@code column} (textually: a yes may be a false alarm) */
  private static boolean mentions(Constraint constraint, String column) {
    return constraint.definition().contains(Sql.ident(column));
  }

  /**
   * @return whether the constraint involves {@code column} of its own table: a foreign key by its own columns (not
   *     the referenced ones), a check by a reference in its expression, the others by their columns or definition
   */
  public static boolean involves(Constraint constraint, String column) {
    if (constraint instanceof ForeignKey fk) {
      return fk.columns().contains(column);
    }
    if (constraint instanceof CheckConstraint) {
      return references(constraint.definition(), column) > 0;
    }
    return constraint.columns().contains(column) || mentions(constraint, column);
  }

  /** @return whether a key, an included column or the predicate of the index refers to {@code column} */
  public static boolean mentions(Index index, String column) {
    return index.keys().stream().anyMatch(k -> references(k, column) > 0)
        || index.include().stream().anyMatch(k -> references(k, column) > 0)
        || index.predicate() != null && references(index.predicate(), column) > 0;
  }

  /**
   * @return the index's definition ({@code pg_get_indexdef}) with every reference to {@code column} in its keys,
   *     INCLUDE list and predicate naming {@code onColumn} instead; the index and table names are left as they are
   * @throws IllegalArgumentException when the definition does not have PostgreSQL's shape or does not name the column
   */
  static String withColumn(Index index, String column, String onColumn) {
    String definition = index.definition();
    String table = Sql.qualified(index.table());
    int on = definition.indexOf(" ON " + table + " USING ");
    int only = definition.indexOf(" ON ONLY " + table + " USING ");
    int using = on >= 0 ? on + (" ON " + table).length() : only >= 0 ? only + (" ON ONLY " + table).length() : -1;
    int body = using < 0 ? -1 : definition.indexOf('(', using);
    if (body < 0) {
      throw new IllegalArgumentException("not an index definition of pg_get_indexdef on " + table + ": " + definition);
    }
    return definition.substring(0, body) + withColumn(definition.substring(body), column, onColumn);
  }

  /**
   * @return the constraint's definition with every reference to {@code column} of its own table naming
   *     {@code onColumn} instead: in a foreign key, its own columns only, never the referenced ones
   * @throws IllegalArgumentException when the definition does not name the column
   */
  static String withColumn(Constraint constraint, String column, String onColumn) {
    String definition = constraint.definition();
    int references = constraint instanceof ForeignKey ? definition.indexOf(") REFERENCES ") : -1;
    if (references >= 0) {
      return withColumn(definition.substring(0, references), column, onColumn) + definition.substring(references);
    }
    return withColumn(definition, column, onColumn);
  }

  /**
   * @return {@code definition} (a constraint PostgreSQL deparsed) with every reference to {@code column} naming
   *     {@code onColumn} instead; string constants, other identifiers, qualified names and function calls are left
   *     as they are
   * @throws IllegalArgumentException when the definition does not name {@code column}
   */
  static String withColumn(String definition, String column, String onColumn) {
    StringBuilder out = new StringBuilder();
    int found = scan(definition, column, Sql.ident(onColumn), out);
    if (found == 0) {
      throw new IllegalArgumentException("the definition does not name column " + column + ": " + definition);
    }
    return out.toString();
  }

  /** @return how many times {@code definition} refers to {@code column} as a column */
  static int references(String definition, String column) {
    return scan(definition, column, null, new StringBuilder());
  }

  /**
   * Walks deparsed SQL token by token: string constants and quoted identifiers are whole tokens, so a name inside a
   * constant is never taken for a column.
   */
  private static int scan(String sql, String column, String replacement, StringBuilder out) {
    String name = Sql.ident(column);
    int count = 0;
    int i = 0;
    while (i < sql.length()) {
      char ch = sql.charAt(i);
      int end;
      if (ch == '\'') {
        end = closing(sql, i, '\'');
      } else if (ch == '"') {
        end = closing(sql, i, '"');
      } else if (Character.isLetter(ch) || ch == '_') {
        end = i;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_' || sql.charAt(end) == '$')) {
          end++;
        }
      } else {
        out.append(ch);
        i++;
        continue;
      }
      String token = sql.substring(i, end);
      boolean qualified = i > 0 && sql.charAt(i - 1) == '.' || end < sql.length() && (sql.charAt(end) == '.' || sql.charAt(end) == '(');
      boolean cast = i > 1 && sql.startsWith("::", i - 2);
      boolean collation = i >= 8 && sql.startsWith("COLLATE ", i - 8);
      if (ch != '\'' && token.equals(name) && !qualified && !cast && !collation) {
        count++;
        out.append(replacement == null ? token : replacement);
      } else {
        out.append(token);
      }
      i = end;
    }
    return count;
  }

  /**
   * @param definition {@code CREATE STATISTICS name [(kinds)] ON items FROM table}, as {@code pg_get_statisticsobjdef}
   *     writes it: PostgreSQL keeps the columns as a set and lists them by column number, so the same statistics on a
   *     table whose column was dropped and added again (a shadow column's swap, or any table with a history) would
   *     read otherwise
   * @return the same statement with its plain columns listed by name, the expressions after them as they are; the
   *     definition as it is when it has another shape
   */
  public static String statisticsDefinition(String definition) {
    int on = topLevel(definition, " ON ", 0);
    int from = on < 0 ? -1 : topLevel(definition, " FROM ", on + 4);
    if (on < 0 || from < 0) {
      return definition;
    }
    List<String> columns = new ArrayList<>();
    List<String> expressions = new ArrayList<>();
    for (String item : statisticsItems(definition.substring(on + 4, from))) {
      (item.startsWith("(") ? expressions : columns).add(item);
    }
    columns.sort(null);
    List<String> all = new ArrayList<>(columns);
    all.addAll(expressions);
    return definition.substring(0, on + 4) + String.join(", ", all) + definition.substring(from);
  }

  /** @return where {@code word} first occurs from {@code start}, outside quotes and parentheses, or -1 */
  private static int topLevel(String sql, String word, int start) {
    int depth = 0;
    for (int i = start; i < sql.length(); i++) {
      char ch = sql.charAt(i);
      if (ch == '"' || ch == '\'') {
        int end = closing(sql, i, ch);
        i = end - 1;
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
      } else if (depth == 0 && sql.startsWith(word, i)) {
        return i;
      }
    }
    return -1;
  }

  /** @return the comma-separated items of {@code list}, split outside quotes and parentheses */
  private static List<String> statisticsItems(String list) {
    List<String> items = new ArrayList<>();
    int depth = 0;
    int begin = 0;
    for (int i = 0; i < list.length(); i++) {
      char ch = list.charAt(i);
      if (ch == '"' || ch == '\'') {
        i = closing(list, i, ch) - 1;
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
      } else if (ch == ',' && depth == 0) {
        items.add(list.substring(begin, i).strip());
        begin = i + 1;
      }
    }
    items.add(list.substring(begin).strip());
    return items;
  }

  /** @return the index after the quote closing the token that opens at {@code start} (a doubled quote escapes) */
  private static int closing(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }
}
