package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dovetail.core.dir.MigrationDirectory;
import dev.dovetail.core.dir.MigrationManifest;
import dev.dovetail.diff.scratch.ScratchDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Bad inputs and hostile declared SQL, as a careless or hostile user would give them, run through the plugin: the
 * plugin IT {@code bad-inputs} is one Maven build of one module per {@link Row}, run with {@code --fail-at-end}. Its
 * {@code setup.groovy} calls {@link #setup} (a copy of examples/shop per row, edited as the row says, a live database
 * where the row has one, and the state to compare with afterwards); its {@code verify.groovy} calls {@link #verify},
 * which checks every row and reports every row that fails, each with what went wrong:
 *
 * <ul>
 *   <li>the outcome: the module's result in the reactor summary;
 *   <li>the message: each expected text in the module's part of the log or in its failure, and no secret anywhere in
 *       the log;
 *   <li>nothing written: every file of the module as it was (unless the row writes migrations), no file a hostile
 *       statement would make;
 *   <li>the live database's catalog fingerprint unchanged;
 *   <li>no scratch database or sandbox role left on the server the url rows use (none marked as Dovetail's), no role or
 *       database a hostile statement would make, and no embedded server left: the build runs with its temporary
 *       directory inside the IT, which must hold no {@code dovetail-pg-*} folder afterwards, and no process may run
 *       from there.
 * </ul>
 */
public final class BadInputs {

  private BadInputs() {}

  enum Outcome { SUCCESS, FAILURE }

  /**
   * One bad input.
   *
   * @param id the module's name
   * @param what what was done, and the row of the issue it comes from
   * @param goal the goal the module runs
   * @param live the SQL run by hand on the row's live database after the shop's migrations, or null for no live database
   * @param config the plugin's configuration; {@code {live}}, {@code {liveName}}, {@code {server}} and {@code {basedir}}
   *     stand for the live database's URL and name, the URL of the server the live databases are on and the module's
   *     directory
   * @param files files to write into the copy of the shop, by path (a {@code byte[]} or text with the same placeholders)
   * @param deleted paths to delete from the copy of the shop
   * @param outcome the expected result
   * @param messages texts the module's log or failure must contain
   * @param secrets texts the whole log must not contain
   * @param writes whether the row may write migrations
   * @param absentPaths paths (relative to the module) that must not exist afterwards
   * @param serverChecks queries on the url rows' server that must each return true afterwards
   */
  record Row(
      String id, String what, String goal, String live, Map<String, String> config, Map<String, Object> files,
      List<String> deleted, Outcome outcome, List<String> messages, List<String> secrets, boolean writes,
      List<String> absentPaths, List<String> serverChecks) {

    static Row of(String id, String what) {
      return new Row(id, what, "diff", null, Map.of(), Map.of(), List.of(), Outcome.FAILURE, List.of(), List.of(), false,
          List.of(), List.of());
    }

    Row goal(String value) {
      return new Row(id, what, value, live, config, files, deleted, outcome, messages, secrets, writes, absentPaths, serverChecks);
    }

    /** A live database: the shop deployed, then {@code byHand} run on it; {@code url} names it. */
    Row live(String byHand) {
      return new Row(id, what, goal, byHand, config, files, deleted, outcome, messages, secrets, writes, absentPaths, serverChecks)
          .config("url", "{live}", "username", "postgres");
    }

    Row config(String... pairs) {
      Map<String, String> more = new LinkedHashMap<>(config);
      for (int i = 0; i < pairs.length; i += 2) {
        more.put(pairs[i], pairs[i + 1]);
      }
      return new Row(id, what, goal, live, more, files, deleted, outcome, messages, secrets, writes, absentPaths, serverChecks);
    }

    /** Scratch databases on the server of the live databases, through the url provider. */
    Row onUrlScratch() {
      return config("scratch", "url", "scratchUrl", "{server}", "scratchUser", "postgres", "scratchOnLiveServer", "true");
    }

    Row file(String path, Object content) {
      Map<String, Object> more = new LinkedHashMap<>(files);
      more.put(path, content);
      return new Row(id, what, goal, live, config, more, deleted, outcome, messages, secrets, writes, absentPaths, serverChecks);
    }

    Row schemaFile(String name, Object sql) {
      return file(SCHEMA + "/" + name, sql);
    }

    Row delete(String... paths) {
      List<String> more = new ArrayList<>(deleted);
      more.addAll(List.of(paths));
      return new Row(id, what, goal, live, config, files, more, outcome, messages, secrets, writes, absentPaths, serverChecks);
    }

    Row succeeds() {
      return new Row(id, what, goal, live, config, files, deleted, Outcome.SUCCESS, messages, secrets, writes, absentPaths, serverChecks);
    }

    Row says(String... texts) {
      List<String> more = new ArrayList<>(messages);
      more.addAll(List.of(texts));
      return new Row(id, what, goal, live, config, files, deleted, outcome, more, secrets, writes, absentPaths, serverChecks);
    }

    Row neverPrints(String... texts) {
      List<String> more = new ArrayList<>(secrets);
      more.addAll(List.of(texts));
      return new Row(id, what, goal, live, config, files, deleted, outcome, messages, more, writes, absentPaths, serverChecks);
    }

    Row mayWrite() {
      return new Row(id, what, goal, live, config, files, deleted, outcome, messages, secrets, true, absentPaths, serverChecks);
    }

    Row leavesNo(String path) {
      List<String> more = new ArrayList<>(absentPaths);
      more.add(path);
      return new Row(id, what, goal, live, config, files, deleted, outcome, messages, secrets, writes, more, serverChecks);
    }

    Row serverHolds(String query) {
      List<String> more = new ArrayList<>(serverChecks);
      more.add(query);
      return new Row(id, what, goal, live, config, files, deleted, outcome, messages, secrets, writes, absentPaths, more);
    }
  }

  static final String SCHEMA = "src/main/resources/db/schema";
  static final String MIGRATIONS = "src/main/resources/db/migration";
  private static final String FIRST_MIGRATION = MIGRATIONS + "/V20261125235452__create_table_customers.sql";
  private static final String LONG_COLUMN = "amount_in_the_smallest_unit_of_the_currency_the_order_was_placed";

  /** The rows: each row of the table, and more of the same kinds. */
  static List<Row> rows() {
    return List.of(
        // 1: a failure on the url provider leaves no scratch database behind
        Row.of("r01-wrong-live-password", "1: scratch=url, the live database's password wrong")
            .onUrlScratch().config("url", "{passwordLive}", "username", "dovetail_pw_bad", "password", "wrong-pass-7c1")
            .says("DATABASE_UNREACHABLE", "password authentication failed").neverPrints("wrong-pass-7c1"),
        Row.of("r02-broken-migration-url-scratch", "1: scratch=url, an existing migration with broken SQL")
            .onUrlScratch().file(MIGRATIONS + "/V20990101000000__broken.sql", "CREATE TABLE broken (id int;\n")
            .says("MIGRATION_REPLAY_FAILED", "V20990101000000__broken.sql"),
        // 4-6: declared SQL reaching outside the scratch database
        Row.of("r03-drop-database", "4: declared DROP DATABASE of the live database, scratch server = live server")
            .live("").onUrlScratch().schemaFile("zz_escape.sql", "DROP DATABASE {liveName};\n")
            .says("DECLARED_SCHEMA_INVALID", "zz_escape.sql:1"),
        Row.of("r04-dblink-into-live", "5: declared dblink_exec into the live database")
            .live("").onUrlScratch()
            .schemaFile("zz_escape.sql", "CREATE EXTENSION dblink;\n"
                + "SELECT dblink_exec('dbname={liveName} user=postgres', 'CREATE TABLE injected (id int)');\n")
            .says("DECLARED_SCHEMA_INVALID", "zz_escape.sql:1"),
        Row.of("r05-create-superuser", "6: declared CREATE ROLE … SUPERUSER")
            .onUrlScratch().schemaFile("zz_escape.sql", "CREATE ROLE dovetail_bad_x SUPERUSER;\n")
            .says("DECLARED_SCHEMA_INVALID", "zz_escape.sql:1")
            .serverHolds("SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dovetail_bad_x')"),
        Row.of("r06-create-database", "6: declared CREATE DATABASE")
            .onUrlScratch().schemaFile("zz_escape.sql", "CREATE DATABASE dovetail_bad_y;\n")
            .says("DECLARED_SCHEMA_INVALID", "zz_escape.sql:1")
            .serverHolds("SELECT NOT EXISTS (SELECT FROM pg_database WHERE datname = 'dovetail_bad_y')"),
        Row.of("r07-copy-to-program", "6: declared COPY … TO PROGRAM, embedded scratch")
            .schemaFile("zz_escape.sql", "CREATE TABLE zz (id int);\nCOPY (SELECT 1) TO PROGRAM 'touch {basedir}/pwned';\n")
            .says("DECLARED_SCHEMA_INVALID", "zz_escape.sql:2").leavesNo("pwned"),
        Row.of("r08-alter-system", "6: declared ALTER SYSTEM")
            .onUrlScratch().schemaFile("zz_escape.sql", "ALTER SYSTEM SET work_mem = '1GB';\n")
            .says("DECLARED_SCHEMA_INVALID", "zz_escape.sql:1")
            .serverHolds("SELECT NOT EXISTS (SELECT FROM pg_file_settings WHERE name = 'work_mem' AND setting = '1GB')"),
        Row.of("r09-read-server-file", "6: declared read of a server file")
            .schemaFile("zz_escape.sql", "SELECT pg_read_file('postgresql.conf');\n")
            .says("DECLARED_SCHEMA_INVALID", "zz_escape.sql:1"),
        Row.of("r10-file-fdw", "6: declared file_fdw")
            .schemaFile("zz_escape.sql", "CREATE EXTENSION file_fdw;\n")
            .says("DECLARED_SCHEMA_INVALID", "zz_escape.sql:1"),
        Row.of("r11-set-role-superuser", "6: declared SET ROLE to the server's superuser")
            .schemaFile("zz_escape.sql", "SET ROLE postgres;\nCREATE TABLE zz (id int);\n")
            .says("DECLARED_SCHEMA_INVALID", "zz_escape.sql:1"),
        // 7: no silent acceptance of an edited history
        Row.of("r12-manifest-deleted-after-edit", "7: a recorded migration edited and migrations.sum deleted")
            .file(FIRST_MIGRATION, "CREATE TABLE customers (id bigint PRIMARY KEY);\n").delete(MIGRATIONS + "/migrations.sum")
            .says("MANIFEST_MISSING", "rehash"),
        Row.of("r13-recorded-migration-edited", "7: a recorded migration edited, manifest kept")
            .file(FIRST_MIGRATION, "CREATE TABLE customers (id bigint PRIMARY KEY);\n")
            .says("MANIFEST_MISMATCH", "V20261125235452__create_table_customers.sql"),
        Row.of("r14-verify-edited-migration", "7: verify, a recorded migration edited")
            .goal("verify").file(FIRST_MIGRATION, "CREATE TABLE customers (id bigint PRIMARY KEY);\n")
            .says("MIGRATION_EDITED", "V20261125235452__create_table_customers.sql"),
        // 8, 10: objects Dovetail does not manage
        Row.of("r15-live-range-type-redefined", "8: a range type in use on the live database, redefined by the declared schema")
            .live("CREATE TYPE floatrange AS RANGE (subtype = float8); ALTER TABLE customers ADD COLUMN span floatrange")
            .schemaFile("zz_range.sql", "CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);\n")
            .says("UNSUPPORTED_CHANGE", "range type public.floatrange changes its definition"),
        Row.of("r37-drop-blocked-by-unmanaged", "9: the declared schema drops a function an unmanaged operator and event trigger use")
            .live("CREATE FUNCTION public.add_up(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2';"
                + " CREATE OPERATOR public.<+> (leftarg = int, rightarg = int, function = public.add_up);"
                + " CREATE FUNCTION public.keep_quiet() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;"
                + " CREATE EVENT TRIGGER audit_quietly ON ddl_command_end EXECUTE FUNCTION public.keep_quiet()")
            .says("UNSUPPORTED_CHANGE", "operator public.<+>(integer,integer) depends on it", "event trigger audit_quietly"),
        Row.of("r38-search-path-set-in-one-file", "16: a search_path set in one declared file does not carry into the next")
            .schemaFile("zz_a.sql", "CREATE SCHEMA elsewhere;\nSET search_path = elsewhere;\nCREATE TABLE here_or_there (id int);\n")
            .schemaFile("zz_b.sql", "CREATE TABLE zz_in_public (id int);\n")
            .succeeds().mayWrite().says("Creates table public.zz_in_public", "Creates table elsewhere.here_or_there"),
        Row.of("r16-live-unmanaged-kinds", "10: an event trigger, a text search configuration and a publication in the live database")
            .live("CREATE FUNCTION public.noop_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;"
                + " CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION public.noop_ddl();"
                + " CREATE TEXT SEARCH CONFIGURATION public.shop_search (COPY = english);"
                + " CREATE PUBLICATION orders_feed FOR TABLE orders")
            .schemaFile("zz_ops.sql",
                "CREATE FUNCTION public.noop_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;\n")
            .succeeds().says("audit_ddl", "shop_search", "orders_feed"),
        // 11, 16: names Dovetail chooses
        Row.of("r17-63-byte-column-retyped", "11: a 63-byte column changed from int to bigint")
            .live("ALTER TABLE orders ADD COLUMN " + LONG_COLUMN + " integer")
            .schemaFile("zz_long.sql", "ALTER TABLE orders ADD COLUMN " + LONG_COLUMN + " bigint;\n")
            .succeeds().mayWrite().says("Wrote"),
        Row.of("r18-dollar-tag-in-a-name", "16: a table named t$dovetail$x")
            .schemaFile("zz_dollar.sql", "CREATE TABLE \"t$dovetail$x\" (id bigint PRIMARY KEY, note text NOT NULL DEFAULT '$dovetail$');\n")
            .succeeds().mayWrite().says("Wrote"),
        // 12-15: parameters
        Row.of("r19-empty-schema-directory", "12: an empty schema directory against a live database with tables")
            .live("").delete(SCHEMA + "/01_customers.sql", SCHEMA + "/02_catalog.sql", SCHEMA + "/03_orders.sql")
            .says("CONFIGURATION_INVALID", "schema directory"),
        Row.of("r20-zero-downtime-maybe", "13: zeroDowntime=maybe")
            .config("zeroDowntime", "maybe").says("CONFIGURATION_INVALID", "zeroDowntime is 'maybe', which is not a boolean"),
        Row.of("r21-password-in-malformed-url", "14: a password in a malformed url")
            .config("url", "jdbc:postgresql://localhost:99999/shop?password=hunter2-x91").neverPrints("hunter2-x91"),
        Row.of("r22-sslpassword-in-url", "14: sslpassword in a url that cannot be reached")
            .config("url", "jdbc:postgresql://localhost:1/shop?sslmode=disable&sslpassword=hunter3-x92")
            .says("DATABASE_UNREACHABLE").neverPrints("hunter3-x92"),
        Row.of("r23-user-password-in-url", "14: user:password@ in a url")
            .config("url", "jdbc:postgresql://bob:hunter4-x93@localhost:1/shop").neverPrints("hunter4-x93"),
        Row.of("r24-contract-inside-migrations", "15: contractDirectory inside migrationDirectory")
            .config("contractDirectory", "{basedir}/" + MIGRATIONS + "/contract")
            .says("CONFIGURATION_INVALID", "contractDirectory"),
        // 16: smaller ones
        Row.of("r25-leftover-temporary-file", "16: a .tmp file a killed write left")
            .file(MIGRATIONS + "/.migrations.sum.tmp", "half a manifest").succeeds().mayWrite()
            .says(".migrations.sum.tmp").leavesNo(MIGRATIONS + "/.migrations.sum.tmp"),
        Row.of("r26-schema-file-not-utf8", "16: a schema file that is not UTF-8")
            .schemaFile("zz_latin1.sql", "-- caf\u00e9\nCREATE TABLE zz (id int);\n".getBytes(StandardCharsets.ISO_8859_1))
            .says("DECLARED_SCHEMA_INVALID", "zz_latin1.sql:1"),
        Row.of("r27-lock-timeout-in-words", "16: lockTimeout '1 hour'")
            .config("lockTimeout", "1 hour").says("CONFIGURATION_INVALID", "1h"),
        // more of the same kinds
        Row.of("r28-unknown-scratch-provider", "an unknown scratch provider")
            .config("scratch", "podman").says("CONFIGURATION_INVALID", "podman", "embedded"),
        Row.of("r29-postgres-13", "a PostgreSQL version Dovetail does not support")
            .config("postgresVersion", "13").says("CONFIGURATION_INVALID", "14"),
        Row.of("r30-scratch-on-the-live-server", "scratchUrl on the live database's own server, not allowed")
            .live("").config("scratch", "url", "scratchUrl", "{server}", "scratchUser", "postgres")
            .says("CONFIGURATION_INVALID", "is on the live database's own server", "scratchOnLiveServer"),
        Row.of("r31-syntax-error", "a syntax error in a declared file")
            .schemaFile("zz_bad.sql", "CREATE TABLE zz (id int);\nCREATE TABLEE zz2 (id int);\n")
            .says("DECLARED_SCHEMA_INVALID", "zz_bad.sql:2"),
        Row.of("r32-psql-meta-command", "a psql meta-command in a declared file")
            .schemaFile("zz_psql.sql", "\\connect other\nCREATE TABLE zz (id int);\n")
            .says("DECLARED_SCHEMA_INVALID", "zz_psql.sql:1"),
        Row.of("r33-unreachable-live", "a live url nobody listens on")
            .config("url", "jdbc:postgresql://localhost:1/shop").says("DATABASE_UNREACHABLE", "localhost:1"),
        Row.of("r34-rename-hint-to-nothing", "a rename hint naming a column that does not exist")
            .schemaFile("zz_hint.sql", "-- migrations:rename column public.customers.no_such_column to nickname\n"
                + "ALTER TABLE customers ADD COLUMN nickname text;\n")
            .says("DECLARED_SCHEMA_INVALID", "no_such_column"),
        Row.of("r35-table-declared-twice", "a table declared in two files")
            .schemaFile("zz_twice.sql", "CREATE TABLE customers (id bigint PRIMARY KEY);\n")
            .says("DECLARED_SCHEMA_INVALID", "zz_twice.sql:1", "already exists"),
        Row.of("r36-rehash-broken-migration-name", "rehash of a migration directory holding a file with a bad name")
            .goal("rehash").file(MIGRATIONS + "/V1.x__bad name.sql", "SELECT 1;\n")
            .says("MIGRATION_NAME_INVALID"));
  }

  // ---------------------------------------------------------------- set-up

  /** Writes one module per row into {@code basedir}, and the aggregator that lists them. */
  public static void setup(Path basedir, Path shop, String pluginVersion) throws IOException, SQLException {
    Files.createDirectories(basedir.resolve("tmp"));
    Files.createDirectories(basedir.resolve(".mvn"));
    Files.writeString(basedir.resolve(".mvn/jvm.config"), "-Djava.io.tmpdir=" + basedir.resolve("tmp").toAbsolutePath() + "\n");
    String server = null;
    String passwordLive = null;
    StringBuilder modules = new StringBuilder();
    for (Row row : rows()) {
      Path module = basedir.resolve(row.id());
      PluginFixture.copyShop(module, shop);
      Map<String, String> values = new LinkedHashMap<>();
      values.put("{basedir}", module.toAbsolutePath().toString());
      if (row.live() != null || row.config().containsValue("{server}")) {
        ScratchDatabase live = PluginFixture.deployLive(module, row.live() == null ? "" : row.live());
        server = live.jdbcUrl().replaceAll("/" + live.name() + "(\\?|$)", "/postgres$1");
        values.put("{live}", live.jdbcUrl());
        values.put("{liveName}", live.name());
        values.put("{server}", server);
        if (row.live() != null) {
          Files.writeString(module.resolve("live-url.txt"), live.jdbcUrl());
          Files.writeString(module.resolve("live-fingerprint.txt"), String.join("\n", fingerprint(live.jdbcUrl())));
        }
      }
      if (row.config().containsValue("{passwordLive}")) {
        if (passwordLive == null) {
          passwordLive = PluginFixture.liveDatabaseWithPasswordRoles(module, Map.of("dovetail_pw_bad", "right-pass-5d2"));
        }
        values.put("{passwordLive}", passwordLive);
      }
      for (String path : row.deleted()) {
        Files.delete(module.resolve(path));
      }
      for (Map.Entry<String, Object> file : row.files().entrySet()) {
        Path target = module.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        if (file.getValue() instanceof byte[] bytes) {
          Files.write(target, bytes);
        } else {
          Files.writeString(target, substitute((String) file.getValue(), values), StandardCharsets.UTF_8);
        }
      }
      if (row.id().equals("r02-broken-migration-url-scratch")) {
        // recorded, so that only its SQL is wrong
        MigrationManifest.rehash(new MigrationDirectory(module.resolve(MIGRATIONS), module.resolve("src/main/resources/db/undo")));
      }
      Map<String, String> config = new LinkedHashMap<>();
      row.config().forEach((k, v) -> config.put(k, substitute(v, values)));
      Files.writeString(module.resolve("pom.xml"), modulePom(row, config, pluginVersion));
      Files.writeString(module.resolve("files-before.txt"), String.join("\n", files(module)));
      modules.append("    <module>").append(row.id()).append("</module>\n");
    }
    if (server != null) {
      Files.writeString(basedir.resolve("server-url.txt"), server);
    }
    Files.writeString(basedir.resolve("pom.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Written by setup.groovy (BadInputs.setup): one module per bad input. -->
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>dev.dovetail.it.bad</groupId>
          <artifactId>bad-inputs</artifactId>
          <version>1.0.0-SNAPSHOT</version>
          <packaging>pom</packaging>
          <modules>
        %s  </modules>
        </project>
        """.formatted(modules));
  }

  private static String substitute(String text, Map<String, String> values) {
    String result = text;
    for (Map.Entry<String, String> value : values.entrySet()) {
      result = result.replace(value.getKey(), value.getValue());
    }
    return result;
  }

  private static String modulePom(Row row, Map<String, String> config, String pluginVersion) {
    String configuration = config.entrySet().stream()
        .map(e -> "              <" + e.getKey() + ">" + xml(e.getValue()) + "</" + e.getKey() + ">")
        .collect(Collectors.joining("\n"));
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- %s -->
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>dev.dovetail.it.bad</groupId>
          <artifactId>%s</artifactId>
          <version>1.0.0-SNAPSHOT</version>
          <packaging>pom</packaging>
          <build>
            <plugins>
              <plugin>
                <groupId>dev.dovetail</groupId>
                <artifactId>migrations-maven-plugin</artifactId>
                <version>%s</version>
                <executions>
                  <execution>
                    <id>bad-input</id>
                    <phase>validate</phase>
                    <goals>
                      <goal>%s</goal>
                    </goals>
                    <configuration>
        %s
                    </configuration>
                  </execution>
                </executions>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(xml(row.what()).replace("--", "- -"), row.id(), pluginVersion, row.goal(), configuration);
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** @return every file under {@code src} of the module with a hash of its content, sorted */
  private static List<String> files(Path module) throws IOException {
    try (Stream<Path> walk = Files.walk(module.resolve("src"))) {
      List<String> lines = new ArrayList<>();
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        lines.add(module.relativize(file) + " " + sha256(Files.readAllBytes(file)));
      }
      lines.sort(null);
      return lines;
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> fingerprint(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, credentials())) {
      return CatalogFingerprint.of(connection);
    }
  }

  private static Properties credentials() {
    Properties properties = new Properties();
    properties.setProperty("user", "postgres");
    return properties;
  }

  // ---------------------------------------------------------------- verification

  private static final Pattern SUMMARY = Pattern.compile("(?m)^\\[INFO\\] (r\\d\\d-[a-z0-9-]+) [ .]*(SUCCESS|FAILURE|SKIPPED)");
  private static final Pattern HEADER = Pattern.compile("(?m)^\\[INFO\\] -+< dev\\.dovetail\\.it\\.bad:(r\\d\\d-[a-z0-9-]+) >-+$");

  /** Checks every row against the build's log and what the build left; fails listing every row that does not hold. */
  public static void verify(Path basedir) throws IOException, SQLException {
    String log = Files.readString(basedir.resolve("build.log"), StandardCharsets.UTF_8);
    Map<String, String> results = new TreeMap<>();
    Matcher summary = SUMMARY.matcher(log);
    while (summary.find()) {
      results.put(summary.group(1), summary.group(2));
    }
    Map<String, String> sections = sections(log);
    List<String> problems = new ArrayList<>();
    for (Row row : rows()) {
      List<String> mine = new ArrayList<>();
      Path module = basedir.resolve(row.id());
      String result = results.get(row.id());
      if (!row.outcome().name().equals(result)) {
        mine.add("result " + result + ", expected " + row.outcome());
      }
      String text = sections.getOrDefault(row.id(), "") + "\n" + failure(log, row.id());
      for (String expected : row.messages()) {
        if (!text.contains(expected)) {
          mine.add("no '" + expected + "' in what it printed");
        }
      }
      for (String secret : row.secrets()) {
        if (log.contains(secret)) {
          mine.add("the log shows '" + secret + "'");
        }
      }
      if (row.outcome() == Outcome.FAILURE && Pattern.compile("(?m)^\\[ERROR\\]\\s+at |^\\s+at dev\\.dovetail").matcher(text).find()) {
        mine.add("a stack trace in its failure");
      }
      if (!row.writes()) {
        List<String> before = Files.readAllLines(module.resolve("files-before.txt"));
        List<String> after = files(module);
        if (!before.equals(after)) {
          mine.add("files changed: " + difference(before, after));
        }
      }
      for (String path : row.absentPaths()) {
        if (Files.exists(module.resolve(path))) {
          mine.add(path + " exists");
        }
      }
      if (Files.exists(module.resolve("live-url.txt"))) {
        List<String> before = Files.readAllLines(module.resolve("live-fingerprint.txt"));
        List<String> after = fingerprint(Files.readString(module.resolve("live-url.txt")).strip());
        if (!String.join("\n", before).equals(String.join("\n", after))) {
          mine.add("the live database changed: " + difference(before, after));
        }
      }
      if (!row.serverChecks().isEmpty()) {
        for (String check : row.serverChecks()) {
          if (!queryTrue(Files.readString(basedir.resolve("server-url.txt")).strip(), check)) {
            mine.add("on the server, not true: " + check);
          }
        }
      }
      if (!mine.isEmpty()) {
        problems.add(row.id() + " (" + row.what() + "): " + String.join("; ", mine)
            + "\n      printed: " + text.strip().lines().filter(l -> l.contains("ERROR") || l.contains("WARN")).limit(6)
                .collect(Collectors.joining("\n               ")));
      }
    }
    if (Files.exists(basedir.resolve("server-url.txt"))) {
      List<String> marked = leftovers(Files.readString(basedir.resolve("server-url.txt")).strip());
      if (!marked.isEmpty()) {
        problems.add("scratch databases or sandbox roles left on the server: " + marked);
      }
    }
    try (Stream<Path> temp = Files.list(basedir.resolve("tmp"))) {
      List<String> servers = temp.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("dovetail-pg-")).toList();
      if (!servers.isEmpty()) {
        problems.add("embedded servers left in the build's temporary directory: " + servers);
      }
    }
    String temp = basedir.resolve("tmp").toAbsolutePath().toString();
    List<String> running = ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(temp)).orElse(false))
        .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
        .toList();
    if (!running.isEmpty()) {
      problems.add("processes still running from the build's temporary directory: " + running);
    }
    assertThat(problems).as("bad inputs whose handling is wrong (%d rows checked)", rows().size()).isEmpty();
    assertThat(results).as("every row ran").hasSize(rows().size());
  }

  /** @return each module's part of the log, by module */
  private static Map<String, String> sections(String log) {
    Map<String, String> sections = new LinkedHashMap<>();
    Matcher header = HEADER.matcher(log);
    String current = null;
    int start = 0;
    while (header.find()) {
      if (current != null) {
        sections.put(current, log.substring(start, header.start()));
      }
      current = header.group(1);
      start = header.end();
    }
    if (current != null) {
      int end = log.indexOf("Reactor Summary", start);
      sections.put(current, log.substring(start, end < 0 ? log.length() : end));
    }
    return sections;
  }

  /** @return the failure Maven reports for the module at the end of the build, or "" */
  private static String failure(String log, String id) {
    int at = log.indexOf("on project " + id + ":");
    if (at < 0) {
      return "";
    }
    int end = log.length();
    for (String next : List.of("[ERROR] Failed to execute goal", "[ERROR] -> [Help", "[ERROR] To see the full stack trace")) {
      int found = log.indexOf(next, at + 1);
      if (found >= 0 && found < end) {
        end = found;
      }
    }
    return log.substring(at, end);
  }

  private static String difference(List<String> before, List<String> after) {
    List<String> gone = before.stream().filter(l -> !after.contains(l)).map(l -> "- " + l).toList();
    List<String> added = after.stream().filter(l -> !before.contains(l)).map(l -> "+ " + l).toList();
    return Stream.concat(gone.stream(), added.stream()).limit(8).collect(Collectors.joining(", "));
  }

  private static boolean queryTrue(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, credentials());
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  /** @return the databases and roles on the server that carry the marks of Dovetail's scratch databases */
  private static List<String> leftovers(String url) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url, credentials());
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "SELECT 'database ' || datname FROM pg_database WHERE datname ~ '^dovetail_[0-9a-f]{16}$' AND shobj_description(oid, 'pg_database') LIKE 'dovetail scratch%'"
                + " UNION ALL SELECT 'role ' || rolname FROM pg_roles WHERE rolname ~ '^dovetail_[0-9a-f]{16}$' AND shobj_description(oid, 'pg_authid') LIKE 'dovetail scratch%'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
