package dev.dovetail.core.write;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.plan.Lock;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Statement;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Lays out a {@link MigrationPlan} as Flyway files: {@code V<version>__<name>.sql} for the up and
 * {@code U<version>__<name>.sql}, Flyway's own undo naming, for the down. The Velocity templates only lay out
 * statements that are already rendered; they never build SQL. Strict mode makes a misspelled reference fail.
 *
 * <p>Every file first sets {@code lock_timeout} for its own transaction, so that a statement that
 * cannot get its lock fails fast instead of queueing the application's traffic behind it. A migration that cannot
 * run in a transaction ({@link Migration#transactional()} false: concurrent index builds, batched backfills) gets
 * a {@code .conf} file beside each of its files with {@code executeInTransaction=false}, Flyway's per-script
 * setting; its files set {@code lock_timeout} and a generous {@code statement_timeout} for the session and reset
 * both at the end, since {@code SET LOCAL} needs a transaction.
 */
public final class FlywayFormat {

  private static final String TEMPLATE = "dev/dovetail/core/write/flyway.vm";

  /** The default {@code lock_timeout} of written migrations. */
  public static final String DEFAULT_LOCK_TIMEOUT = "5s";

  /** The default {@code statement_timeout} of non-transactional files: none, an index build takes what it takes. */
  public static final String DEFAULT_STATEMENT_TIMEOUT = "0";

  /** The text a statement uses to name the file it is written to, replaced when the file is rendered. */
  public static final String FILE_NAME = "{{dovetail.file}}";

  /** The content of the Flyway script configuration beside a non-transactional file. */
  public static final String NON_TRANSACTIONAL_CONF = "executeInTransaction=false\n";

  /**
   * The check at the top of a file whose statements wait for older transactions. Flyway (10.x and later) takes its
   * PostgreSQL lock with {@code pg_try_advisory_xact_lock} in a transaction it keeps open on a second connection for
   * the whole run, unless {@code postgresql.transactional.lock=false}; {@code CREATE INDEX CONCURRENTLY} would wait
   * for that transaction until {@code lock_timeout} cancels it, leaving an INVALID index. The lock's key is Flyway's
   * constant {@code 0x466C79776179} plus a 32-bit hash, so its upper half ({@code classid}) is 18027 or 18028 and,
   * being a bigint key, its {@code objsubid} is 1. When another session of this database holds such a lock inside a
   * transaction, the file stops before it builds anything and names the setting to change.
   */
  static final String FLYWAY_LOCK_CHECK = String.join("\n",
      "DO $dovetail$",
      "BEGIN",
      "  IF EXISTS (SELECT FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid",
      "             WHERE l.locktype = 'advisory' AND l.classid IN (18027, 18028) AND l.objsubid = 1 AND l.granted",
      "               AND l.pid <> pg_backend_pid() AND a.datname = current_database() AND a.xact_start IS NOT NULL) THEN",
      "    RAISE EXCEPTION '%: Flyway holds its lock in an open transaction (postgresql.transactional.lock=true, its default),"
          + " which CREATE INDEX CONCURRENTLY would wait for until lock_timeout. Nothing was built. Set"
          + " postgresql.transactional.lock=false (flyway.postgresql.transactional.lock, spring.flyway.postgresql.transactional-lock"
          + " or FLYWAY_POSTGRESQL_TRANSACTIONAL_LOCK), run flyway repair, then migrate again', '" + FILE_NAME + "';",
      "  END IF;",
      "END",
      "$dovetail$;");

  /** A duration as PostgreSQL reads a time setting: a number (fractions since 12), spaces, one of its units. */
  private static final Pattern DURATION = Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:us|ms|s|min|h|d)?");

  private final VelocityEngine velocity;
  private final String lockTimeout;
  private final String statementTimeout;

  /** A format whose files wait at most {@link #DEFAULT_LOCK_TIMEOUT} for a lock. */
  public FlywayFormat() {
    this(DEFAULT_LOCK_TIMEOUT);
  }

  /**
   * @param lockTimeout the {@code lock_timeout} every file sets, a PostgreSQL duration ({@code 5s}, {@code 500ms},
   *     {@code 1min}; {@code 0} waits for ever)
   * @throws MigrationException with {@link ErrorCode#CONFIGURATION_INVALID} for anything else
   */
  public FlywayFormat(String lockTimeout) {
    this(lockTimeout, DEFAULT_STATEMENT_TIMEOUT);
  }

  /**
   * @param lockTimeout the {@code lock_timeout} every file sets
   * @param statementTimeout the {@code statement_timeout} non-transactional files set ({@code 0}: none)
   * @throws MigrationException with {@link ErrorCode#CONFIGURATION_INVALID} when either is not a PostgreSQL duration
   */
  public FlywayFormat(String lockTimeout, String statementTimeout) {
    this.lockTimeout = duration("lockTimeout", lockTimeout);
    this.statementTimeout = duration("statementTimeout", statementTimeout);
    Properties properties = new Properties();
    properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
    properties.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
    properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
    properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
    velocity = new VelocityEngine(properties);
    velocity.init();
  }

  private static String duration(String parameter, String value) {
    if (value == null || !DURATION.matcher(value.strip()).matches()) {
      throw new MigrationException(
          ErrorCode.CONFIGURATION_INVALID,
          parameter + " '" + value + "' is not a PostgreSQL duration: a number with one of PostgreSQL's units us, ms, s,"
              + " min, h or d, for example 5s, 500ms, 1min or 1h (PostgreSQL reads no other unit: '1 hour' is 1h;"
              + " 0 waits for ever)");
    }
    return value.strip();
  }

  /**
   * Renders every migration of the plan into an up and a down file.
   *
   * @param plan the migrations in order
   * @param versions one version per migration, in the same order
   * @return the files, up before down for each migration, each non-transactional one followed by its {@code .conf}
   */
  public List<MigrationFile> render(MigrationPlan plan, List<String> versions) {
    if (versions.size() != plan.migrations().size()) {
      throw new IllegalArgumentException(
          "expected " + plan.migrations().size() + " versions, got " + versions.size());
    }
    Template template = velocity.getTemplate(TEMPLATE);
    List<MigrationFile> files = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      Migration migration = plan.migrations().get(i);
      String version = versions.get(i);
      String up = upFileName(version, migration.name());
      String down = "U" + version + "__" + migration.name() + ".sql";
      files.add(new MigrationFile(up, merge(template, migration, "up", migration.up(), up, up)));
      if (!migration.transactional()) {
        files.add(new MigrationFile(up + ".conf", NON_TRANSACTIONAL_CONF));
      }
      files.add(new MigrationFile(down, merge(template, migration, "down", migration.down(), up, down)));
      if (!migration.transactional()) {
        files.add(new MigrationFile(down + ".conf", NON_TRANSACTIONAL_CONF));
      }
    }
    return files;
  }

  /** @return the name of the up file of a migration */
  public static String upFileName(String version, String name) {
    return "V" + version + "__" + name + ".sql";
  }

  /**
   * @return {@code text} safe inside a {@code --} comment line: a line break (a quoted identifier may hold one) goes on
   *     as a further comment line instead of ending the comment, which would turn the rest into SQL
   */
  public static String comment(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\n--   ");
  }

  private String merge(
      Template template, Migration migration, String direction, List<Statement> statements, String upFile, String fileName) {
    VelocityContext context = new VelocityContext();
    context.put("migration", migration);
    context.put("direction", direction);
    context.put("headline", comment("up".equals(direction) ? migration.description() : "Undoes " + upFile + "."));
    context.put("statements", statements.stream().map(s -> s.sql().replace(FILE_NAME, fileName) + ";").toList());
    boolean waits = !migration.transactional() && statements.stream().anyMatch(Statement::waitsForOlderTransactions);
    context.put("flywayLockCheck", waits ? FLYWAY_LOCK_CHECK.replace(FILE_NAME, fileName) : "");
    context.put("fileName", fileName);
    context.put("lockTimeout", lockTimeout);
    context.put("statementTimeout", "0".equals(statementTimeout) ? "0" : "'" + statementTimeout + "'");
    List<String> locks = Statement.locks(statements).stream().map(Lock::text).toList();
    context.put("locks", comment(locks.isEmpty() ? "none on existing tables" : String.join("; ", locks)));
    context.put("hazards", Statement.hazards(statements).stream().map(h -> comment(h.type() + ": " + h.message())).toList());
    StringWriter out = new StringWriter();
    template.merge(context, out);
    return out.toString();
  }
}
