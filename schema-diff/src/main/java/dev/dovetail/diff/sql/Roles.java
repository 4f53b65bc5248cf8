package dev.dovetail.diff.sql;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Ownership;
import dev.dovetail.core.model.Policy;
import dev.dovetail.core.model.Privilege;
import dev.dovetail.diff.scratch.OwnerChange;
import dev.dovetail.diff.scratch.ScratchDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The roles a schema names, created on the scratch server before it is loaded or rebuilt there. Roles are
 * server-wide, and scratch databases do not bring their own: a declared schema that says {@code OWNER TO app} (or
 * grants to it) only loads where {@code app} exists. Each missing role is created {@code NOLOGIN} with no other
 * attribute, and stays on the scratch server (an embedded server goes away with the run).
 *
 * <p>The declared files are untrusted text: they are only lexed here, never executed as a role name; a name found in
 * them reaches the server as a bind parameter or quoted by {@link Sql#ident}.
 */
public final class Roles {

  private Roles() {}

  /** Words that take a role's place but name none. */
  private static final Set<String> NOT_ROLES = Set.of("public", "current_user", "current_role", "session_user", "group", "user");

  /**
   * @return the roles the SQL text names where a role is expected: after {@code OWNER TO} and {@code AUTHORIZATION}
   *     anywhere, after the {@code TO} of {@code GRANT} and of {@code CREATE} / {@code ALTER POLICY}, after the
   *     {@code FROM} of {@code REVOKE}, after {@code FOR ROLE} and the {@code TO} or {@code FROM} of {@code ALTER
   *     DEFAULT PRIVILEGES}; comments, string literals and dollar-quoted bodies are skipped. It may name a
   *     role more than the text needs (a harmless extra {@code NOLOGIN} role on the scratch server), never runs it.
   */
  public static Set<String> namedIn(String sql) {
    Set<String> roles = new TreeSet<>();
    for (List<Token> statement : statements(sql)) {
      String first = statement.isEmpty() ? "" : statement.get(0).word();
      String second = statement.size() > 1 ? statement.get(1).word() : "";
      boolean policy = (first.equals("create") || first.equals("alter")) && second.equals("policy");
      boolean defaults = first.equals("alter") && second.equals("default");
      boolean membership = (first.equals("grant") || first.equals("revoke"))
          && statement.stream().noneMatch(t -> t.word().equals("on"));
      if (membership) {
        list(statement, 1, roles); // GRANT role TO role: the granted roles too
      }
      for (int i = 0; i < statement.size() - 1; i++) {
        String word = statement.get(i).word();
        if (word.equals("owner") && statement.get(i + 1).word().equals("to") && i + 2 < statement.size()) {
          add(statement.get(i + 2), roles);
        } else if (word.equals("authorization")) {
          add(statement.get(i + 1), roles);
        } else if ((first.equals("grant") || policy || defaults) && word.equals("to")
            || (first.equals("revoke") || defaults) && word.equals("from")) {
          list(statement, i + 1, roles);
        } else if (defaults && word.equals("for") && i + 2 < statement.size()
            && (statement.get(i + 1).word().equals("role") || statement.get(i + 1).word().equals("user"))) {
          list(statement, i + 2, roles); // ALTER DEFAULT PRIVILEGES FOR ROLE a, b
        }
      }
    }
    return roles;
  }

  /** @return the roles a model names: owners, grantees, the roles of policies and those default privileges are for */
  public static Set<String> namedIn(DatabaseSchema schema) {
    Set<String> roles = new TreeSet<>();
    schema.owners().stream().map(Ownership::owner).forEach(roles::add);
    schema.privileges().stream().map(Privilege::grantee).filter(r -> !Policy.PUBLIC.equals(r)).forEach(roles::add);
    schema.privileges().stream().map(p -> p.target().role()).filter(java.util.Objects::nonNull).forEach(roles::add);
    schema.policies().forEach(p -> p.roles().stream().filter(r -> !Policy.PUBLIC.equals(r)).forEach(roles::add));
    return roles;
  }

  /**
   * Makes the roles on the scratch server the connection is on, before SQL naming them runs there: see {@link
   * ScratchDatabase#ensureRoles}.
   *
   * @param connection a connection {@link ScratchDatabase#connect()} opened
   * @throws MigrationException with {@link ErrorCode#SCRATCH_FAILED} when a role cannot be created (the scratch user
   *     needs {@code CREATEROLE}, or the role must exist there already), or the connection is not a scratch database's
   */
  public static void ensure(Connection connection, Collection<String> roles) {
    if (roles.isEmpty()) {
      return;
    }
    ScratchDatabase database = ScratchDatabase.servingConnection(connection).orElseThrow(() -> new MigrationException(
        ErrorCode.SCRATCH_FAILED, "roles are only made on scratch databases, and this connection is not to an open one"));
    database.ensureRoles(roles);
  }

  /** The kinds of {@code ALTER <kind> … OWNER TO} that {@link #ownerChange} takes, longest first. */
  private static final List<List<String>> OWNED_KINDS = List.of(
      List.of("text", "search", "configuration"), List.of("text", "search", "dictionary"),
      List.of("materialized", "view"), List.of("foreign", "table"),
      List.of("table"), List.of("sequence"), List.of("view"), List.of("type"), List.of("domain"), List.of("schema"),
      List.of("function"), List.of("procedure"), List.of("routine"), List.of("aggregate"), List.of("collation"),
      List.of("statistics"), List.of("conversion"));

  private static final Set<String> WITH_ARGUMENTS = Set.of("function", "procedure", "routine", "aggregate");

  private static final Set<String> CURRENT_ROLE = Set.of("current_user", "current_role", "session_user");

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]*");

  /**
   * Recognises a statement that only gives one object to a role, strictly: {@code ALTER}, a kind, an optional
   * {@code IF EXISTS} and {@code ONLY}, a (qualified) name, for routines an argument list of type names, then
   * {@code OWNER TO} and the role, nothing else. The statement is rendered again from its identifiers (each quoted as
   * needed) and punctuation, so that nothing else in the text can come along: comments and literals are dropped.
   *
   * @param statement one SQL statement
   * @return the owner change, or empty for any other statement
   */
  public static java.util.Optional<OwnerChange> ownerChange(String statement) {
    List<List<Token>> parsed = statements(statement);
    List<Token> tokens = parsed.get(0);
    if (parsed.stream().skip(1).anyMatch(t -> !t.isEmpty()) || tokens.size() < 5 || !tokens.get(0).word().equals("alter")) {
      return java.util.Optional.empty();
    }
    StringBuilder sql = new StringBuilder("ALTER");
    int i = 1;
    List<String> kind = null;
    for (List<String> candidate : OWNED_KINDS) {
      if (i + candidate.size() <= tokens.size()
          && candidate.equals(tokens.subList(i, i + candidate.size()).stream().map(Token::word).toList())) {
        kind = candidate;
        break;
      }
    }
    if (kind == null) {
      return java.util.Optional.empty();
    }
    i += kind.size();
    kind.forEach(w -> sql.append(' ').append(w.toUpperCase(Locale.ROOT)));
    if (i + 1 < tokens.size() && tokens.get(i).word().equals("if") && tokens.get(i + 1).word().equals("exists")) {
      sql.append(" IF EXISTS");
      i += 2;
    }
    if (i < tokens.size() && kind.contains("table") && tokens.get(i).word().equals("only")) {
      sql.append(" ONLY");
      i++;
    }
    sql.append(' ');
    for (int part = 0; ; part++) {
      if (i >= tokens.size() || part > 2 || !identifier(tokens.get(i))) {
        return java.util.Optional.empty();
      }
      sql.append(name(tokens.get(i++)));
      if (i < tokens.size() && tokens.get(i).word().equals(".")) {
        sql.append('.');
        i++;
      } else {
        break;
      }
    }
    if (i < tokens.size() && tokens.get(i).word().equals("(")) {
      if (!WITH_ARGUMENTS.contains(kind.get(0))) {
        return java.util.Optional.empty();
      }
      int depth = 0;
      boolean digits = false;
      do {
        Token token = tokens.get(i++);
        String word = token.word();
        boolean digit = !token.quoted() && word.length() == 1 && Character.isDigit(word.charAt(0));
        if (word.equals("(")) {
          depth++;
        } else if (word.equals(")")) {
          depth--;
        } else if (!token.quoted() && !digit && !Set.of(",", ".", "[", "]").contains(word)
            && (!WORD.matcher(token.text()).matches() || word.equals("default"))) {
          return java.util.Optional.empty();
        }
        sql.append(digit && digits ? "" : " ").append(token.quoted() ? Sql.ident(token.text()) : word);
        digits = digit;
      } while (depth > 0 && i < tokens.size());
      if (depth != 0) {
        return java.util.Optional.empty();
      }
    }
    if (tokens.size() != i + 3 || !tokens.get(i).word().equals("owner") || !tokens.get(i + 1).word().equals("to")
        || !identifier(tokens.get(i + 2))) {
      return java.util.Optional.empty();
    }
    Token role = tokens.get(i + 2);
    boolean current = !role.quoted() && CURRENT_ROLE.contains(role.word());
    if (!current && !role.quoted() && NOT_ROLES.contains(role.word())) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new OwnerChange(sql.toString().replace("%", "%%") + " OWNER TO %s",
        current ? null : role.quoted() ? role.text() : role.word()));
  }

  private static boolean identifier(Token token) {
    return token.quoted() ? !token.text().isEmpty() : WORD.matcher(token.text()).matches();
  }

  private static String name(Token token) {
    return Sql.ident(token.quoted() ? token.text() : token.word());
  }

  private static void list(List<Token> statement, int from, Set<String> roles) {
    for (int i = from; i < statement.size(); i++) {
      Token token = statement.get(i);
      if (token.word().equals("group") || token.word().equals(",")) {
        continue;
      }
      if (!add(token, roles)) {
        return;
      }
      if (i + 1 >= statement.size() || !statement.get(i + 1).word().equals(",")) {
        return;
      }
    }
  }

  /** @return whether the token can name a role (a keyword standing for one counts) */
  private static boolean add(Token token, Set<String> roles) {
    if (token.quoted()) {
      if (!token.text().isEmpty()) {
        roles.add(token.text());
      }
      return true;
    }
    if (!token.text().matches("[\\p{L}_][\\p{L}\\p{N}_$]*")) {
      return false;
    }
    if (!NOT_ROLES.contains(token.word())) {
      roles.add(token.word());
    }
    return true;
  }

  /**
   * @param text an identifier as written (unquoted for a quoted one), a word, or one punctuation character
   * @param quoted whether it was a double-quoted identifier
   */
  private record Token(String text, boolean quoted) {
    /** @return the text folded to lower case as PostgreSQL folds unquoted identifiers; a quoted one as it is */
    String word() {
      return quoted ? "\u0000" + text : text.toLowerCase(Locale.ROOT);
    }
  }

  /** @return the statements of the text as tokens: words, quoted identifiers and punctuation; literals and comments left out */
  private static List<List<Token>> statements(String sql) {
    List<List<Token>> statements = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int depth = 1;
        i += 2;
        while (i < n && depth > 0) {
          if (sql.startsWith("/*", i)) {
            depth++;
            i += 2;
          } else if (sql.startsWith("*/", i)) {
            depth--;
            i += 2;
          } else {
            i++;
          }
        }
      } else if (c == '\'') {
        current.add(new Token("'", false)); // a literal: its text is left out, not the fact that there is one
        boolean escapes = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e');
        i++;
        while (i < n) {
          char d = sql.charAt(i);
          if (escapes && d == '\\') {
            i += 2;
          } else if (d == '\'' && i + 1 < n && sql.charAt(i + 1) == '\'') {
            i += 2;
          } else if (d == '\'') {
            i++;
            break;
          } else {
            i++;
          }
        }
      } else if (c == '"') {
        StringBuilder identifier = new StringBuilder();
        i++;
        while (i < n) {
          char d = sql.charAt(i);
          if (d == '"' && i + 1 < n && sql.charAt(i + 1) == '"') {
            identifier.append('"');
            i += 2;
          } else if (d == '"') {
            i++;
            break;
          } else {
            identifier.append(d);
            i++;
          }
        }
        current.add(new Token(identifier.toString(), true));
      } else if (c == '$' && dollarTag(sql, i) != null) {
        String tag = dollarTag(sql, i);
        current.add(new Token("'", false));
        int end = sql.indexOf(tag, i + tag.length());
        i = end < 0 ? n : end + tag.length();
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
          i++;
        }
        current.add(new Token(sql.substring(start, i), false));
      } else if (c == ';') {
        statements.add(current);
        current = new ArrayList<>();
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else {
        current.add(new Token(String.valueOf(c), false));
        i++;
      }
    }
    statements.add(current);
    return statements;
  }

  /** @return the dollar-quote tag ({@code $$}, {@code $body$}) starting at {@code i}, or null */
  private static String dollarTag(String sql, int i) {
    int j = i + 1;
    while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
      j++;
    }
    if (j < sql.length() && sql.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
      return sql.substring(i, j + 1);
    }
    return null;
  }
}
