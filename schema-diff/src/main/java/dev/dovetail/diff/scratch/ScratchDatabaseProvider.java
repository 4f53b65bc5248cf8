package dev.dovetail.diff.scratch;

/**
 * Where scratch databases come from. Every {@link #create()} gives a fresh database with a unique
 * name; closing it drops it.
 */
public interface ScratchDatabaseProvider {

  /** @return a new empty database; the caller closes it */
  ScratchDatabase create();

  /** @return a short description for the log, such as {@code embedded PostgreSQL 18.6} */
  String description();
}
