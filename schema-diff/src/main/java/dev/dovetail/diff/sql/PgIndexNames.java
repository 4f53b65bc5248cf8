package dev.dovetail.diff.sql;

import dev.dovetail.core.model.Index;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names PostgreSQL gives the index it builds on a partition for an index of the partitioned table
 * ({@code ChooseIndexName}: {@code <partition>_<columns>_idx}, each part cut so that the whole fits 63 bytes, the
 * label numbered {@code idx1}, {@code idx2}… while the name is taken). A recipe that builds those indexes itself gives
 * them the same names, so that the database ends as a plain {@code CREATE INDEX} would leave it.
 */
public final class PgIndexNames {

  /** PostgreSQL's NAMEDATALEN - 1: the bytes a name may have. */
  private static final int MAX_BYTES = 63;
  private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"]|\"\")*)\"");

  private PgIndexNames() {}

  /**
   * @param passes how many names to give: the first is PostgreSQL's when it is free, each next one its choice when
   *     those before are taken
   * @return the names PostgreSQL would choose, in the order it tries them, for the index {@code index} of the
   *     partitioned table builds on the partition {@code partition} (its name without schema)
   */
  public static List<String> candidates(Index index, String partition, int passes) {
    String addition = addition(columnNames(index));
    List<String> names = new ArrayList<>();
    for (int pass = 0; pass < passes; pass++) {
      names.add(objectName(partition, addition, pass == 0 ? "idx" : "idx" + pass));
    }
    return names;
  }

  /** {@code ChooseIndexColumnNames}: each key's column name, or {@code expr}; a repeated name numbered. */
  static List<String> columnNames(Index index) {
    List<String> names = new ArrayList<>();
    List<String> elements = new ArrayList<>(index.keys());
    elements.addAll(index.include());
    for (String element : elements) {
      String original = columnName(element);
      String name = original;
      for (int i = 1; names.contains(name); i++) {
        String number = Integer.toString(i);
        name = clip(original, MAX_BYTES - number.length()) + number;
      }
      names.add(name);
    }
    return names;
  }

  /**
   * @return the name PostgreSQL figures for a deparsed key ({@code FigureIndexColname}): a column's name, a function's
   *     name for a call of it ({@code lower(b)}: {@code lower}), what a cast casts or else the type cast to, or
   *     {@code expr}
   */
  static String columnName(String key) {
    Figured figured = figure(key.strip());
    return figured == null ? "expr" : figured.name();
  }

  /** A name figured for an expression and how sure: 2 for a column or function, 1 for a type. */
  private record Figured(String name, int strength) {}

  private static final Pattern CALL = Pattern.compile("((?:[a-z_][a-z0-9_$]*|\"(?:[^\"]|\"\")*\")\\.)*([A-Za-z_][A-Za-z0-9_$]*|\"(?:[^\"]|\"\")*\")\\(");

  private static Figured figure(String expression) {
    String e = expression;
    while (e.startsWith("(") && closing(e, 0) == e.length() - 1) {
      e = e.substring(1, e.length() - 1).strip();
    }
    Matcher quoted = QUOTED.matcher(e);
    if (PLAIN.matcher(e).matches() || quoted.matches()) {
      return new Figured(quoted.matches() ? unquote(e) : e, 2);
    }
    int cast = lastTopLevelCast(e);
    if (cast >= 0) {
      Figured inner = figure(e.substring(0, cast).strip());
      if (inner != null && inner.strength() > 1) {
        return inner;
      }
      String type = e.substring(cast + 2).strip().replaceAll("\\[\\]$", "").replaceAll("\\(.*\\)$", "").strip();
      String last = type.contains(".") ? type.substring(type.lastIndexOf('.') + 1) : type;
      return new Figured(last.startsWith("\"") ? unquote(last) : last.split(" ")[0], 1);
    }
    Matcher call = CALL.matcher(e);
    if (call.lookingAt() && closing(e, call.end() - 1) == e.length() - 1) {
      String name = call.group(2);
      return new Figured(name.startsWith("\"") ? unquote(name) : name.toLowerCase(java.util.Locale.ROOT), 2);
    }
    return null;
  }

  /** @return the index of the {@code ::} of the last cast outside parentheses, quotes and literals, or -1 */
  private static int lastTopLevelCast(String e) {
    int depth = 0;
    int found = -1;
    StringBuilder topLevel = new StringBuilder(); // the text outside parentheses, quotes and literals
    String beforeCast = "";
    for (int i = 0; i < e.length(); i++) {
      char c = e.charAt(i);
      if (c == '\'' || c == '"') {
        i = endOfQuoted(e, i);
        if (i < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ':' && depth == 0 && i + 1 < e.length() && e.charAt(i + 1) == ':') {
        found = i;
        beforeCast = topLevel.toString();
        i++;
      } else if (depth == 0) {
        topLevel.append(c);
      }
    }
    // a cast of the whole only, not of the last operand of an operator ({@code a + b::text})
    return found >= 0 && !beforeCast.matches(".*\\s[-+*/<>=!~|&%^#@]+\\s.*") ? found : -1;
  }

  /** @return the index of the parenthesis that closes the one at {@code open}, or -1 */
  private static int closing(String e, int open) {
    int depth = 0;
    for (int i = open; i < e.length(); i++) {
      char c = e.charAt(i);
      if (c == '\'' || c == '"') {
        i = endOfQuoted(e, i);
        if (i < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @return the index of the quote that ends the literal or quoted name opening at {@code open} (a doubled quote is
   *     part of it), or -1
   */
  private static int endOfQuoted(String e, int open) {
    char quote = e.charAt(open);
    int i = e.indexOf(quote, open + 1);
    while (i >= 0 && i + 1 < e.length() && e.charAt(i + 1) == quote) {
      i = e.indexOf(quote, i + 2);
    }
    return i;
  }

  private static String unquote(String quoted) {
    return quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"");
  }

  /** {@code ChooseIndexNameAddition}: the names joined by {@code _}, each cut to 63 bytes, stopping past 63. */
  static String addition(List<String> names) {
    StringBuilder buffer = new StringBuilder();
    for (String name : names) {
      if (buffer.length() > 0) {
        buffer.append('_');
      }
      buffer.append(clip(name, MAX_BYTES));
      if (bytes(buffer.toString()) >= MAX_BYTES + 1) {
        break;
      }
    }
    return buffer.toString();
  }

  /**
   * {@code makeObjectName}: {@code name1_name2_label}, the longer of the two names cut a byte at a time until the whole
   * fits 63 bytes, each cut at a character boundary.
   */
  static String objectName(String name1, String name2, String label) {
    int overhead = 1 + bytes(label) + 1;
    int available = MAX_BYTES - overhead;
    int chars1 = bytes(name1);
    int chars2 = bytes(name2);
    while (chars1 + chars2 > available) {
      if (chars1 > chars2) {
        chars1--;
      } else {
        chars2--;
      }
    }
    return clip(name1, chars1) + "_" + clip(name2, chars2) + "_" + label;
  }

  /** @return the longest prefix of {@code name} of at most {@code maxBytes} bytes that ends at a character boundary */
  private static String clip(String name, int maxBytes) {
    int end = name.length();
    while (bytes(name.substring(0, end)) > maxBytes) {
      end = name.offsetByCodePoints(end, -1);
    }
    return name.substring(0, end);
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
