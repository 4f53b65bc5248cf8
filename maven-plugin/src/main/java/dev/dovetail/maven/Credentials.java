package dev.dovetail.maven;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.diff.source.Redaction;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The live database's URL, user and password (the {@code url} scratch provider takes the same user and password).
 * Each value comes from the first of these that has it:
 *
 * <ol>
 *   <li>the goal's parameter, {@code -Dmigrations.<name>} before the pom's {@code <configuration>} ({@link
 *       UserPropertyOverrides});
 *   <li>for user and password, the {@code <server>} of {@code settings.xml} that {@code serverId} names, its password
 *       decrypted as Maven decrypts it ({@code {…}} with the master password of {@code settings-security.xml});
 *   <li>the environment variables {@value #URL_VARIABLE}, {@value #USERNAME_VARIABLE} and {@value #PASSWORD_VARIABLE}.
 * </ol>
 *
 * <p>Only the parameters reach Maven's {@code -X} dump of the goal's configuration, so a password from
 * {@code settings.xml} or the environment is never printed.
 *
 * @param url the JDBC URL of the live database, or null
 * @param username the user, or null
 * @param password the password, or null
 */
record Credentials(String url, String username, String password) {

  static final String URL_VARIABLE = "MIGRATIONS_URL";
  static final String USERNAME_VARIABLE = "MIGRATIONS_USERNAME";
  static final String PASSWORD_VARIABLE = "MIGRATIONS_PASSWORD";

  /**
   * @param parameters the goal's {@code url}, {@code username} and {@code password}
   * @param serverId the {@code <server>} of {@code settings.xml} to take user and password from, or null
   * @throws MigrationException {@code CONFIGURATION_INVALID} when {@code settings.xml} has no such server or its
   *     password cannot be decrypted
   */
  static Credentials resolve(
      Credentials parameters, String serverId, Settings settings, SettingsDecrypter decrypter, Map<String, String> environment) {
    Credentials server = serverId == null || serverId.isBlank() ? new Credentials(null, null, null)
        : fromServer(serverId.trim(), settings, decrypter);
    return new Credentials(
        first(parameters.url(), environment.get(URL_VARIABLE)),
        first(parameters.username(), server.username(), environment.get(USERNAME_VARIABLE)),
        first(parameters.password(), server.password(), environment.get(PASSWORD_VARIABLE)));
  }

  private static Credentials fromServer(String serverId, Settings settings, SettingsDecrypter decrypter) {
    Server server = settings == null ? null : settings.getServer(serverId);
    if (server == null) {
      String known = settings == null ? "" : settings.getServers().stream().map(Server::getId).collect(Collectors.joining(", "));
      throw new MigrationException(ErrorCode.CONFIGURATION_INVALID,
          "serverId '" + serverId + "' names no <server> in settings.xml ("
              + (known.isEmpty() ? "it has none" : "its servers: " + known)
              + "); add <server><id>" + serverId + "</id><username>…</username><password>…</password></server>"
              + " to ~/.m2/settings.xml, or fix serverId");
    }
    SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    for (SettingsProblem problem : decrypted.getProblems()) {
      if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
        throw new MigrationException(ErrorCode.CONFIGURATION_INVALID,
            "decrypting the password of <server> '" + serverId + "' in settings.xml: "
                + Redaction.redact(problem.getMessage(), server.getPassword())
                + " (an encrypted {…} password needs the master password in ~/.m2/settings-security.xml"
                + " or the file given with -Dsettings.security=…)");
      }
    }
    Server plain = decrypted.getServer() == null ? server : decrypted.getServer();
    return new Credentials(null, plain.getUsername(), plain.getPassword());
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "Credentials[" + Redaction.redact(url, password) + ", " + username + ", " + (password == null ? "no password" : Redaction.MASK) + "]";
  }
}
