package dev.dovetail.diff;

import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.plan.MigrationPlan;
import java.nio.file.Path;
import java.util.List;

/**
 * What a diff run found and did.
 *
 * @param current the current state's model
 * @param declared the declared schema's model
 * @param plan the proved migrations (empty when the schema is up to date)
 * @param written the files written, up before down for each migration
 */
public record DiffResult(DatabaseSchema current, DatabaseSchema declared, MigrationPlan plan, List<Path> written) {

  public DiffResult {
    written = List.copyOf(written);
  }

  /** @return whether the current state already matches the declared schema */
  public boolean upToDate() {
    return plan.isEmpty();
  }
}
