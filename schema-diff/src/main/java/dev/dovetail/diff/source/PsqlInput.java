package dev.dovetail.diff.source;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schema file as psql would read it, reduced to what PostgreSQL itself can execute, so that the output of
 * {@code pg_dump} can be a declared schema file as it is.
 *
 * <p>pg_dump writes two things that are psql's rather than SQL: meta-command lines ({@code \restrict key} and
 * <code>&#92;unrestrict key</code> since the 2025 security releases) and the rows of a full dump as
 * {@code COPY … FROM stdin;} followed by the data and a {@code \.} line. The restrict lines are ignored and the COPY
 * blocks are skipped (rows are data, not schema; each skipped block is listed in {@link #skippedData()}). Two
 * statements that would fail on a scratch database for no reason that matters are left out too
 * ({@code CREATE SCHEMA public}, {@code SET transaction_timeout = 0}). Any other meta-command ({@code \connect},
 * {@code \i}, {@code \set}, …) is an error: Dovetail cannot do what it asks.
 *
 * <p>What is left out keeps its line breaks (and, on a line that goes on after it, its width in spaces), so that
 * PostgreSQL's error positions in the rest of the file still name lines and columns of the file as written. The
 * text is lexed as PostgreSQL lexes it: a backslash in a string literal (standard or {@code E'…'}), a dollar-quoted
 * body, a quoted identifier or a comment is not a meta-command, and a {@code COPY} inside one is not a COPY.
 *
 * @param executable the script to execute: the file without its meta-commands and COPY blocks
 * @param skippedData the COPY blocks whose data was skipped, in file order
 */
public record PsqlInput(SqlScript executable, List<CopyBlock> skippedData) implements java.io.Serializable {

  /**
   * One skipped {@code COPY … FROM stdin} block.
   *
   * @param file the file's display name
   * @param line the 1-based line of the {@code COPY} statement
   * @param table the table (and column list) as the statement names it
   */
  public record CopyBlock(String file, int line, String table) implements java.io.Serializable {
    @Override
    public String toString() {
      return file + ":" + line + " " + table;
    }
  }

  /** Meta-commands pg_dump writes that change nothing on a scratch database. */
  private static final Set<String> IGNORED = Set.of("\\restrict", "\\unrestrict");

  private static final Pattern COPY_FROM_STDIN =
      Pattern.compile("(?is)COPY\\s+(.+?)\\s+FROM\\s+STDIN\\b.*");

  /**
   * Statements pg_dump writes that fail on a scratch database and would change nothing there: {@code CREATE SCHEMA
   * public} (with {@code -n public}; every new database has it already, psql goes on after the error, Dovetail would
   * stop) and {@code SET transaction_timeout = 0} (pg_dump 17 and later; a server before 17 does not know it).
   */
  private static final Pattern NOTHING_ON_SCRATCH =
      Pattern.compile("(?is)CREATE\\s+SCHEMA\\s+(public|\"public\")|SET\\s+transaction_timeout\\s*(=|\\s+TO\\s+)\\s*'?0'?");

  public PsqlInput {
    skippedData = List.copyOf(skippedData);
  }

  /**
   * @return the script's executable part and what was skipped
   * @throws MigrationException with {@link ErrorCode#DECLARED_SCHEMA_INVALID} naming {@code file:line} for a
   *     meta-command other than {@code \restrict} and <code>&#92;unrestrict</code>, or a COPY block without its
   *     {@code \.}
   */
  public static PsqlInput of(SqlScript script) {
    return new Lexer(script).run();
  }

  /** A single pass over the text, tracking what PostgreSQL's lexer tracks to tell code from quoted text. */
  private static final class Lexer {
    private final SqlScript script;
    private final String text;
    private final List<CopyBlock> copies = new ArrayList<>();
    /** The ranges left out, in order, as {start, end} offsets. */
    private final List<int[]> leftOut = new ArrayList<>();
    /** Offsets of the text's {@code \n}s, for line numbers; made when first needed. */
    private int[] newlines;
    private int i;
    /** Where the statement being read starts (its first character that is not blank or comment), or -1. */
    private int statementStart = -1;
    private int parenthesisDepth;
    /** Whether only blanks precede {@link #i} on its line. */
    private boolean lineStart = true;

    Lexer(SqlScript script) {
      this.script = script;
      this.text = script.text();
    }

    PsqlInput run() {
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          lineStart = true;
          i++;
          continue;
        }
        if (c == ' ' || c == '\t' || c == '\f') {
          i++;
          continue;
        }
        if (c == '\\' && lineStart) {
          metaCommand();
          continue;
        }
        lineStart = false;
        if (c == '-' && text.startsWith("--", i)) {
          skipLineComment();
        } else if (c == '/' && text.startsWith("/*", i)) {
          skipBlockComment();
        } else {
          if (statementStart < 0) {
            statementStart = i;
          }
          if (c == '\'') {
            skipString(isEscapeString());
          } else if (c == '"') {
            skipQuotedIdentifier();
          } else if (c == '$' && dollarQuote()) {
            // skipped by dollarQuote()
          } else if (c == '(') {
            parenthesisDepth++;
            i++;
          } else if (c == ')') {
            parenthesisDepth = Math.max(0, parenthesisDepth - 1);
            i++;
          } else if (c == ';' && parenthesisDepth == 0) {
            i++;
            endStatement();
          } else {
            i++;
          }
        }
      }
      return new PsqlInput(leftOut.isEmpty() ? script : new SqlScript(script.displayName(), withoutLeftOut()), copies);
    }

    /** A backslash first on a line, outside any quote or comment: a psql meta-command up to the end of the line. */
    private void metaCommand() {
      int end = lineEnd(i);
      String line = text.substring(i, end);
      String command = line.split("\\s", 2)[0];
      if (!IGNORED.contains(command)) {
        String why = command.equals("\\.")
            ? "\\. ends the data of a COPY … FROM stdin, and no such COPY precedes it"
            : command + " is a psql meta-command; schema files are executed on a scratch database without psql,"
                + " which skips only pg_dump's \\restrict and \\unrestrict lines and the data of COPY … FROM stdin: remove it";
        throw new MigrationException(ErrorCode.DECLARED_SCHEMA_INVALID, script.displayName() + ":" + lineOf(i) + ": " + why);
      }
      blank(i, end);
      i = end;
    }

    /** After a statement's {@code ;}: a {@code COPY … FROM stdin} is left out with its data. */
    private void endStatement() {
      int start = statementStart;
      statementStart = -1;
      String statement = statementText(start, i - 1);
      if (NOTHING_ON_SCRATCH.matcher(statement).matches()) {
        blank(start, i);
        return;
      }
      Matcher copy = COPY_FROM_STDIN.matcher(statement);
      if (!copy.matches()) {
        return;
      }
      // psql sends the statement and reads the data from the next line on, up to a line that is just "\.".
      int line = lineEnd(i);
      while (true) {
        if (line >= text.length()) {
          throw new MigrationException(
              ErrorCode.DECLARED_SCHEMA_INVALID,
              script.displayName() + ":" + lineOf(start) + ": the data of this COPY … FROM stdin has no \\. line ending it");
        }
        int next = line + (text.startsWith("\r\n", line) ? 2 : 1);
        int end = lineEnd(next);
        if (end - next == 2 && text.startsWith("\\.", next)) {
          copies.add(new CopyBlock(script.displayName(), lineOf(start), copy.group(1).replaceAll("\\s+", " ")));
          blank(start, end);
          i = end;
          return;
        }
        line = end;
      }
    }

    /** @return the statement's text without the meta-command lines inside it, stripped */
    private String statementText(int from, int to) {
      int first = leftOut.size();
      while (first > 0 && leftOut.get(first - 1)[0] >= from) {
        first--;
      }
      StringBuilder statement = new StringBuilder();
      int at = from;
      for (int[] range : leftOut.subList(first, leftOut.size())) {
        statement.append(text, at, range[0]);
        at = range[1];
      }
      return statement.append(text, at, to).toString().strip();
    }

    /** @return whether the quote at {@link #i} opens an {@code E'…'} string, in which a backslash escapes */
    private boolean isEscapeString() {
      if (i == 0 || Character.toLowerCase(text.charAt(i - 1)) != 'e') {
        return false;
      }
      return i == 1 || !isIdentifierPart(text.charAt(i - 2));
    }

    private void skipString(boolean backslashEscapes) {
      i++;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (backslashEscapes && c == '\\') {
          i += 2;
        } else if (c == '\'') {
          if (text.startsWith("''", i)) {
            i += 2;
          } else {
            i++;
            return;
          }
        } else {
          i++;
        }
      }
    }

    private void skipQuotedIdentifier() {
      i++;
      while (i < text.length()) {
        if (text.charAt(i) == '"') {
          if (text.startsWith("\"\"", i)) {
            i += 2;
            continue;
          }
          i++;
          return;
        }
        i++;
      }
    }

    private void skipLineComment() {
      i = lineEnd(i);
    }

    /** Block comments nest in PostgreSQL. */
    private void skipBlockComment() {
      int depth = 0;
      while (i < text.length()) {
        if (text.startsWith("/*", i)) {
          depth++;
          i += 2;
        } else if (text.startsWith("*/", i)) {
          depth--;
          i += 2;
          if (depth == 0) {
            return;
          }
        } else {
          i++;
        }
      }
    }

    /**
     * A {@code $tag$} (or {@code $$}) not glued to an identifier opens a dollar-quoted string up to the same tag;
     * {@code $1} is a parameter.
     *
     * @return whether one was skipped
     */
    private boolean dollarQuote() {
      if (i > 0 && isIdentifierPart(text.charAt(i - 1))) {
        return false;
      }
      int j = i + 1;
      if (j < text.length() && isIdentifierStart(text.charAt(j))) {
        while (j < text.length() && isIdentifierPart(text.charAt(j)) && text.charAt(j) != '$') {
          j++;
        }
      }
      if (j >= text.length() || text.charAt(j) != '$') {
        return false;
      }
      String tag = text.substring(i, j + 1);
      int close = text.indexOf(tag, j + 1);
      i = close < 0 ? text.length() : close + tag.length();
      return true;
    }

    private static boolean isIdentifierStart(char c) {
      return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isIdentifierPart(char c) {
      return isIdentifierStart(c) || Character.isDigit(c) || c == '$';
    }

    private int lineEnd(int from) {
      int end = from;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      return end;
    }

    private int lineOf(int offset) {
      if (newlines == null) {
        newlines = java.util.stream.IntStream.range(0, text.length()).filter(k -> text.charAt(k) == '\n').toArray();
      }
      int found = java.util.Arrays.binarySearch(newlines, offset);
      return (found >= 0 ? found : -found - 1) + 1;
    }

    private void blank(int from, int to) {
      // A statement left out whole covers the meta-command lines inside it, left out before.
      while (!leftOut.isEmpty() && leftOut.get(leftOut.size() - 1)[0] >= from) {
        leftOut.remove(leftOut.size() - 1);
      }
      leftOut.add(new int[] {from, to});
    }

    /**
     * @return the text with every left-out range reduced to its line breaks, so that each line after it keeps its
     *     number and its columns while a full dump's rows are not sent to the server; what a range leaves of a line
     *     that goes on after it (a statement after {@code CREATE SCHEMA public;}) becomes spaces, so that the rest
     *     of that line keeps its columns too
     */
    private String withoutLeftOut() {
      StringBuilder kept = new StringBuilder(text.length());
      int from = 0;
      for (int[] range : leftOut) {
        kept.append(text, from, range[0]);
        boolean lineGoesOn = range[1] < text.length() && text.charAt(range[1]) != '\n' && text.charAt(range[1]) != '\r';
        int lastBreak = range[0] - 1;
        for (int k = range[0]; k < range[1]; k++) {
          char c = text.charAt(k);
          if (c == '\n' || c == '\r') {
            lastBreak = k;
          }
        }
        for (int k = range[0]; k < range[1]; k++) {
          char c = text.charAt(k);
          if (c == '\n' || c == '\r') {
            kept.append(c);
          } else if (lineGoesOn && k > lastBreak) {
            kept.append(' ');
          }
        }
        from = range[1];
      }
      return kept.append(text, from, text.length()).toString();
    }
  }
}
