package dev.dovetail.core.plan;

/** The deployment phase a migration belongs to: expand, data or contract (docs/user-guide.md). */
public enum Phase {
  /** Additive, backward-compatible changes, deployed before the new application version. */
  EXPAND,
  /** Data changes (backfills), in files of their own. */
  DATA,
  /** Destructive changes, deployed once no running instance needs the old structure. */
  CONTRACT;

  /** @return the phase in lower case, as used in names and headers */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
