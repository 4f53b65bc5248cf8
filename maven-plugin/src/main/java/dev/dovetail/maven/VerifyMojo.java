package dev.dovetail.maven;

import dev.dovetail.diff.MigrationVerifier;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when anything has drifted: the manifest ({@code migrations.sum}) disagrees with the migration files,
 * the migrations do not produce the declared schema, a down does not undo its up, or (with {@code url}) the live
 * database is not what its applied migrations produce. Every check runs, each problem is reported with a stable code
 * and what to do next, and {@code verify.md} in {@code reportDirectory} sums them up. A check that cannot run is
 * reported as skipped and fails the build; a disabled one (no {@code url}, {@code verifyReversibility=false}) does not.
 * Never writes to a database.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class VerifyMojo extends AbstractMigrationsMojo {

  /** Whether every down is run right after its up on a scratch database and must give back the schema before it. */
  @Parameter(property = "migrations.verifyReversibility", defaultValue = "true")
  protected boolean verifyReversibility;

  /**
   * A file of accepted differences between the live database and its migrations, one per line as verify reports
   * them, each with a reason: {@code LIVE_EXTRA column public.customers.legacy_flag -- added by support (OPS-12)}.
   */
  @Parameter(property = "migrations.driftBaseline")
  protected File driftBaseline;

  @Override
  protected void run() throws MojoExecutionException {
    MigrationVerifier.Options options = new MigrationVerifier.Options(
        diffOptions(), verifyReversibility, driftBaseline == null ? null : driftBaseline.toPath());
    new MigrationVerifier().verify(options).requirePassed();
  }
}
