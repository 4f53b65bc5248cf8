package dev.dovetail.core.report;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Writing GitHub-flavoured markdown whose text stays text. Identifiers come from the user's schema and PostgreSQL
 * quotes almost anything ({@code "a|b<script>"}, backticks, bidirectional controls), so every piece of text is put
 * into a code span or escaped, and never spans lines: a line break or a bare {@code |} in a table cell would end
 * the row.
 */
public final class Markdown {

  private Markdown() {}

  /**
   * @return {@code s} as inline text within a line (never at its start): one line, with every character that could
   *     open markup backslash-escaped and invisible characters shown as {@code <U+XXXX>}
   */
  public static String text(String s) {
    String line = visible(oneLine(s));
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '_') {
        int end = i;
        while (end < line.length() && line.charAt(end) == '_') {
          end++;
        }
        // A run of _ between two letters or digits opens no emphasis (CommonMark's flanking rules), so
        // snake_case names stay readable in the raw file.
        boolean intraword = i > 0 && end < line.length()
            && Character.isLetterOrDigit(line.charAt(i - 1)) && Character.isLetterOrDigit(line.charAt(end));
        out.append((intraword ? "_" : "\\_").repeat(end - i));
        i = end - 1;
      } else {
        if ("\\`*[]<>|&~$".indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** @return {@code s} as an inline code span: one line, invisible characters shown as {@code <U+XXXX>} */
  public static String code(String s) {
    String content = visible(oneLine(s));
    if (content.isEmpty()) {
      content = " ";
    }
    String ticks = "`".repeat(longestRun(content, '`') + 1);
    boolean pad = content.startsWith("`") || content.endsWith("`")
        || (content.startsWith(" ") && content.endsWith(" ") && !content.isBlank());
    return pad ? ticks + " " + content + " " + ticks : ticks + content + ticks;
  }

  /**
   * @return {@code s} as a code span inside a table cell: GFM splits cells on every {@code |} not preceded by a
   *     backslash, code spans included, and passes {@code \|} on as {@code |}
   */
  public static String cellCode(String s) {
    return code(s).replace("|", "\\|");
  }

  /**
   * @return {@code content} verbatim as a fenced code block, its fence one backtick longer than any run of backticks
   *     in it (at least three), so that nothing in it can close the block
   */
  public static String fence(String info, String content) {
    String ticks = "`".repeat(Math.max(3, longestRun(content, '`') + 1));
    return ticks + info + "\n" + content + (content.isEmpty() || content.endsWith("\n") ? "" : "\n") + ticks + "\n";
  }

  /** @return the invisible and bidirectional control characters in {@code s} as {@code U+XXXX}, in order, distinct */
  static Set<String> invisibles(String s) {
    Set<String> found = new LinkedHashSet<>();
    s.codePoints().filter(Markdown::invisible).forEach(cp -> found.add(codePoint(cp)));
    return found;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\r\n|\r|\n", " ");
  }

  /**
   * Shows characters that render as nothing or reorder the text around them: format characters (bidirectional
   * overrides as in CVE-2021-42574, zero-width spaces, soft hyphens), control characters and line or paragraph
   * separators. In a raw file a right-to-left override would even reorder the cells of a table row.
   */
  private static String visible(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (invisible(cp)) {
        out.append('<').append(codePoint(cp)).append('>');
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  private static boolean invisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.FORMAT
        || (type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r')
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static String codePoint(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
  }

  private static int longestRun(String s, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
