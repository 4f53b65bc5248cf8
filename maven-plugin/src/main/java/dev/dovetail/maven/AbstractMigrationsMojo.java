package dev.dovetail.maven;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.dir.MigrationDirectory;
import dev.dovetail.diff.DiffOptions;
import dev.dovetail.diff.Progress;
import dev.dovetail.diff.introspect.SchemaFilter;
import dev.dovetail.diff.scratch.EmbeddedScratchProvider;
import dev.dovetail.diff.scratch.ScratchSettings;
import dev.dovetail.diff.source.LiveDatabase;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.codehaus.plexus.component.configurator.ComponentConfigurator;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * What every goal shares: the common parameters, the {@code skip} switch, and the mapping of library
 * failures onto Maven. A {@link MigrationException} a user can fix (bad schema file, unreachable database,
 * bad configuration) becomes a {@link MojoFailureException} (BUILD FAILURE) with the library's message and
 * no stack trace; anything else is a {@link MojoExecutionException} (BUILD ERROR).
 */
public abstract class AbstractMigrationsMojo extends AbstractMojo {

  /**
   * Directory holding the declared schema's {@code *.sql} files, executed in order of relative path. A file may be
   * plain {@code pg_dump} output: its restrict lines are ignored and its {@code COPY … FROM stdin} data is skipped.
   */
  @Parameter(property = "migrations.schemaDirectory", defaultValue = "${basedir}/src/main/resources/db/schema")
  protected File schemaDirectory;

  /** Directory of the Flyway migrations, read as the current state and written to. */
  @Parameter(property = "migrations.migrationDirectory", defaultValue = "${basedir}/src/main/resources/db/migration")
  protected File migrationDirectory;

  /**
   * Directory of the down files ({@code U…}), which Flyway OSS cannot run: kept out of Flyway's locations so that
   * Flyway never sees a name it refuses ({@code validateMigrationNaming}). Flyway Teams users, whose undo runs them,
   * set it to {@code migrationDirectory} to keep each down beside its up.
   */
  @Parameter(property = "migrations.undoDirectory", defaultValue = "${basedir}/src/main/resources/db/undo")
  protected File undoDirectory;

  /**
   * Directory where contract migrations (the destructive steps of a change: dropped columns, tables, types) wait,
   * off Flyway's path, until every running instance of the application is on the new version;
   * {@code migrations:promote} then moves them into {@code migrationDirectory}. Those waiting count as applied when
   * {@code migrations:diff} reads the current state.
   */
  @Parameter(property = "migrations.contractDirectory", defaultValue = "${basedir}/src/main/resources/db/contract")
  protected File contractDirectory;

  /**
   * JDBC URL of a live database to compare with, read in a read-only session. Without it (and without the
   * {@code MIGRATIONS_URL} environment variable), the migration directory replayed on a scratch database is the
   * current state.
   */
  @Parameter(property = "migrations.url")
  protected String url;

  /** User for {@code url} (and {@code scratchUrl}); else from {@code serverId}, else {@code MIGRATIONS_USERNAME}. */
  @Parameter(property = "migrations.username")
  protected String username;

  /**
   * Password for {@code url} (and {@code scratchUrl}); else from {@code serverId}, else {@code MIGRATIONS_PASSWORD}.
   * Dovetail never logs it, but {@code mvn -X} prints every parameter's value: prefer {@code serverId} or the
   * environment variable.
   */
  @Parameter(property = "migrations.password")
  protected String password;

  /**
   * The {@code <server>} of {@code settings.xml} whose {@code <username>} and {@code <password>} (encrypted ones
   * decrypted as Maven does) are used when {@code username} and {@code password} are not set.
   */
  @Parameter(property = "migrations.serverId")
  protected String serverId;

  /** Scratch database provider: {@code embedded} (default, no installation), {@code docker} or {@code url}. */
  @Parameter(property = "migrations.scratch", defaultValue = "embedded")
  protected String scratch;

  /** For {@code scratch=url}: JDBC URL of a server on which Dovetail may create and drop databases. */
  @Parameter(property = "migrations.scratchUrl")
  protected String scratchUrl;

