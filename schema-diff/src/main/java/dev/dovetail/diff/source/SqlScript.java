package dev.dovetail.diff.source;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A SQL file executed as one simple-protocol query, exactly as written (no JDBC escape processing), so that
 * PostgreSQL's error position counts characters of the file itself and can be reported as
 * {@code file:line:column}.
 *
 * @param displayName how to name the file in messages
 * @param text the file's content
 */
public record SqlScript(String displayName, String text) {

  /** Driver options for connections that run whole scripts. */
  public static Properties driverOptions() {
    Properties properties = new Properties();
    properties.setProperty("preferQueryMode", "simple");
    return properties;
  }

  public SqlScript {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(text, "text");
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
  }

  /** @return the script read from a UTF-8 file */
  public static SqlScript read(Path file, String displayName) {
    try {
      return new SqlScript(displayName, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + displayName, e);
    }
  }

  /**
   * Executes the script on a connection opened with {@link #driverOptions()}.
   *
   * @param failure the error code to report a failing statement with
   * @throws MigrationException naming {@code file:line:column} and PostgreSQL's message
   */
  public void execute(Connection connection, ErrorCode failure) {
    if (text.isBlank()) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.setEscapeProcessing(false);
      statement.execute(text);
    } catch (SQLException e) {
      throw new MigrationException(failure, locate(e), e);
    }
  }

  /** @return {@code file:line:column: message} when PostgreSQL gave a position, {@code file: message} otherwise */
  String locate(SQLException e) {
    ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    if (server == null) {
      return displayName + ": " + e.getMessage();
    }
    String message = server.getMessage();
    int position = server.getPosition();
    if (position <= 0 || position > text.length() + 1) {
      return displayName + ": " + message;
    }
    int offset = text.offsetByCodePoints(0, Math.min(position - 1, text.codePointCount(0, text.length())));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = text.codePointCount(lineStart, offset) + 1;
    return displayName + ":" + line + ":" + column + ": " + message;
  }
}
