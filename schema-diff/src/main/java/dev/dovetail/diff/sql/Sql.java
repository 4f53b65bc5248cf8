package dev.dovetail.diff.sql;

import dev.dovetail.core.model.QualifiedName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one place identifiers and literals are quoted. Follows PostgreSQL's {@code quote_ident}: an identifier
 * stays bare only when it is lower case ASCII letters, digits, underscores and dollars, starts with a
 * letter or underscore, and is not a keyword that needs quoting; otherwise it is double-quoted with inner
 * quotes doubled.
 */
public final class Sql {

  private static final Pattern BARE = Pattern.compile("[a-z_][a-z0-9_$]*");
  private static final Set<String> KEYWORDS = loadKeywords();

  private Sql() {}

  /** @return the identifier, quoted when PostgreSQL needs it quoted */
  public static String ident(String identifier) {
    if (BARE.matcher(identifier).matches() && !KEYWORDS.contains(identifier)) {
      return identifier;
    }
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** @return {@code schema.name}, each part quoted as needed */
  public static String qualified(QualifiedName name) {
    return ident(name.schema()) + "." + ident(name.name());
  }

  /** @return a string literal; standard_conforming_strings is on in every supported version */
  public static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /**
   * @return {@code body} between dollar quotes whose tag it does not contain: {@code $dovetail$} unless a name in the
   *     body holds it ({@code t$dovetail$x}), then {@code $dovetail1$} and so on, so that no name ends the block early
   */
  public static String dollarQuoted(String body) {
    String tag = "$dovetail$";
    for (int i = 1; body.contains(tag); i++) {
      tag = "$dovetail" + i + "$";
    }
    return tag + body + tag;
  }

  private static Set<String> loadKeywords() {
    try (InputStream in = Sql.class.getResourceAsStream("keywords.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource keywords.txt");
      }
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