  /**
   * Whether the declared schema and the migrations run on the scratch database as its own unprivileged role (the
   * sandbox: no superuser, no CREATEDB or CREATEROLE, owner of that database only), so that nothing they say can
   * reach other databases, roles or the machine. Turn it off only for existing migrations that create roles, and only
   * with a scratch server that is not shared with anything that matters.
   */
  @Parameter(property = "migrations.sandbox", defaultValue = "true")
  protected boolean sandbox;

  /**
   * For {@code scratch=url}: whether {@code scratchUrl} may be on the live database's own server. Refused by default:
   * scratch databases and roles would be created on production, and proofs would load it.
   */
  @Parameter(property = "migrations.scratchOnLiveServer", defaultValue = "false")
  protected boolean scratchOnLiveServer;

  /** PostgreSQL major version of the scratch server, 14–18; match production. */
  @Parameter(property = "migrations.postgresVersion", defaultValue = "18")
  protected int postgresVersion;

  /** Schemas to manage (comma-separated as a property); empty means every user schema. */
  @Parameter(property = "migrations.includeSchemas")
  protected List<String> includeSchemas;

  /** Schemas never to manage, for example ones another tool owns (comma-separated as a property). */
  @Parameter(property = "migrations.excludeSchemas")
  protected List<String> excludeSchemas;

  /**
   * Whether privileges ({@code GRANT}/{@code REVOKE} on schemas, tables, columns, sequences, functions) are
   * read, compared and migrated. Off by default: roles usually differ between environments.
   */
  @Parameter(property = "migrations.includePrivileges", defaultValue = "false")
  protected boolean includePrivileges;

  /**
   * How long a statement of a written migration may wait for a lock before it fails ({@code lock_timeout}, set
   * at the top of every file): a PostgreSQL duration such as {@code 5s}, {@code 500ms} or {@code 1min};
   * {@code 0} waits for ever.
   */
  @Parameter(property = "migrations.lockTimeout", defaultValue = "5s")
  protected String lockTimeout;

  /**
   * Where reports go: {@code migrations:diff} writes {@code review.md} and {@code review.html} there,
   * {@code migrations:verify} writes {@code verify.md}.
   */
  @Parameter(property = "migrations.reportDirectory", defaultValue = "${project.build.directory}/migrations")
  protected File reportDirectory;

  /**
   * The project's base directory: reports show the directories inside it relative to it, and the project's Flyway
   * configuration is looked for there.
   */
  @Parameter(defaultValue = "${basedir}", readonly = true)
  protected File baseDirectory;

  /** Skips the goal. */
  @Parameter(property = "migrations.skip", defaultValue = "false")
  protected boolean skip;

  @Component
  private RepositorySystem repositorySystem;

  @Component
  private SettingsDecrypter settingsDecrypter;

  @Component(role = ComponentConfigurator.class, hint = "basic")
  private ComponentConfigurator configurator;

  @Parameter(defaultValue = "${settings}", readonly = true)
  private Settings settings;

