package dev.dovetail.diff.verify;

/**
 * The stable codes of {@code migrations:verify}'s findings, grouped by the check that reports them, each with what to
 * do next. Codes never change meaning; new ones may be added.
 */
public enum FindingCode {
  /** The migration directory has migrations but no {@code migrations.sum}. */
  MANIFEST_MISSING(Check.MANIFEST, "review the migrations, run mvn migrations:rehash and commit migrations.sum"),
  /** The manifest's total does not match its lines. */
  MANIFEST_EDITED(Check.MANIFEST, "migrations.sum was edited by hand: restore it from version control"),
  /** A recorded migration's content changed. */
  MIGRATION_EDITED(Check.MANIFEST,
      "if the file is deployed (any database applied it), restore the recorded content and put the change in a new migration;"
          + " if it is not deployed yet and the edit is reviewed (such as the value written into a guarded backfill),"
          + " run mvn migrations:rehash to record it and commit migrations.sum"),
  /** A recorded migration is gone. */
  MIGRATION_REMOVED(Check.MANIFEST, "restore the file: databases that applied it still carry its changes"),
  /** A recorded migration is there under another name. */
  MIGRATION_RENAMED(Check.MANIFEST, "give the file its recorded name back: Flyway knows migrations by version and name"),
  /** An unrecorded migration sorts before the last recorded one. */
  MIGRATION_INSERTED(Check.MANIFEST,
      "give it a version after every recorded migration, or Flyway runs it out of order (or refuses) on deployed databases"),
  /** An unrecorded migration sorts after every recorded one. */
  MIGRATION_UNRECORDED(Check.MANIFEST, "review the hand-written migration, then run mvn migrations:rehash"),
  /** A migration (up) fails when the directory is replayed on an empty database. */
  MIGRATION_FAILED(Check.DECLARED, "fix the migration so that it runs on an empty database after the ones before it"),
  /** The declared schema has an object that replaying the migrations does not produce. */
  NOT_MIGRATED(Check.DECLARED, "run mvn migrations:diff and commit the migration it writes"),
  /** Replaying the migrations produces an object the declared schema does not have. */
  NOT_DECLARED(Check.DECLARED, "declare the object in the schema files, or run mvn migrations:diff to write the migration that drops it"),
  /** Both have the object, differently. */
  MIGRATED_DIFFERENTLY(Check.DECLARED, "run mvn migrations:diff, or change the declared schema to what the migrations produce"),
  /** An up migration has no down ({@code U…}) beside it. */
  DOWN_MISSING(Check.REVERSIBLE, "write the U file that undoes the migration"),
  /** A down fails after its up, or the up fails again after its down. */
  DOWN_FAILED(Check.REVERSIBLE, "fix the down so that it runs right after its up and leaves nothing the up trips over"),
  /** Running a down after its up does not give back the schema before the up. */
  DOWN_DOES_NOT_UNDO(Check.REVERSIBLE, "make the down restore exactly the schema before its up (the detail lists what is left)"),
  /** The live database cannot be reached or refuses the login. */
  LIVE_UNREACHABLE(Check.LIVE, "check url, username and password, and that the database accepts connections from this machine"),
  /** Introspection saw no table at all in the live database. */
  LIVE_EMPTY(Check.LIVE,
      "check url (the database name), includeSchemas/excludeSchemas and the user's privileges: it needs USAGE on the schemas"),
  /** Flyway's history records a migration the directory does not have. */
  LIVE_UNKNOWN_MIGRATION(Check.LIVE, "restore the migration the live database applied, or find out who applied it"),
  /** The live database has an object the applied migrations do not produce. */
  LIVE_EXTRA(Check.LIVE,
      "someone changed the live database outside migrations: declare it and run diff, remove it, or accept it in driftBaseline"),
  /** The applied migrations produce an object the live database lacks. */
  LIVE_MISSING(Check.LIVE, "someone removed it outside migrations: restore it, or accept it in driftBaseline"),
  /** Both have the object, differently. */
  LIVE_DIFFERS(Check.LIVE, "someone altered it outside migrations: undo that, migrate it properly, or accept it in driftBaseline");

  /** The checks of {@code migrations:verify}, in the order they run. */
  public enum Check {
    /** 1: the manifest matches the files. */
    MANIFEST("manifest matches the migration files"),
    /** 2: replaying the migrations yields the declared schema. */
    DECLARED("migrations produce the declared schema"),
    /** 3: every down undoes its up. */
    REVERSIBLE("every down undoes its up"),
    /** 4: the live database is what the applied migrations produce. */
    LIVE("live database matches the applied migrations");

    private final String title;

    Check(String title) {
      this.title = title;
    }

    /** @return what the check asserts, for reports */
    public String title() {
      return title;
    }
  }

  private final Check check;
  private final String next;

  FindingCode(Check check, String next) {
    this.check = check;
    this.next = next;
  }

  /** @return the check that reports it */
  public Check check() {
    return check;
  }

  /** @return what to do next */
  public String next() {
    return next;
  }
}
