package dev.dovetail.diff.introspect;

import java.util.ArrayList;
import java.util.List;

/**
 * The definition of an extended statistics object ({@code pg_get_statisticsobjdef}) in a form that does not depend
 * on the order of the table's columns. PostgreSQL keeps the columns as a set and lists them by column number, so the
 * same statistics on a table whose column was dropped and added again (as a shadow column's swap does, or any table
 * with a history) would read differently; here the plain columns are listed by name, the expressions after them in
 * PostgreSQL's order.
 */
final class StatisticsDefinition {

  private StatisticsDefinition() {}

  /**
   * @param definition {@code CREATE STATISTICS name [(kinds)] ON items FROM table}, as PostgreSQL writes it
   * @return the same statement with its plain columns sorted; the definition as it is when it has another shape
   */
  static String normalized(String definition) {
    int on = topLevel(definition, " ON ", 0);
    int from = on < 0 ? -1 : topLevel(definition, " FROM ", on + 4);
    if (on < 0 || from < 0) {
      return definition;
    }
    List<String> columns = new ArrayList<>();
    List<String> expressions = new ArrayList<>();
    for (String item : items(definition.substring(on + 4, from))) {
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
  private static List<String> items(String list) {
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
