package dev.dovetail.diff.plan;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;

/**
 * How changes are planned.
 *
 * @param zeroDowntime whether the safe recipes (docs/recipes.md) apply; {@code false} plans every change in its plain
 *     form (one migration each, in dependency order, nothing deferred to the contract phase) for teams that accept
 *     downtime
 * @param batchSize how many rows a backfill updates per committed batch
 */
public record PlanOptions(boolean zeroDowntime, int batchSize) {

  /** The default number of rows per backfill batch. */
  public static final int DEFAULT_BATCH_SIZE = 10_000;

  /** Recipes on, batches of {@link #DEFAULT_BATCH_SIZE}. */
  public static final PlanOptions DEFAULT = new PlanOptions(true, DEFAULT_BATCH_SIZE);

  /** Every change in its plain form. */
  public static final PlanOptions PLAIN = new PlanOptions(false, DEFAULT_BATCH_SIZE);

  /**
   * @throws MigrationException with {@link ErrorCode#CONFIGURATION_INVALID} when {@code batchSize} is below 1
   */
  public PlanOptions {
    if (batchSize < 1) {
      throw new MigrationException(
          ErrorCode.CONFIGURATION_INVALID, "backfillBatchSize must be at least 1 row per batch, not " + batchSize);
    }
  }
}
