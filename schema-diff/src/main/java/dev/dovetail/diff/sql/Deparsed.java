package dev.dovetail.diff.sql;

import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.Index;
import java.util.List;

/**
 * Questions about the text PostgreSQL deparsed (constraint and index definitions, index keys): whether it names a
 * column, as {@link Sql#ident} quotes it. Textual, so a yes may be a false alarm (a string constant that spells the
 * name); the recipes asking them fall back to a plain form then.
 */
public final class Deparsed {

  private Deparsed() {}

  /** @return whether the constraint's definition names {@code column} */
  public static boolean mentions(Constraint constraint, String column) {
    return constraint.definition().contains(Sql.ident(column));
  }

  /** @return whether a key, an included column or the predicate of the index names {@code column} */
  public static boolean mentions(Index index, String column) {
    String name = Sql.ident(column);
    return index.keys().contains(name) || index.include().contains(name)
        || index.keys().stream().anyMatch(k -> k.contains(name))
        || (index.predicate() != null && index.predicate().contains(name));
  }

  /** @return whether the index is on {@code column} alone, plainly: no expression, operator class, INCLUDE or predicate */
  public static boolean onColumnAlone(Index index, String column) {
    String name = Sql.ident(column);
    return index.keys().equals(List.of(name)) && index.include().isEmpty() && index.predicate() == null
        && index.definition().contains("(" + name + ")");
  }

  /**
   * @return whether the constraint's definition names {@code column} and no other of {@code columns}: it can be
   *     built on a shadow column by {@link #withColumn}
   */
  public static boolean onlyNames(Constraint constraint, String column, List<String> columns) {
    return references(constraint.definition(), column) > 0
        && columns.stream().filter(c -> !c.equals(column)).allMatch(c -> references(constraint.definition(), c) == 0);
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
      if (ch != '\'' && token.equals(name) && !qualified && !cast) {
        count++;
        out.append(replacement == null ? token : replacement);
      } else {
        out.append(token);
      }
      i = end;
    }
    return count;
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
