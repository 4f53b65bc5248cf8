package dev.dovetail.core.dir;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A contract migration {@link ContractPromotion} moved into the migration directory, named by its up files; its
 * down file and any {@code .conf} files moved with it.
 *
 * @param from the up file it was, in the contract directory (no longer there)
 * @param to the up file it is now, in the migration directory, under a fresh version
 */
public record PromotedMigration(Path from, Path to) {

  public PromotedMigration {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
