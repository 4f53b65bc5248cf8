package dev.dovetail.diff.sql;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether PostgreSQL changes a column's type without rewriting the table: the old type is binary-coercible to the
 * new one ({@code varchar} and {@code text}), or the new type modifier only widens what the old one allowed
 * (a longer {@code varchar}, a {@code numeric} with more digits before the point, a finer {@code timestamp}). Types
 * are compared as {@code format_type} writes them. Anything not known to be safe counts as a rewrite.
 */
public final class TypeChange {

  private static final Pattern TYPE = Pattern.compile("([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?( with(?:out)? time zone)?");

  /** Types whose modifier is a maximum length or a precision that a larger one, or none, only widens. */
  private static final Set<String> WIDENING = Set.of("character varying", "bit varying", "timestamp", "time", "interval");

  private TypeChange() {}

  /** @return whether changing a column from {@code from} to {@code to} leaves the table's data as it is */
  public static boolean withoutRewrite(String from, String to) {
    if (from.equals(to)) {
      return true;
    }
    if (to.equals("text") && (from.equals("character varying") || from.startsWith("character varying("))) {
      return true;
    }
    if (from.equals("text") && to.equals("character varying")) {
      return true;
    }
    Matcher a = TYPE.matcher(from);
    Matcher b = TYPE.matcher(to);
    if (!a.matches() || !b.matches() || !a.group(1).equals(b.group(1)) || !same(a.group(4), b.group(4))) {
      return false;
    }
    String base = a.group(1);
    if (b.group(2) == null) {
      return WIDENING.contains(base) || base.equals("numeric");
    }
    if (a.group(2) == null) {
      return false;
    }
    int fromModifier = Integer.parseInt(a.group(2));
    int toModifier = Integer.parseInt(b.group(2));
    if (base.equals("numeric")) {
      // numeric(p, s) widens to numeric(p', s) with p' >= p; another scale moves the digits
      return toModifier >= fromModifier && same(a.group(3), b.group(3));
    }
    return WIDENING.contains(base) && toModifier >= fromModifier && a.group(3) == null && b.group(3) == null;
  }

  /**
   * PostgreSQL has no cast between two types of the schema's own (two enum types, above all), but each has a text
   * form: between two such types a value passes through {@code text}. Types are written as the catalog reader
   * deparses them, so a type of the schema's own is the one that is schema-qualified.
   *
   * @return {@code text} when the conversion from {@code from} to {@code to} goes through it, else empty
   */
  public static String via(String from, String to) {
    return !from.equals(to) && userDefined(from) && userDefined(to) ? "text" : "";
  }

  /** @return whether a deparsed type is schema-qualified: outside double quotes, a dot before any parenthesis */
  private static boolean userDefined(String type) {
    boolean quoted = false;
    for (int i = 0; i < type.length(); i++) {
      char ch = type.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted && ch == '.') {
        return true;
      } else if (!quoted && ch == '(') {
        return false;
      }
    }
    return false;
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }
}
