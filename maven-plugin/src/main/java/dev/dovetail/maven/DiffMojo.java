package dev.dovetail.maven;

import dev.dovetail.diff.DiffOptions;
import dev.dovetail.diff.MigrationGenerator;
import dev.dovetail.diff.plan.PlanOptions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the declared schema with the current state and writes proved, reversible migration pairs
 * ({@code V…} up, {@code U…} down) into the migration directory, and contract steps into the contract directory
 * where they wait for {@code migrations:promote}. Writes nothing when the schema is up to date, when the proof
 * fails, or when the input is wrong.
 */
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public class DiffMojo extends AbstractMigrationsMojo {

  /**
   * Whether risky changes are split into expand, data and contract steps that need no downtime (concurrent index
   * builds, constraints added {@code NOT VALID} then validated, batched backfills, drops deferred to
   * {@code contractDirectory}). {@code false} writes every change in its plain form, one migration each, all into
   * {@code migrationDirectory}, for teams that accept downtime.
   */
  @Parameter(property = "migrations.zeroDowntime", defaultValue = "true")
  protected boolean zeroDowntime;

  /** How many rows a generated backfill updates per committed batch; at least 1. */
  @Parameter(property = "migrations.backfillBatchSize", defaultValue = "10000")
  protected int backfillBatchSize;

  /**
   * The {@code statement_timeout} of files that run outside a transaction (concurrent index builds, batched
   * backfills), a PostgreSQL duration; {@code 0}, the default, lets them take as long as they need.
   */
  @Parameter(property = "migrations.statementTimeout", defaultValue = "0")
  protected String statementTimeout;

  /**
   * Fails the build (without writing anything) when the declared schema and the current state differ, instead of
   * writing migrations: for CI checks that the committed migrations are up to date.
   */
  @Parameter(property = "migrations.failIfChanges", defaultValue = "false")
  protected boolean failIfChanges;

  @Override
  protected void run() throws MojoExecutionException {
    DiffOptions options = diffOptions()
        .withPlan(new PlanOptions(zeroDowntime, backfillBatchSize))
        .withStatementTimeout(statementTimeout)
        .withFailIfChanges(failIfChanges);
    new MigrationGenerator().diff(options);
  }
}
