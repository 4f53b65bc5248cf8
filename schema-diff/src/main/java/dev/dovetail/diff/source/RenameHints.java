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
 * </pre>
 *
 * <p>Names are written as in SQL (double quotes for mixed case, spaces or quotes; an unqualified type is in
 * {@code public}); labels are SQL string literals. A hint Dovetail cannot read, or one for a kind of rename
 * it cannot apply yet, is an error rather than a comment silently ignored: a rename taken for a drop and an
 * add would lose data.
 */
public final class RenameHints {

  private static final Pattern HINT = Pattern.compile("^\\s*--\\s*migrations:rename\\b(.*)$");
  private static final String IDENTIFIER = "(?:\"(?:[^\"]|\"\")+\"|[^\\s.\"']+)";
  private static final String LITERAL = "'((?:[^']|'')*)'";
  private static final Pattern VALUE =
      Pattern.compile("^\\s+value\\s+(" + IDENTIFIER + ")(?:\\.(" + IDENTIFIER + "))?\\s+" + LITERAL + "\\s+to\\s+" + LITERAL + "\\s*$");

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
      Matcher value = VALUE.matcher(hint.group(1));
      if (!value.matches()) {
        throw new MigrationException(
            ErrorCode.DECLARED_SCHEMA_INVALID,
            location + ": cannot read rename hint '" + lines[i].strip() + "'; expected"
                + " -- migrations:rename value <schema>.<enum type> '<old label>' to '<new label>'"
                + " (renames of columns and tables are not supported yet)");
      }
      QualifiedName type =
          value.group(2) == null
              ? new QualifiedName("public", identifier(value.group(1)))
              : new QualifiedName(identifier(value.group(1)), identifier(value.group(2)));
      hints.add(new RenameHint(
          RenameHint.Kind.VALUE, type, value.group(3).replace("''", "'"), value.group(4).replace("''", "'"), location));
    }
    return List.copyOf(hints);
  }

  /** An unquoted name folds to lower case, as PostgreSQL folds it. */
  private static String identifier(String written) {
    return written.startsWith("\"")
        ? written.substring(1, written.length() - 1).replace("\"\"", "\"")
        : written.toLowerCase(java.util.Locale.ROOT);
  }
}
