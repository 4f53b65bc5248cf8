package dev.dovetail.diff.sql;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Ownership;
import dev.dovetail.core.model.Policy;
import dev.dovetail.core.model.Privilege;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
   *     {@code FROM} of {@code REVOKE}; comments, string literals and dollar-quoted bodies are skipped. It may name a
   *     role more than the text needs (a harmless extra {@code NOLOGIN} role on the scratch server), never runs it.
   */
  public static Set<String> namedIn(String sql) {
    Set<String> roles = new TreeSet<>();
    for (List<Token> statement : statements(sql)) {
      String first = statement.isEmpty() ? "" : statement.get(0).word();
      String second = statement.size() > 1 ? statement.get(1).word() : "";
      boolean policy = (first.equals("create") || first.equals("alter")) && second.equals("policy");
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
        } else if ((first.equals("grant") || policy) && word.equals("to")
            || first.equals("revoke") && word.equals("from")) {
          list(statement, i + 1, roles);
        }
      }
    }
    return roles;
  }

  /** @return the roles a model names: owners, grantees and the roles of policies */
  public static Set<String> namedIn(DatabaseSchema schema) {
    Set<String> roles = new TreeSet<>();
    schema.owners().stream().map(Ownership::owner).forEach(roles::add);
    schema.privileges().stream().map(Privilege::grantee).filter(r -> !Policy.PUBLIC.equals(r)).forEach(roles::add);
    schema.policies().forEach(p -> p.roles().stream().filter(r -> !Policy.PUBLIC.equals(r)).forEach(roles::add));
    return roles;
  }

  /**
   * Creates each role that does not exist on the connection's server, {@code NOLOGIN} and nothing more; a role
   * another run creates at the same time is taken as existing.
   *
   * @throws MigrationException with {@link ErrorCode#SCRATCH_FAILED} when a role cannot be created (the scratch user
   *     needs {@code CREATEROLE}, or the role must exist there already)
   */
  public static void ensure(Connection connection, Collection<String> roles) {
    for (String role : new TreeSet<>(roles)) {
      try {
        if (exists(connection, role)) {
          continue;
        }
        try (Statement statement = connection.createStatement()) {
          statement.execute("CREATE ROLE " + Sql.ident(role) + " NOLOGIN");
        }
      } catch (SQLException e) {
        if ("42710".equals(e.getSQLState()) || "23505".equals(e.getSQLState())) {
          continue; // created by another run meanwhile
        }
        throw new MigrationException(ErrorCode.SCRATCH_FAILED, "creating role " + role + " on the scratch server, which the schema"
            + " names (OWNER TO, GRANT or a policy), failed: " + e.getMessage() + "; give the scratch user CREATEROLE or create"
            + " the role there", e);
      }
    }
  }

  private static boolean exists(Connection connection, String role) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?")) {
      query.setString(1, role);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next();
      }
    }
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
