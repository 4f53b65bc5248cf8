package dev.dovetail.diff.source;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.ColumnConversion;
import dev.dovetail.core.model.ConversionHint;
import dev.dovetail.core.model.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads conversion hints from the comment lines of schema files, for a type change no cast makes:
 *
 * <pre>
 * -- migrations:using public.events.at to_timestamp(at)
 * -- migrations:using-down public.events.at extract(epoch FROM at)::bigint
 * </pre>
 *
 * <p>The column is named {@code [schema.]table.column} as declared (names written as in SQL; an unqualified table is in
 * {@code public}); the rest of the line is an SQL expression of the column's value (named by the column, and by
 * nothing else of its row). {@code using} converts the old type to the declared one; {@code using-down}, optional,
 * converts back for the down, which otherwise casts. An unreadable hint is an error, not a comment ignored.
 */
public final class ConversionHints {

  private static final Pattern HINT = Pattern.compile("^\\s*--\\s*migrations:(using(?:-down)?)\\b(.*)$");
  private static final Pattern COLUMN = Pattern.compile(
      "^\\s+(" + RenameHints.IDENTIFIER + ")\\.(" + RenameHints.IDENTIFIER + ")(?:\\.(" + RenameHints.IDENTIFIER + "))?\\s+(\\S.*?)\\s*$");

  private ConversionHints() {}

  /**
   * @return the hints in {@code script}, one per column, in order
   * @throws MigrationException with {@link ErrorCode#DECLARED_SCHEMA_INVALID} for a hint that cannot be read, a
   *     column with two, or a {@code using-down} without its {@code using}
   */
  public static List<ConversionHint> in(SqlScript script) {
    Map<String, String[]> byColumn = new LinkedHashMap<>(); // table.column -> {up, down, location}
    Map<String, QualifiedName> tables = new LinkedHashMap<>();
    Map<String, String> columns = new LinkedHashMap<>();
    String[] lines = script.text().split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher hint = HINT.matcher(lines[i]);
      if (!hint.matches()) {
        continue;
      }
      String location = script.displayName() + ":" + (i + 1);
      Matcher column = COLUMN.matcher(hint.group(2));
      if (!column.matches()) {
        throw invalid(location, "cannot read conversion hint '" + lines[i].strip() + "'; expected"
            + " -- migrations:using <schema>.<table>.<column> <expression of the column>"
            + " (and optionally -- migrations:using-down <schema>.<table>.<column> <expression back>)");
      }
      QualifiedName table = column.group(3) == null
          ? new QualifiedName("public", RenameHints.identifier(column.group(1)))
          : new QualifiedName(RenameHints.identifier(column.group(1)), RenameHints.identifier(column.group(2)));
      String name = RenameHints.identifier(column.group(3) == null ? column.group(2) : column.group(3));
      String key = table + "." + name;
      tables.put(key, table);
      columns.put(key, name);
      String[] stated = byColumn.computeIfAbsent(key, k -> new String[3]);
      int slot = hint.group(1).equals("using") ? 0 : 1;
      if (stated[slot] != null) {
        throw invalid(location, "a second " + hint.group(1) + " hint for column " + name + " of " + table + " (the first is at "
            + stated[2] + ")");
      }
      stated[slot] = column.group(4);
      stated[2] = stated[2] == null ? location : stated[2];
    }
    List<ConversionHint> hints = new ArrayList<>();
    byColumn.forEach((key, stated) -> {
      if (stated[0] == null) {
        throw invalid(stated[2], "a using-down hint for column " + columns.get(key) + " of " + tables.get(key)
            + " without its using hint, which states the conversion of the up");
      }
      hints.add(new ConversionHint(tables.get(key), columns.get(key), new ColumnConversion(stated[0], stated[1]), stated[2]));
    });
    return List.copyOf(hints);
  }

  private static MigrationException invalid(String location, String problem) {
    return new MigrationException(ErrorCode.DECLARED_SCHEMA_INVALID, location + ": " + problem);
  }
}
