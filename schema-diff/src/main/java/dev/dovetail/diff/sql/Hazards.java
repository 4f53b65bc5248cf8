package dev.dovetail.diff.sql;

import dev.dovetail.core.plan.Hazard;
import dev.dovetail.core.plan.HazardType;

/**
 * Every hazard a planned statement can carry, with its text: the plain forms of {@link DdlRenderer}, the recipes, the
 * shadow column and the planner all take theirs from here, so that one hazard has one wording wherever it appears.
 */
public final class Hazards {

  private Hazards() {}

  // ---------------------------------------------------------------- Plain forms (DdlRenderer)

  public static final Hazard DATA_LOSS_TABLE =
      new Hazard(HazardType.DATA_LOSS, "the table's rows are deleted; back them up first if they matter");
  public static final Hazard DATA_LOSS_COLUMN =
      new Hazard(HazardType.DATA_LOSS, "the column's values are deleted; back them up first if they matter");
  public static final Hazard STRUCTURE_ONLY =
      new Hazard(HazardType.DOWN_RESTORES_STRUCTURE_ONLY, "the down migration recreates the structure, not the data");
  public static final Hazard EXTENSION_DROPPED =
      new Hazard(
          HazardType.DATA_LOSS,
          "dropping an extension drops its objects; data kept in them (for example an extension's own tables) is lost");
  public static final Hazard EXTENSION_ONE_WAY =
      new Hazard(
          HazardType.IRREVERSIBLE,
          "the extension has no update path back to the version it had, so the down fails on purpose and says so;"
              + " going back means dropping and creating the extension by hand, or a restore");
  public static final Hazard ENUM_CONVERSION =
      new Hazard(
          HazardType.NEEDS_REVIEW,
          "rows holding a removed label make the conversion fail; update them to a remaining label first");
  public static final Hazard INHERITED_ROWS =
      new Hazard(
          HazardType.BACKWARD_INCOMPATIBLE,
          "queries, updates and deletes on the parent table (without ONLY) include the child's rows from now on, or no"
              + " longer do; make sure the application expects it");
  public static final Hazard LOGGING_REWRITE =
      new Hazard(HazardType.TABLE_REWRITE, "SET LOGGED / SET UNLOGGED rewrites the whole table under an ACCESS EXCLUSIVE lock");
  public static final Hazard DOMAIN_VALIDATION =
      new Hazard(
          HazardType.LONG_RUNNING,
          "the new rule is checked against every value of every column that uses the domain, holding their locks meanwhile");
  public static final Hazard SEQUENCE_MAX_LOWERED =
      new Hazard(
          HazardType.NEEDS_REVIEW,
          "a lowered MAXVALUE fails if the sequence has already gone past it; check its current value first");
  public static final Hazard SEQUENCE_RESET =
      new Hazard(
          HazardType.DATA_LOSS,
          "the sequence's current value is lost; the down recreates it at its start value, which can collide with existing keys");
  public static final Hazard INDEX_BUILD_BLOCKS_WRITES =
      new Hazard(
          HazardType.BLOCKS_WRITES,
          "a plain CREATE INDEX blocks inserts, updates and deletes on the table for the whole build");
  public static final Hazard VALIDATION_SCAN =
      new Hazard(
          HazardType.LONG_RUNNING,
          "the constraint is checked against every existing row while the lock is held");
  public static final Hazard TYPE_REWRITE =
      new Hazard(
          HazardType.TABLE_REWRITE,
          "a type change that is not binary-compatible rewrites the table and its indexes under an ACCESS EXCLUSIVE lock");
  public static final Hazard INDEX_REBUILD =
      new Hazard(
          HazardType.LONG_RUNNING,
          "a new collation changes the sort order, so the indexes on the column are rebuilt under an ACCESS EXCLUSIVE lock");
  public static final Hazard RENAME_INCOMPATIBLE =
      new Hazard(
          HazardType.BACKWARD_INCOMPATIBLE,
          "code that uses the old name fails from the moment this commits; deploy it together with the application that uses the new one");
  public static final Hazard SET_NOT_NULL_SCAN =
      new Hazard(HazardType.LONG_RUNNING, "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock");
  public static final Hazard MATERIALIZED_VIEW_FILL =
      new Hazard(
          HazardType.LONG_RUNNING,
          "the materialized view's query runs in full to fill it, and its indexes are built, before the statement returns");
  public static final Hazard PARTITION_SCAN =
      new Hazard(
          HazardType.LONG_RUNNING,
          "attaching checks every row of the partition against its bound unless a matching CHECK constraint proves it");
  public static final Hazard COLUMN_REWRITE =
      new Hazard(
          HazardType.TABLE_REWRITE,
          "filling an identity or generated column rewrites the table under an ACCESS EXCLUSIVE lock");
  public static final Hazard ROW_SECURITY_ON =
      new Hazard(
          HazardType.BACKWARD_INCOMPATIBLE,
          "roles other than the table's owner (with FORCE, the owner too) now see and change only the rows a policy"
              + " allows, and none without a permissive policy; make sure the application's roles are covered");
  public static final Hazard ROW_SECURITY_OFF =
      new Hazard(
          HazardType.NEEDS_REVIEW,
          "the table's policies stop applying: every role with privileges on the table sees and changes every row");
  public static final Hazard PRIVILEGE_REVOKED =
      new Hazard(HazardType.BACKWARD_INCOMPATIBLE, "code running as the role loses this privilege and fails where it needs it");