  @Parameter(defaultValue = "${session}", readonly = true)
  private MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true)
  private MojoExecution mojoExecution;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
  private List<RemoteRepository> remoteRepositories;

  /** Fails on a boolean parameter given neither {@code true} nor {@code false}, which Maven would read as false. */
  private void refuseNonBooleans() throws MojoFailureException {
    if (session == null || mojoExecution == null) {
      return;
    }
    PluginParameterExpressionEvaluator evaluator = new PluginParameterExpressionEvaluator(session, mojoExecution);
    List<BooleanParameters.Invalid> invalid = BooleanParameters.find(
        mojoExecution.getMojoDescriptor().getParameters(), mojoExecution.getConfiguration(), session.getUserProperties(),
        expression -> {
          try {
            Object value = evaluator.evaluate(expression);
            return value == null ? null : value.toString();
          } catch (ExpressionEvaluationException e) {
            return expression;
          }
        });
    if (!invalid.isEmpty()) {
      throw new MojoFailureException("[" + ErrorCode.CONFIGURATION_INVALID + "] " + invalid.stream()
          .map(i -> i.parameter() + " is '" + i.value() + "', which is not a boolean (Maven would read it as false)")
          .collect(java.util.stream.Collectors.joining("; ")) + "; use true or false");
    }
  }

  /** The database credentials, resolved on first use: goals that need no database never look at serverId. */
  private Credentials credentials;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    UserPropertyOverrides.apply(this, session, mojoExecution, configurator, getLog());
    refuseNonBooleans();
    if (skip) {
      getLog().info("Skipping (migrations.skip=true)");
      return;
    }
    try {
      run();
    } catch (MigrationException e) {
      // the code leads, so that docs/errors.md (one section per code) can be found from the log
      String message = "[" + e.code() + "] " + e.getMessage();
      if (e.code().userError()) {
        throw new MojoFailureException(message);
      }
      throw new MojoExecutionException(message, e);
    }
  }

  /** The goal itself. */
  protected abstract void run() throws MojoExecutionException, MojoFailureException;

  /** @return the options every goal that reads schemas shares, from the parameters */
  protected DiffOptions diffOptions() throws MojoExecutionException {
    return DiffOptions.builder(schemaDirectory.toPath(), migrationDirectory.toPath())
        .contractDirectory(contractDirectory.toPath())
        .undoDirectory(undoDirectory == null ? null : undoDirectory.toPath())
        .live(liveDatabase())
        .scratch(scratchSettings())
        .schemas(schemaFilter())
        .includePrivileges(includePrivileges)
        .lockTimeout(lockTimeout)
        .reportDirectory(reportDirectory == null ? null : reportDirectory.toPath())
        .baseDirectory(baseDirectory == null ? null : baseDirectory.toPath())
        .progress(progress())
        .build();
  }

  /** @return the migration directory with its undo directory, checked off Flyway's path */
  protected MigrationDirectory migrations() {
    return MigrationDirectory.checked(
        migrationDirectory.toPath(), undoDirectory == null ? null : undoDirectory.toPath(), contractDirectory.toPath());
  }

  /** @return the scratch settings from the parameters, with the binaries for a non-default version resolved */
  protected ScratchSettings scratchSettings() throws MojoExecutionException {
    Path binaries = null;
    boolean embedded = scratch == null || "embedded".equalsIgnoreCase(scratch);
    if (embedded && postgresVersion != EmbeddedScratchProvider.DEFAULT_MAJOR) {
      binaries = resolve(EmbeddedScratchProvider.binariesCoordinates(postgresVersion));
    }
    String scratchUser = "url".equalsIgnoreCase(scratch) ? credentials().username() : null;
    String scratchPassword = "url".equalsIgnoreCase(scratch) ? credentials().password() : null;
    if (!sandbox) {
      getLog().warn("sandbox is false: the declared schema and the migrations run on the scratch server as "
          + (scratchUser == null ? "its superuser" : scratchUser) + ", and can reach everything that user can");
    }
    return new ScratchSettings(scratch, scratchUrl, scratchUser, scratchPassword, postgresVersion, binaries, sandbox,
        scratchOnLiveServer);
  }

  /** @return the schemas to manage */
  protected SchemaFilter schemaFilter() {
    return new SchemaFilter(includeSchemas, excludeSchemas);
  }

  /** @return the live database, or null when no URL is set */
  protected LiveDatabase liveDatabase() {
    Credentials resolved = credentials();
    return resolved.url() == null ? null : new LiveDatabase(resolved.url(), resolved.username(), resolved.password());
  }

  /** @return url, username and password from the parameters, else {@code serverId}'s server, else the environment */
  private Credentials credentials() {
    if (credentials == null) {
      credentials = Credentials.resolve(
          new Credentials(url, username, password), serverId, settings, settingsDecrypter, System.getenv());
    }
    return credentials;
  }

  /** @return a progress sink writing to the Maven log */
  protected Progress progress() {
    return new Progress() {
      @Override
      public void info(String message) {
        getLog().info(message);
      }

      @Override
      public void warn(String message) {
        getLog().warn(message);
      }
    };
  }

  private Path resolve(String coordinates) throws MojoExecutionException {
    ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(coordinates), remoteRepositories, null);
    try {
      getLog().info("Resolving PostgreSQL " + postgresVersion + " binaries " + coordinates);
      return repositorySystem.resolveArtifact(repositorySession, request).getArtifact().getFile().toPath();
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException("resolving " + coordinates + ": " + e.getMessage(), e);
    }
  }
}
