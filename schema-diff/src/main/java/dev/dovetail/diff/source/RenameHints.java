package dev.dovetail.diff.source;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.RenameHint;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rename hints from the comment lines of schema files:
 *
 * <pre>
 * -- migrations:rename value public.mood 'sad' to 'unhappy'
 * -- migrations:rename table public.users to accounts
 * -- migrations:rename column public.accounts.email to email_address
 * </pre>
 *
 * <p>A table keeps its schema; a column is named through its table as declared (after any table rename).
 *
 * <p>Names are written as in SQL (double quotes for mixed case, spaces or quotes; an unqualified type is in
 * {@code public}); labels are SQL string literals. A hint Dovetail cannot read, or one for a kind of rename
 * it cannot apply yet, is an error rather than a comment silently ignored: a rename taken for a drop and an
 * add would lose data.
 */
public final class RenameHints {

  private static final Pattern HINT = Pattern.compile("^\\s*--\\s*migrations:rename\\b(.*)$");
  /** A name as written in a hint: double-quoted, or bare (folded to lower case); shared with {@link ConversionHints}. */
  static final String IDENTIFIER = "(?:\"(?:[^\"]|\"\")+\"|[^\\s.\"']+)";
  private static final String LITERAL = "'((?:[^']|'')*)'";
  private static final Pattern VALUE =
      Pattern.compile("^\\s+value\\s+(" + IDENTIFIER + ")(?:\\.(" + IDENTIFIER + "))?\\s+" + LITERAL + "\\s+to\\s+" + LITERAL + "\\s*$");

  private static final Pattern TABLE =
      Pattern.compile("^\\s+table\\s+(" + IDENTIFIER + ")(?:\\.(" + IDENTIFIER + "))?\\s+to\\s+(" + IDENTIFIER + ")\\s*$");
  private static final Pattern COLUMN =
      Pattern.compile("^\\s+column\\s+(" + IDENTIFIER + ")\\.(" + IDENTIFIER + ")(?:\\.(" + IDENTIFIER + "))?\\s+to\\s+(" + IDENTIFIER + ")\\s*$");

  private RenameHints() {}

  /**
   * @return the hints in {@code script}, in order
   * @throws MigrationException with {@link ErrorCode#DECLARED_SCHEMA_INVALID} for a hint that cannot be read
   */
  public static List<RenameHint> in(SqlScript script) {
    List<RenameHint> hints = new ArrayList<>();
    String[] lines = script.text().split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher hint = HINT.matcher(lines[i]);
      if (!hint.matches()) {
        continue;
      }
      String location = script.displayName() + ":" + (i + 1);
      hints.add(parse(hint.group(1), location, lines[i].strip()));
    }
    return List.copyOf(hints);
  }

  private static RenameHint parse(String hint, String location, String line) {
    Matcher value = VALUE.matcher(hint);
    if (value.matches()) {
      QualifiedName type = qualified(value.group(1), value.group(2));
      return new RenameHint(
          RenameHint.Kind.VALUE, type, value.group(3).replace("''", "'"), value.group(4).replace("''", "'"), location);
    }
    Matcher table = TABLE.matcher(hint);
    if (table.matches()) {
      QualifiedName name = qualified(table.group(1), table.group(2));
      return new RenameHint(RenameHint.Kind.TABLE, name, name.name(), identifier(table.group(3)), location);
    }
    Matcher column = COLUMN.matcher(hint);
    if (column.matches()) {
      QualifiedName name =
          column.group(3) == null
              ? new QualifiedName("public", identifier(column.group(1)))
              : new QualifiedName(identifier(column.group(1)), identifier(column.group(2)));
      String from = identifier(column.group(3) == null ? column.group(2) : column.group(3));
      return new RenameHint(RenameHint.Kind.COLUMN, name, from, identifier(column.group(4)), location);
    }
    throw new MigrationException(
        ErrorCode.DECLARED_SCHEMA_INVALID,
        location + ": cannot read rename hint '" + line + "'; expected one of"
            + " -- migrations:rename table <schema>.<table> to <new name>,"
            + " -- migrations:rename column <schema>.<table>.<column> to <new name>,"
            + " -- migrations:rename value <schema>.<enum type> '<old label>' to '<new label>'");
  }

  /** An unqualified name is in {@code public}. */
  private static QualifiedName qualified(String first, String second) {
    return second == null ? new QualifiedName("public", identifier(first)) : new QualifiedName(identifier(first), identifier(second));
  }

  /** An unquoted name folds to lower case, as PostgreSQL folds it. */
  static String identifier(String written) {
    return written.startsWith("\"")
        ? written.substring(1, written.length() - 1).replace("\"\"", "\"")
        : written.toLowerCase(java.util.Locale.ROOT);
  }
}
