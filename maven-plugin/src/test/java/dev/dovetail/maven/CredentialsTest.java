package dev.dovetail.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/** Where the live database's URL, user and password come from, with Maven's own password decryption. */
class CredentialsTest {

  // made with mvn --encrypt-master-password dovetail-it-master, then --encrypt-password Encrypted-it-secret-7
  private static final String MASTER = "{gK2UeUbJDPMHOhYnicbJDaRVWP5TYKZiSaXNzsr/qh2feuNjexP7xE4L/X3yH5w2}";
  private static final String ENCRYPTED = "{vD1vHGHbXBAHYwb9Y10hPXkeiP7+nOzbj2jiHY/c4zW9A6pmfO74tE031pyzFrRz}";

  @TempDir Path home;

  private static final Credentials NONE = new Credentials(null, null, null);
  private static final Map<String, String> ENVIRONMENT = Map.of(
      "MIGRATIONS_URL", "jdbc:postgresql://env/app", "MIGRATIONS_USERNAME", "env_user", "MIGRATIONS_PASSWORD", "env-secret");

  @Test
  void parametersWinOverTheServerWhichWinsOverTheEnvironmentValueByValue() throws Exception {
    Settings settings = settings(server("dev-db", "server_user", "server-secret"));
    SettingsDecrypter decrypter = decrypter();

    assertThat(Credentials.resolve(new Credentials("jdbc:postgresql://pom/app", "pom_user", "pom-secret"), "dev-db", settings, decrypter, ENVIRONMENT))
        .isEqualTo(new Credentials("jdbc:postgresql://pom/app", "pom_user", "pom-secret"));
    assertThat(Credentials.resolve(new Credentials("jdbc:postgresql://pom/app", null, null), "dev-db", settings, decrypter, ENVIRONMENT))
        .isEqualTo(new Credentials("jdbc:postgresql://pom/app", "server_user", "server-secret"));
    assertThat(Credentials.resolve(new Credentials(null, "pom_user", ""), "dev-db", settings, decrypter, ENVIRONMENT))
        .isEqualTo(new Credentials("jdbc:postgresql://env/app", "pom_user", "server-secret"));
    assertThat(Credentials.resolve(NONE, null, settings, decrypter, ENVIRONMENT))
        .isEqualTo(new Credentials("jdbc:postgresql://env/app", "env_user", "env-secret"));
    assertThat(Credentials.resolve(NONE, null, settings, decrypter, Map.of())).isEqualTo(NONE);
  }

  @Test
  void anEncryptedServerPasswordIsDecryptedWithTheMasterPasswordOfSettingsSecurity() throws Exception {
    Settings settings = settings(server("dev-db", "app", ENCRYPTED));
    assertThat(Credentials.resolve(NONE, "dev-db", settings, decrypter(), Map.of()).password()).isEqualTo("Encrypted-it-secret-7");
  }

  @Test
  void anUnknownServerIdIsAConfigurationErrorNamingTheServersThereAre() throws Exception {
    Settings settings = settings(server("dev-db", "app", "x"), server("prod-db", "app", "y"));
    assertThatThrownBy(() -> Credentials.resolve(NONE, "staging-db", settings, decrypter(), ENVIRONMENT))
        .isInstanceOf(MigrationException.class)
        .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(ErrorCode.CONFIGURATION_INVALID))
        .hasMessageContaining("serverId 'staging-db' names no <server> in settings.xml (its servers: dev-db, prod-db)");
  }

  @Test
  void anEncryptedPasswordWithoutItsMasterPasswordIsAConfigurationErrorThatDoesNotQuoteIt() throws Exception {
    Settings settings = settings(server("dev-db", "app", ENCRYPTED));
    SettingsDecrypter noMaster = new DefaultSettingsDecrypter(
        new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(), home.resolve("missing-settings-security.xml").toString()));
    assertThatThrownBy(() -> Credentials.resolve(NONE, "dev-db", settings, noMaster, Map.of()))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("decrypting the password of <server> 'dev-db' in settings.xml: ")
        .hasMessageContaining("-Dsettings.security=")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(ENCRYPTED));
  }

  @Test
  void toStringNeverShowsThePassword() {
    assertThat(new Credentials("jdbc:postgresql://db/app?password=s3cret", "app", "s3cret").toString())
        .doesNotContain("s3cret").contains("app");
  }

  private SettingsDecrypter decrypter() throws Exception {
    Path security = home.resolve("settings-security.xml");
    Files.writeString(security, "<settingsSecurity><master>" + MASTER + "</master></settingsSecurity>");
    return new DefaultSettingsDecrypter(new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(), security.toString()));
  }

  private static Settings settings(Server... servers) {
    Settings settings = new Settings();
    for (Server server : servers) {
      settings.addServer(server);
    }
    return settings;
  }

  private static Server server(String id, String username, String password) {
    Server server = new Server();
    server.setId(id);
    server.setUsername(username);
    server.setPassword(password);
    return server;
  }
}
