package dev.dovetail.maven;

import dev.dovetail.core.dir.ContractPromotion;
import java.time.Clock;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Moves every contract migration waiting in the contract directory into the migration directory, with its down and
 * any {@code .conf} files, under fresh versions later than every existing migration: run it once every running
 * instance of the application is on the version that no longer needs what the contract steps drop. All or nothing;
 * never overwrites a file. Needs no database.
 */
@Mojo(name = "promote", requiresProject = false, threadSafe = true)
public class PromoteMojo extends AbstractMigrationsMojo {

  @Override
  protected void run() {
    new ContractPromotion(contractDirectory.toPath(), migrations())
        .promote(Clock.systemUTC(), message -> getLog().info(message));
  }
}
