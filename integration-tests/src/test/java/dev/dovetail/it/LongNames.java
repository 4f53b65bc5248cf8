package dev.dovetail.it;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.source.SqlScript;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pair of declared scripts with every name they create made exactly 63 bytes long, PostgreSQL's limit: the names
 * Dovetail derives from them (shadow columns, temporary indexes, constraints, migration file names) must then be cut
 * to fit and still stay unique, and the names PostgreSQL derives itself ({@code <table>_pkey}, {@code <table>_<column>_fkey})
 * are cut by PostgreSQL's rules.
 *
 * <p>The names are read from the catalog of a scratch database each script was run on (schemas, relations, columns,
 * constraints, types, functions, triggers, policies, statistics), not guessed from the text; words that are also
 * keywords or built-in type or function names are left as they are. The text is rewritten word by word outside string
 * literals: in code, in comments (so that rename hints follow) and in quoted identifiers.
 */
final class LongNames {

  static final int MAX_BYTES = 63;

  private static final String NAMES = """
      WITH user_namespaces AS (
        SELECT oid, nspname FROM pg_catalog.pg_namespace
        WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema')
      SELECT nspname FROM user_namespaces WHERE nspname <> 'public'
      UNION SELECT c.relname FROM pg_catalog.pg_class c JOIN user_namespaces n ON n.oid = c.relnamespace
      UNION SELECT a.attname FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
        JOIN user_namespaces n ON n.oid = c.relnamespace WHERE a.attnum > 0 AND NOT a.attisdropped
      UNION SELECT o.conname FROM pg_catalog.pg_constraint o JOIN user_namespaces n ON n.oid = o.connamespace
      UNION SELECT t.typname FROM pg_catalog.pg_type t JOIN user_namespaces n ON n.oid = t.typnamespace
      UNION SELECT p.proname FROM pg_catalog.pg_proc p JOIN user_namespaces n ON n.oid = p.pronamespace
      UNION SELECT g.tgname FROM pg_catalog.pg_trigger g WHERE NOT g.tgisinternal
      UNION SELECT y.polname FROM pg_catalog.pg_policy y
      UNION SELECT s.stxname FROM pg_catalog.pg_statistic_ext s JOIN user_namespaces n ON n.oid = s.stxnamespace
      EXCEPT (SELECT word FROM pg_catalog.pg_get_keywords()
        UNION SELECT typname FROM pg_catalog.pg_type WHERE typnamespace = 'pg_catalog'::regnamespace
        UNION SELECT proname FROM pg_catalog.pg_proc WHERE pronamespace = 'pg_catalog'::regnamespace)
      """;

  /** Each name, lower case as PostgreSQL folds unquoted names, to its 63-byte replacement. */
  private final Map<String, String> longer;

  private LongNames(Map<String, String> longer) {
    this.longer = longer;
  }

  /** @return the names the scripts create, each with its 63-byte replacement */
  static LongNames of(SqlScript... scripts) throws SQLException {
    Map<String, String> longer = new TreeMap<>();
    for (SqlScript script : scripts) {
      try (ScratchDatabase database = EmbeddedScratchProvider.shared().create();
          Connection connection = database.connect(SqlScript.driverOptions())) {
        script.execute(connection, ErrorCode.DECLARED_SCHEMA_INVALID);
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(NAMES)) {
          while (rs.next()) {
            longer.put(rs.getString(1), lengthened(rs.getString(1)));
          }
        }
      }
    }
    return new LongNames(longer);
  }

  /** @return the names replaced, old to new */
  Map<String, String> replacements() {
    return Map.copyOf(longer);
  }

  /**
   * @return {@code name} padded to exactly 63 bytes with {@code _} and {@code x}; distinct names stay distinct since the
   *     padding alone differs in length
   */
  static String lengthened(String name) {
    int bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    return bytes >= MAX_BYTES - 1 ? name : name + "_" + "x".repeat(MAX_BYTES - 1 - bytes);
  }

  /** @return the script with every name replaced */
  SqlScript apply(SqlScript script) {
    String text = script.text();
    StringBuilder out = new StringBuilder(text.length() * 2);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '-' && text.startsWith("--", i)) { // a comment: names in it change too (rename hints), quotes do not count
        int end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
        out.append(words(text.substring(i, end)));
        i = end;
      } else if (c == '\'') { // a string literal, left as it is ('' inside stays inside)
        int end = i + 1;
        while (end < text.length() && !(text.charAt(end) == '\'' && (end + 1 >= text.length() || text.charAt(end + 1) != '\''))) {
          end += text.charAt(end) == '\'' ? 2 : 1;
        }
        out.append(text, i, Math.min(end + 1, text.length()));
        i = end + 1;
      } else if (c == '"') { // a quoted identifier: replaced when it is exactly a name
        int end = text.indexOf('"', i + 1);
        String name = text.substring(i + 1, end);
        out.append('"').append(longer.getOrDefault(name, name)).append('"');
        i = end + 1;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_' || text.charAt(end) == '$')) {
          end++;
        }
        out.append(word(text.substring(i, end)));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return new SqlScript(script.displayName() + " (names of 63 bytes)", out.toString());
  }

  private String words(String comment) {
    java.util.regex.Matcher word = java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]*").matcher(comment);
    return word.replaceAll(m -> java.util.regex.Matcher.quoteReplacement(word(m.group())));
  }

  private String word(String word) {
    return longer.getOrDefault(word.toLowerCase(java.util.Locale.ROOT), word);
  }
}