  // ---------------------------------------------------------------- Recipes

  public static final Hazard CONCURRENT_BUILD =
      new Hazard(
          HazardType.NON_TRANSACTIONAL,
          "runs outside a transaction; if the build fails it leaves an INVALID index, which the DROP INDEX CONCURRENTLY IF EXISTS"
              + " before it removes when the file runs again");
  public static final Hazard CONCURRENT_BUILD_TIME =
      new Hazard(HazardType.LONG_RUNNING, "CREATE INDEX CONCURRENTLY scans the table twice and waits for running transactions; writes go on meanwhile");
  public static final Hazard CONCURRENT_DROP =
      new Hazard(HazardType.NON_TRANSACTIONAL, "runs outside a transaction; DROP INDEX CONCURRENTLY waits for transactions using the index");
  public static final Hazard VALIDATE_SCAN =
      new Hazard(HazardType.LONG_RUNNING, "VALIDATE CONSTRAINT scans every row; reads and writes go on meanwhile");
  public static final Hazard NO_CONCURRENT_ON_PARTITIONED =
      new Hazard(
          HazardType.BLOCKS_WRITES,
          "PostgreSQL cannot build an index concurrently on a partitioned table, so this blocks writes on every partition"
              + " for the whole build; Dovetail builds it per partition concurrently (CREATE INDEX CONCURRENTLY, then ALTER"
              + " INDEX … ATTACH PARTITION) unless the same run adds, drops or moves partitions of the table: on a large"
              + " table, declare the partition changes in a run of their own first");
  public static final Hazard BATCHED =
      new Hazard(
          HazardType.NON_TRANSACTIONAL,
          "runs outside a transaction and commits after every batch, so that no transaction holds row locks on the whole table;"
              + " if it stops half way, running it again carries on");
  public static final Hazard BACKFILL_TIME =
      new Hazard(HazardType.LONG_RUNNING, "updates every existing row, batch by batch; the table stays readable and writable");
  public static final Hazard VALUE_TO_CHOOSE =
      new Hazard(
          HazardType.NEEDS_REVIEW,
          "the value for existing rows is for a person to choose: the file raises an error on a table with rows until the"
              + " UPDATE says what to write and the guard above it is removed. Fill it in before deploying, then run"
              + " mvn migrations:rehash: it records the reviewed edit in migrations.sum (until then migrations:verify reports"
              + " the file as MIGRATION_EDITED)");
  public static final Hazard NO_PRIMARY_KEY =
      new Hazard(
          HazardType.NEEDS_REVIEW,
          "the table has no primary key to walk in batches, so one UPDATE fills every row and holds their row locks until it commits");
  public static final Hazard NEW_NOT_NULL_INCOMPATIBLE =
      new Hazard(
          HazardType.BACKWARD_INCOMPATIBLE,
          "from here on inserts that leave the column out fail: deploy it once no running instance of the old application writes the table");
  public static final Hazard COMPATIBILITY_VIEW =
      new Hazard(
          HazardType.NEEDS_REVIEW,
          "the old name is an updatable view until the contract phase: SELECT, INSERT, UPDATE, DELETE and RETURNING through it"
              + " work, TRUNCATE, COPY … FROM, LOCK and DDL on the old name do not");
  public static final Hazard OLD_NAME_GONE =
      new Hazard(
          HazardType.BACKWARD_INCOMPATIBLE,
          "code still using the old name fails from here on: deploy it once no running instance of the old application uses it");
  public static final Hazard LABEL_REMOVED =
      new Hazard(
          HazardType.BACKWARD_INCOMPATIBLE,
          "from here on a write of a removed label fails, from the old application too: remove its uses first");

