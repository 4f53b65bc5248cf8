package dev.dovetail.core.plan;

/** What can go wrong when a statement runs on a production database. */
public enum HazardType {
  DATA_LOSS,
  TABLE_REWRITE,
  ACCESS_EXCLUSIVE_LOCK,
  BLOCKS_WRITES,
  LONG_RUNNING,
  NON_TRANSACTIONAL,
  BACKWARD_INCOMPATIBLE,
  DOWN_RESTORES_STRUCTURE_ONLY,
  /** The down cannot undo the up: it fails with a message saying so, and the way back is by hand. */
  IRREVERSIBLE,
  NEEDS_REVIEW
}
