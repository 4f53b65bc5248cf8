package dev.dovetail.maven;

import dev.dovetail.diff.DiffOptions;
import dev.dovetail.diff.MigrationGenerator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Compares the declared schema with the current state and writes proved, reversible migration pairs
 * ({@code V…} up, {@code U…} down) into the migration directory. Writes nothing when the schema is up to
 * date, when the proof fails, or when the input is wrong.
 */
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public class DiffMojo extends AbstractMigrationsMojo {

  @Override
  protected void run() throws MojoExecutionException {
    DiffOptions options =
        DiffOptions.of(schemaDirectory.toPath(), migrationDirectory.toPath())
            .withLive(liveDatabase())
            .withScratch(scratchSettings())
            .withSchemas(schemaFilter())
            .withPrivileges(includePrivileges)
            .withLockTimeout(lockTimeout)
            .withProgress(progress());
    new MigrationGenerator().diff(options);
  }
}
