package dev.dovetail.core;

/**
 * Stable codes for every failure Dovetail reports. {@link #userError()} says whether a person can fix the
 * cause by changing their input (schema files, configuration, database), which the Maven plugin reports as
 * a BUILD FAILURE rather than a BUILD ERROR.
 */
public enum ErrorCode {
  /** A declared schema file does not execute on PostgreSQL. */
  DECLARED_SCHEMA_INVALID(true),
  /** An existing migration file does not execute when the migration directory is replayed. */
  MIGRATION_REPLAY_FAILED(true),
  /** A file name in the migration directory does not follow the expected format. */
  MIGRATION_NAME_INVALID(true),
  /** A generated migration failed its proof on a scratch database; nothing was written. */
  PROOF_FAILED(false),
  /** The schemas differ in a way Dovetail cannot migrate yet; the message says which and what to do. */
  UNSUPPORTED_CHANGE(true),
  /**
   * The contract directory holds something {@code migrations:promote} cannot move as it is: an up migration without
   * its down, a down or a script configuration without its up.
   */
  CONTRACT_INVALID(true),
  /**
   * The migration directory's manifest ({@code migrations.sum}) disagrees with its files: a recorded migration was
   * edited, renamed or removed, or a file was added without {@code migrations:rehash}.
   */
  MANIFEST_MISMATCH(true),
  /**
   * The migration directory holds migrations but no manifest ({@code migrations.sum}), so an edited deployed migration
   * could not be told from a reviewed one; {@code migrations:rehash} records them deliberately.
   */
  MANIFEST_MISSING(true),
  /** Another run held the migration directory (or the contract directory) for longer than this run would wait. */
  DIRECTORY_LOCKED(true),
  /** {@code migrations:diff} with {@code failIfChanges} found changes it would write. */
  CHANGES_PENDING(true),
  /** {@code migrations:verify} found drift, an edited migration or a down that does not undo its up. */
  VERIFY_FAILED(true),
  /** A file that would be written already exists. */
  FILE_EXISTS(true),
  /** Writing migration files failed. */
  WRITE_FAILED(false),
  /** The database (live or scratch server) could not be reached or refused the credentials. */
  DATABASE_UNREACHABLE(true),
  /** The configuration is invalid (unknown provider, unsupported version, missing parameter). */
  CONFIGURATION_INVALID(true),
  /** Reading the catalog failed. */
  INTROSPECTION_FAILED(false),
  /** A scratch database could not be started, created or dropped. */
  SCRATCH_FAILED(false);

  private final boolean userError;

  ErrorCode(boolean userError) {
    this.userError = userError;
  }

  /** @return true when the user can fix the cause by changing input or configuration */
  public boolean userError() {
    return userError;
  }
}
