package dev.dovetail.maven;

import dev.dovetail.core.dir.MigrationManifest;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Records the migration directory as it is now in its manifest ({@code migrations.sum}): run it after reviewing a
 * hand-written migration, so that {@code migrations:diff} and {@code migrations:verify} accept it. Lists what the new
 * manifest accepts. Needs no database.
 */
@Mojo(name = "rehash", requiresProject = false, threadSafe = true)
public class RehashMojo extends AbstractMigrationsMojo {

  @Override
  protected void run() {
    var accepted = MigrationManifest.rehash(migrations());
    getLog().info("Wrote " + migrationDirectory.toPath().resolve(MigrationManifest.FILE_NAME)
        + (accepted.isEmpty() ? "; it records the same files as before" : "; it now accepts:"));
    accepted.forEach(f -> getLog().info("  " + f.file() + " (" + f.kind().name().toLowerCase(java.util.Locale.ROOT) + ")"));
  }
}