  // ---------------------------------------------------------------- The shadow-column recipe

  public static final Hazard SYNC_TRIGGER =
      new Hazard(
          HazardType.NEEDS_REVIEW,
          "until the contract phase a trigger copies every write of one column to the other; bulk loads pay for it");
  public static final Hazard CONVERSION =
      new Hazard(
          HazardType.NEEDS_REVIEW,
          "the trigger converts every written value to the new type: a value that does not convert makes that write fail");
  public static final Hazard SWAP =
      new Hazard(
          HazardType.BACKWARD_INCOMPATIBLE,
          "the old column is gone from here on: deploy it once no running instance of the old application uses it");
  public static final Hazard DOWN_COPY =
      new Hazard(
          HazardType.LONG_RUNNING,
          "the down migration copies the column back in one UPDATE and rebuilds its indexes and constraints under the table's lock");

  // ---------------------------------------------------------------- The planner

  public static final Hazard CANNOT_WAIT =
      new Hazard(
          HazardType.BACKWARD_INCOMPATIBLE,
          "this drop cannot wait for the contract phase because a later migration reuses its name; deploy it only once no"
              + " running instance of the old application uses what it drops");

  /** @return why a rewriting type change is applied in place, rewriting the table under its lock, not through a shadow column */
  public static Hazard changedInPlace(String because) {
    return new Hazard(HazardType.NEEDS_REVIEW,
        "changed in place, rewriting the table under its lock, not through a shadow column, because " + because);
  }

  /** @return why a hinted column rename is applied in place, not through a new column kept in step by a trigger */
  public static Hazard renamedInPlace(String because) {
    return new Hazard(HazardType.NEEDS_REVIEW,
        "renamed in place, not through a new column kept in step by a trigger, because " + because);
  }

  // ---------------------------------------------------------------- Validity of constraints

  public static final Hazard VALIDATE_FAILS_ON_VIOLATIONS =
      new Hazard(
          HazardType.NEEDS_REVIEW,
          "the constraint was NOT VALID, often because existing rows break it: the validation fails on the first such row and"
              + " the constraint stays NOT VALID; fix those rows before deploying, or keep the constraint declared NOT VALID");

  // ---------------------------------------------------------------- Table attributes (DdlRenderer)

  /** Logical replication refuses UPDATE and DELETE on a published table that identifies no old row. */
  public static final Hazard REPLICA_IDENTITY_NOTHING =
      new Hazard(
          HazardType.BACKWARD_INCOMPATIBLE,
          "with REPLICA IDENTITY NOTHING, UPDATE and DELETE on the table fail while a publication publishes them"
              + " (pg_publication_tables); subscribers no longer receive which row changed");
}
