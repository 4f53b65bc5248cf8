package dev.dovetail.it;

import dev.dovetail.core.dir.MigrationDirectory;
import dev.dovetail.core.dir.MigrationScript;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchDatabase;
import dev.dovetail.diff.source.MigrationReplay;
import dev.dovetail.diff.source.SqlScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Set-up for the plugin ITs (called from their {@code setup.groovy}): copies of examples/shop, and live databases on
 * the embedded server of the build's JVM, deployed as Flyway deploys them, whose URLs reach the invoked build through
 * a user properties file.
 */
public final class PluginFixture {

  private PluginFixture() {}

  /** Copies examples/shop's {@code src} (schema, committed migrations, manifest) into {@code basedir}. */
  public static void copyShop(Path basedir, Path example) throws IOException {
    Path source = example.resolve("src");
    Path target = basedir.resolve("src");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path destination = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /**
   * Creates a live database (left running until the build's JVM ends) with every migration of {@code basedir}
   * applied and recorded in a {@code flyway_schema_history} table as Flyway records them, then runs {@code byHand}
   * on it, and writes {@code migrations.url} and {@code migrations.username} (plus {@code extra}) into
   * {@code basedir/propertiesFile}, for {@code invoker.userPropertiesFile}.
   */
  public static void liveDatabase(Path basedir, String propertiesFile, String byHand, Map<String, String> extra)
      throws IOException, SQLException {
    ScratchDatabase live = deployLive(basedir, byHand);
    Map<String, String> properties = new java.util.LinkedHashMap<>();
    properties.put("migrations.url", live.jdbcUrl());
    properties.put("migrations.username", "postgres");
    properties.putAll(extra);
    writeProperties(basedir, propertiesFile, properties);
  }

  /**
   * Deploys {@code basedir}'s migrations to a new live database as {@link #liveDatabase} does, and creates a login
   * role that must give its password: the embedded server trusts every connection, except, through a
   * {@code pg_hba.conf} rule this adds, those of roles named {@code dovetail_pw_*}, which authenticate with
   * {@code scram-sha-256}. The role may read everything.
   *
   * @param passwords each role to create, named {@code dovetail_pw_*}, with its password
   * @return the database's JDBC URL, with no user in it
   */
  public static String liveDatabaseWithPasswordRoles(Path basedir, Map<String, String> passwords)
      throws IOException, SQLException {
    ScratchDatabase live = deployLive(basedir, "");
    String url = live.jdbcUrl().replaceAll("\\?.*", "");
    try (Connection connection = live.connect(); Statement sql = connection.createStatement()) {
      connection.setAutoCommit(true);
      for (Map.Entry<String, String> role : passwords.entrySet()) {
        if (!role.getKey().matches("dovetail_pw_[a-z0-9_]+")) {
          throw new IllegalArgumentException("a password role is named dovetail_pw_*: " + role.getKey());
        }
        sql.execute("CREATE ROLE " + role.getKey() + " LOGIN PASSWORD '" + role.getValue().replace("'", "''") + "'");
        sql.execute("GRANT pg_read_all_data TO " + role.getKey());
      }
      requirePasswords(sql);
    }
    // the rule is read on reload, asynchronously: wait until the server refuses a role without its password
    String role = passwords.keySet().iterator().next();
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (true) {
      Properties withoutPassword = new Properties();
      withoutPassword.setProperty("user", role);
      try (Connection unexpected = java.sql.DriverManager.getConnection(url, withoutPassword)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the embedded server still lets " + role + " in without a password");
        }
        Thread.sleep(100);
      } catch (SQLException expected) {
        return url;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Puts the {@code dovetail_pw_*} rule at the top of the server's {@code pg_hba.conf} (once) and reloads it. */
  private static void requirePasswords(Statement sql) throws SQLException, IOException {
    String rule = "host all /^dovetail_pw_ all scram-sha-256";
    Path hba;
    try (java.sql.ResultSet rs = sql.executeQuery("SHOW hba_file")) {
      rs.next();
      hba = Path.of(rs.getString(1));
    }
    synchronized (PluginFixture.class) {
      String content = Files.readString(hba, StandardCharsets.UTF_8);
      if (!content.startsWith(rule + "\n")) {
        Files.writeString(hba, rule + "\n" + content, StandardCharsets.UTF_8);
      }
    }
    sql.execute("SELECT pg_reload_conf()");
  }

  /** Writes {@code properties} into {@code basedir/propertiesFile}, for {@code invoker.userPropertiesFile}. */
  public static void writeProperties(Path basedir, String propertiesFile, Map<String, String> properties) {
    Properties file = new Properties();
    file.putAll(properties);
    try (Writer writer = Files.newBufferedWriter(basedir.resolve(propertiesFile), StandardCharsets.UTF_8)) {
      file.store(writer, "written by setup.groovy for this IT");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ScratchDatabase deployLive(Path basedir, String byHand) throws IOException, SQLException {
    List<MigrationScript> migrations = new MigrationDirectory(basedir.resolve("src/main/resources/db/migration")).upMigrations();
    ScratchDatabase live = EmbeddedScratchProvider.shared().withoutSandbox().create(); // not closed: the invoked build uses it
    try (Connection connection = live.connect(SqlScript.driverOptions()); Statement sql = connection.createStatement()) {
      connection.setAutoCommit(true);
      MigrationReplay.apply(connection, migrations);
      sql.execute("CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50),"
          + " description varchar(200) NOT NULL, type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum int,"
          + " installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(), execution_time int NOT NULL,"
          + " success boolean NOT NULL)");
      sql.execute("CREATE INDEX flyway_schema_history_s_idx ON flyway_schema_history (success)");
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO flyway_schema_history VALUES (?, ?, ?, 'SQL', ?, 0, 'flyway', now(), 1, true)")) {
        for (int i = 0; i < migrations.size(); i++) {
          MigrationScript migration = migrations.get(i);
          insert.setInt(1, i + 1);
          insert.setString(2, migration.version().text());
          insert.setString(3, migration.name().replace('_', ' '));
          insert.setString(4, migration.path().getFileName().toString());
          insert.executeUpdate();
        }
      }
      if (!byHand.isBlank()) {
        sql.execute(byHand);
      }
    }
    return live;
  }

  /**
   * @return the JDBC URL of a new, empty database (user {@code postgres}, no password), left running until the build's
   *     JVM ends, for an invoked build to deploy to
   */
  public static String emptyDatabase() {
    return EmbeddedScratchProvider.shared().withoutSandbox().create().jdbcUrl(); // not closed: the invoked build uses it
  }

  /** @return the result of a query with one {@code bigint} or {@code int} column and one row, on {@code url} */
  public static long queryForLong(String url, String sql) throws SQLException {
    try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
        Statement statement = connection.createStatement();
        java.sql.ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * Creates a database that no migration tool manages yet (left running until the build's JVM ends), runs {@code sql} on
   * it, and writes its URL and user into {@code basedir/propertiesFile} twice: as {@code migrations.url} and
   * {@code migrations.username} for Dovetail's goals, and as {@code flyway.url} and {@code flyway.user} for Flyway's
   * Maven plugin; plus {@code extra}.
   */
  public static void unmanagedDatabase(Path basedir, String propertiesFile, String sql, Map<String, String> extra) throws SQLException {
    ScratchDatabase live = EmbeddedScratchProvider.shared().withoutSandbox().create(); // not closed: the invoked builds use it
    try (Connection connection = live.connect(SqlScript.driverOptions()); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute(sql);
    }
    Properties properties = new Properties();
    properties.setProperty("migrations.url", live.jdbcUrl());
    properties.setProperty("migrations.username", "postgres");
    properties.setProperty("flyway.url", live.jdbcUrl());
    properties.setProperty("flyway.user", "postgres");
    properties.putAll(extra);
    try (Writer writer = Files.newBufferedWriter(basedir.resolve(propertiesFile), StandardCharsets.UTF_8)) {
      properties.store(writer, "written by setup.groovy: a live database for this IT");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the first column of the first row {@code sql} returns on the database {@code url} (as user postgres) */
  public static String query(String url, String sql) throws SQLException {
    try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", null);
        Statement statement = connection.createStatement();
        java.sql.ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  /**
   * Asserts that the build failed as a user error should: {@code BUILD FAILURE}, every expected text in the log, and no
   * stack trace.
   */
  public static void assertFailedWith(Path basedir, String... expected) throws IOException {
    String log = log(basedir);
    org.assertj.core.api.Assertions.assertThat(log).contains("BUILD FAILURE").contains(expected);
    String failure = log.substring(log.indexOf("BUILD FAILURE"));
    org.assertj.core.api.Assertions.assertThat(failure).as("no stack trace").doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(");
    org.assertj.core.api.Assertions.assertThat(log).doesNotContain("MigrationException");
  }

  /** @return the invoked build's log without colours */
  public static String log(Path basedir) throws IOException {
    return Files.readString(basedir.resolve("build.log"), StandardCharsets.UTF_8).replaceAll("\u001B\\[[;\\d]*m", "");
  }
}
