package dev.dovetail.maven;

import dev.dovetail.diff.SchemaAdopter;
import dev.dovetail.diff.SchemaLayout;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adopts an existing database, or an existing migration directory, once. With {@code url}: reads the live database in a
 * read-only session and writes its declared schema into {@code schemaDirectory} plus a baseline pair
 * ({@code V<version>__baseline.sql} and its down) into {@code migrationDirectory}, and says which Flyway
 * {@code baselineVersion} makes Flyway skip the baseline on that database. Without {@code url}: replays the migration
 * directory on a scratch database and writes the declared schema it produces. Everything is proved on scratch databases
 * first; nothing is written into a schema directory that has {@code .sql} files, nor (with {@code url}) into a
 * migration directory that has migrations.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMigrationsMojo {

  /** How the declared schema is laid out: {@code schema} (one file per schema) or {@code object} (one file per object). */
  @Parameter(property = "migrations.layout", defaultValue = "schema")
  protected String layout;

  /**
   * The version of the baseline pair, for Flyway's {@code baselineVersion}: digits, optionally in parts ({@code 1},
   * {@code 1.0}). Default: the current UTC time as {@code yyyyMMddHHmmss}, like the versions {@code migrations:diff}
   * writes.
   */
  @Parameter(property = "migrations.baselineVersion")
  protected String baselineVersion;

  @Override
  protected void run() throws MojoExecutionException {
    new SchemaAdopter().adopt(new SchemaAdopter.Options(diffOptions(), SchemaLayout.parse(layout), baselineVersion));
  }
}
