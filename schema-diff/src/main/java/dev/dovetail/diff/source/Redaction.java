package dev.dovetail.diff.source;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of messages. A JDBC URL can carry one in three places: the {@code password} parameter, the
 * driver's {@code sslpassword} parameter (the key file's passphrase), and a {@code user:password@} part before the
 * host, which PostgreSQL's driver does not accept, so that it appears in the "no suitable driver" error about the
 * malformed URL. Every text that may quote a URL or the driver's message about it goes through here.
 */
public final class Redaction {

  /** What stands in for a password. */
  public static final String MASK = "***";

  // password=, sslpassword= and any other *password= parameter, in a query string or a properties-like list
  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(\\b[\\w.-]*password=)([^&;\\s]*)");
  // //user:secret@host: the part between the colon and the last @ before the path
  private static final Pattern USER_INFO = Pattern.compile("(//[^/?#@\\s:]*:)([^/?#\\s]*)@");

  private Redaction() {}

  /**
   * @param text a URL, or a message that may quote one
   * @param secrets passwords known to the caller (null or blank ones are skipped), masked wherever they appear
   * @return {@code text} with every password masked; null for null
   */
  public static String redact(String text, String... secrets) {
    if (text == null) {
      return null;
    }
    String redacted = text;
    for (String secret : secrets) {
      if (secret != null && !secret.isBlank()) {
        redacted = redacted.replace(secret, MASK);
      }
    }
    redacted = USER_INFO.matcher(redacted).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
    return PASSWORD_PARAMETER.matcher(redacted).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
  }

  /**
   * @return a copy of {@code e} (same SQL state, error code and stack trace) whose message and whose causes' messages
   *     are redacted, for use as the cause of a user-facing exception: {@code mvn -e} and {@code -X} print causes
   */
  public static SQLException cause(SQLException e, String... secrets) {
    SQLException copy = new SQLException(redact(e.getMessage(), secrets), e.getSQLState(), e.getErrorCode());
    copy.setStackTrace(e.getStackTrace());
    Throwable cause = e.getCause();
    if (cause != null) {
      Throwable redactedCause = new Throwable(cause.getClass().getName() + ": " + redact(cause.getMessage(), secrets));
      redactedCause.setStackTrace(cause.getStackTrace());
      copy.initCause(redactedCause);
    }
    return copy;
  }
}
