package dev.dovetail.diff.plan;

import dev.dovetail.core.change.AddColumn;
import dev.dovetail.core.change.AlterClusterOn;
import dev.dovetail.core.change.AlterColumnSettings;
import dev.dovetail.core.change.AlterColumnStatistics;
import dev.dovetail.core.change.AlterInheritance;
import dev.dovetail.core.change.AlterReplicaIdentity;
import dev.dovetail.core.change.AddConstraint;
import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.AlterConstraintValidity;
import dev.dovetail.core.change.AlterCompositeType;
import dev.dovetail.core.change.AlterDomain;
import dev.dovetail.core.change.AlterEnum;
import dev.dovetail.core.change.AlterExtension;
import dev.dovetail.core.change.AlterOwner;
import dev.dovetail.core.change.AlterPartitionBound;
import dev.dovetail.core.change.AlterPolicy;
import dev.dovetail.core.change.AlterRowSecurity;
import dev.dovetail.core.change.AlterSequence;
import dev.dovetail.core.change.AlterTableStorage;
import dev.dovetail.core.change.AlterTriggerState;
import dev.dovetail.core.change.ColumnAspect;
import dev.dovetail.core.change.CreateCollation;
import dev.dovetail.core.change.CreateCompositeType;
import dev.dovetail.core.change.CreateDomain;
import dev.dovetail.core.change.CreateEnum;
import dev.dovetail.core.change.CreateExtension;
import dev.dovetail.core.change.CreateFunction;
import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.change.CreatePartition;
import dev.dovetail.core.change.CreatePolicy;
import dev.dovetail.core.change.CreateSchema;
import dev.dovetail.core.change.CreateSequence;
import dev.dovetail.core.change.CreateStatistics;
import dev.dovetail.core.change.CreateTable;
import dev.dovetail.core.change.CreateRule;
import dev.dovetail.core.change.ReplaceRule;
import dev.dovetail.core.change.CreateTrigger;
import dev.dovetail.core.change.CreateView;
import dev.dovetail.core.change.DropCollation;
import dev.dovetail.core.change.DropColumn;
import dev.dovetail.core.change.DropCompositeType;
import dev.dovetail.core.change.DropConstraint;
import dev.dovetail.core.change.DropDomain;
import dev.dovetail.core.change.DropRangeType;
import dev.dovetail.core.change.CreateRangeType;
import dev.dovetail.core.change.DropEnum;
import dev.dovetail.core.change.DropExtension;
import dev.dovetail.core.change.DropFunction;
import dev.dovetail.core.change.DropIndex;
import dev.dovetail.core.change.DropPartition;
import dev.dovetail.core.change.DropPolicy;
import dev.dovetail.core.change.DropSchema;
import dev.dovetail.core.change.DropSequence;
import dev.dovetail.core.change.DropStatistics;
import dev.dovetail.core.change.DropTable;
import dev.dovetail.core.change.DropRule;
import dev.dovetail.core.change.DropTrigger;
import dev.dovetail.core.change.DropView;
import dev.dovetail.core.change.GrantPrivilege;
import dev.dovetail.core.change.RebuildViews;
import dev.dovetail.core.change.RenameColumn;
import dev.dovetail.core.change.RenameEnumValue;
import dev.dovetail.core.change.RenameTable;
import dev.dovetail.core.change.ReplaceFunction;
import dev.dovetail.core.change.ReplaceView;
import dev.dovetail.core.change.RevokePrivilege;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.SetComment;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.PrivilegeTarget;
import java.util.Set;

/**
 * The tie-break of the change graph: where a change goes when its dependencies leave the choice open. Ranks keep a
 * plan readable and safe by default: security is loosened first and tightened last, objects that others may use
 * are created early and dropped late, destructive drops come after what might still use them, and views are
 * created once everything they may read exists. Dependencies always win over ranks ({@link ChangeOrder}).
 */
enum Rank {
  UNDO_VIEW_PRIVILEGE,
  DROP_VIEW,
  LOOSEN_ROW_SECURITY,
  DROP_POLICY,
  UNDO_PRIVILEGE,
  CREATE_SCHEMA,
  EXTENSION,
  COLLATION,
  RENAME,
  RENAME_ENUM_VALUE,
  ENUM,
  DOMAIN,
  COMPOSITE,
  FUNCTION,
  CREATE_SEQUENCE,
  DROP_FOREIGN_KEY,
  DETACH_SEQUENCE,
  DROP_OTHER,
  DROP_TABLE,
  DROP_COLUMN,
  CREATE_TABLE,
  RETYPE_COLUMN,
  ADD_COLUMN,
  ALTER_COLUMN,
  ALTER_SEQUENCE,
  ADD_OTHER,
  ADD_FOREIGN_KEY,
  CREATE_POLICY,
  TIGHTEN_ROW_SECURITY,
  APPLY_PRIVILEGE,
  COMMENT,
  ALTER_OWNER,
  REPLACE_ENUM,
  CREATE_VIEW,
  APPLY_VIEW_PRIVILEGE,
  APPLY_DEFAULT_PRIVILEGE,
  DROP_SEQUENCE,
  DROP_FUNCTION,
  DROP_COMPOSITE,
  DROP_DOMAIN,
  DROP_ENUM,
  DROP_COLLATION,
  DROP_EXTENSION,
  DROP_SCHEMA;

  /**
   * @param recreated the signatures of functions and names of composite types the run drops and creates again
   * @param views the views of either side (their indexes and triggers go with the view changes)
   * @param undone whether a privilege change undoes a privilege of the current state (else it applies a declared one)
   */
  static Rank of(SchemaChange change, Set<String> recreated, Set<String> views, boolean undone) {
    if (change instanceof AlterOwner) {
      return ALTER_OWNER;
    }
    Rank rank = securityAndViews(change, views, undone);
    rank = rank != null ? rank : typesFunctionsAndSequences(change, recreated);
    rank = rank != null ? rank : tables(change);
    if (rank != null) {
      return rank;
    }
    if (change instanceof RebuildViews c) {
      Rank last = UNDO_VIEW_PRIVILEGE;
      for (SchemaChange member : c.changes()) {
        Rank own = of(member, recreated, views, undone);
        last = own.compareTo(last) > 0 ? own : last;
      }
      return last;
    }
    throw new IllegalArgumentException("no rank for " + change.getClass().getSimpleName());
  }

  /** @return the rank of a rename, a privilege, row-level security, a policy or a view change; null for others */
  private static Rank securityAndViews(SchemaChange change, Set<String> views, boolean undone) {

    if (change instanceof RenameTable || change instanceof RenameColumn) {
      return RENAME;
    }
    boolean privilege = change instanceof GrantPrivilege || change instanceof RevokePrivilege;
    if (privilege && privilegeTarget(change).kind().defaults()) {
      // Default privileges apply to what is created after them: those the run takes back go before any creation, those
      // it gives after every one, so that no object the run creates gets privileges the declared schema does not give it.
      return undone ? UNDO_PRIVILEGE : APPLY_DEFAULT_PRIVILEGE;
    }
    if (privilege) {
      // A view's privileges are taken off before views are dropped and given back once they are created again.
      boolean onView = views.contains(privilegeObject(change));
      return undone ? (onView ? UNDO_VIEW_PRIVILEGE : UNDO_PRIVILEGE) : (onView ? APPLY_VIEW_PRIVILEGE : APPLY_PRIVILEGE);
    }
    if (change instanceof DropView) {
      return DROP_VIEW;
    }
    if (change instanceof CreateView || change instanceof ReplaceView) {
      return CREATE_VIEW;
    }
    if (change instanceof DropIndex c && views.contains(c.index().table().toString())
        || change instanceof DropTrigger t && views.contains(t.trigger().table().toString())) {
      return DROP_VIEW;
    }
    if (change instanceof CreateIndex c && views.contains(c.index().table().toString())
        || change instanceof CreateTrigger t && views.contains(t.trigger().table().toString())) {
      return CREATE_VIEW;
    }
    if (change instanceof AlterRowSecurity c) {
      boolean loosens = (!c.to().enabled() || c.from().enabled()) && (!c.to().forced() || c.from().forced());
      return loosens ? LOOSEN_ROW_SECURITY : TIGHTEN_ROW_SECURITY;
    }
    if (change instanceof DropPolicy) {
      return DROP_POLICY;
    }
    if (change instanceof CreatePolicy || change instanceof AlterPolicy) {
      return CREATE_POLICY;
    }
    return null;
  }

  /** @return the rank of a schema, extension, type, function or sequence change; null for others */
  private static Rank typesFunctionsAndSequences(SchemaChange change, Set<String> recreated) {
    if (change instanceof CreateSchema) {
      return CREATE_SCHEMA;
    }
    if (change instanceof CreateExtension || change instanceof AlterExtension) {
      return EXTENSION;
    }
    if (change instanceof CreateCollation) {
      return COLLATION;
    }
    if (change instanceof DropCollation) {
      return DROP_COLLATION;
    }
    if (change instanceof RenameEnumValue) {
      return RENAME_ENUM_VALUE;
    }
    if (change instanceof CreateEnum) {
      return ENUM;
    }
    if (change instanceof AlterEnum c) {
      return c.additive() ? ENUM : REPLACE_ENUM;
    }
    if (change instanceof CreateDomain || change instanceof AlterDomain || change instanceof CreateRangeType) {
      return DOMAIN;
    }
    if (change instanceof CreateCompositeType || change instanceof AlterCompositeType) {
      return COMPOSITE;
    }
    if (change instanceof DropCompositeType c) {
      return recreated.contains(c.type().name().toString()) ? COMPOSITE : DROP_COMPOSITE;
    }
    if (change instanceof CreateFunction || change instanceof ReplaceFunction) {
      return FUNCTION;
    }
    if (change instanceof DropFunction c) {
      return recreated.contains(c.function().signature()) ? FUNCTION : DROP_FUNCTION;
    }
    if (change instanceof CreateSequence) {
      return CREATE_SEQUENCE;
    }
    if (change instanceof AlterSequence c) {
      return c.from().ownedBy() != null && c.to().ownedBy() == null ? DETACH_SEQUENCE : ALTER_SEQUENCE;
    }
    return null;
  }

  /** @return the rank of a change of tables, their columns, constraints, indexes, triggers and partitions, or a comment */
  private static Rank tables(SchemaChange change) {
    if (change instanceof DropConstraint c) {
      return c.constraint() instanceof ForeignKey ? DROP_FOREIGN_KEY : DROP_OTHER;
    }
    if (change instanceof DropIndex || change instanceof DropTrigger || change instanceof DropPartition
        || change instanceof DropStatistics || change instanceof DropRule) {
      return DROP_OTHER;
    }
    if (change instanceof DropTable) {
      return DROP_TABLE;
    }
    if (change instanceof DropColumn) {
      return DROP_COLUMN;
    }
    if (change instanceof CreateTable) {
      return CREATE_TABLE;
    }
    if (change instanceof AlterColumn c) {
      Set<ColumnAspect> aspects = c.aspects();
      boolean retypes = (aspects.contains(ColumnAspect.TYPE) || aspects.contains(ColumnAspect.COLLATION))
          && !aspects.contains(ColumnAspect.GENERATED);
      return retypes ? RETYPE_COLUMN : ALTER_COLUMN;
    }
    if (change instanceof AddColumn) {
      return ADD_COLUMN;
    }
    if (change instanceof AlterTableStorage) {
      return ALTER_COLUMN;
    }
    if (change instanceof AddConstraint c) {
      return c.constraint() instanceof ForeignKey ? ADD_FOREIGN_KEY : ADD_OTHER;
    }
    if (change instanceof AlterConstraintValidity c) {
      return c.to() instanceof ForeignKey ? ADD_FOREIGN_KEY : ADD_OTHER;
    }
    if (change instanceof CreateIndex || change instanceof CreateTrigger || change instanceof CreatePartition
        || change instanceof AlterPartitionBound || change instanceof CreateStatistics || change instanceof CreateRule
        || change instanceof ReplaceRule) {
      return ADD_OTHER;
    }
    // table attributes: reset with the drops (before the index they name goes), set with the indexes
    if (change instanceof AlterReplicaIdentity c) {
      return c.to().isDefault() ? DROP_OTHER : ADD_OTHER;
    }
    // a child gains its parent once its columns and checks are in place; it leaves before they are dropped
    if (change instanceof AlterInheritance c) {
      return c.inherit() ? ADD_OTHER : DROP_OTHER;
    }
    if (change instanceof AlterClusterOn c) {
      return c.toIndex() == null ? DROP_OTHER : ADD_OTHER;
    }
    if (change instanceof AlterColumnStatistics || change instanceof AlterColumnSettings || change instanceof AlterTriggerState) {
      return ALTER_COLUMN;
    }
    if (change instanceof SetComment) {
      return COMMENT;
    }
    if (change instanceof DropSequence) {
      return DROP_SEQUENCE;
    }
    if (change instanceof DropDomain || change instanceof DropRangeType) {
      return DROP_DOMAIN;
    }
    if (change instanceof DropEnum) {
      return DROP_ENUM;
    }
    if (change instanceof DropExtension) {
      return DROP_EXTENSION;
    }
    if (change instanceof DropSchema) {
      return DROP_SCHEMA;
    }
    return null;
  }

  /** @return the relation a privilege is on, as {@code schema.name}, or null for other objects */
  private static String privilegeObject(SchemaChange change) {
    PrivilegeTarget target = privilegeTarget(change);
    return target.kind() == PrivilegeTarget.Kind.TABLE || target.kind() == PrivilegeTarget.Kind.COLUMN
        ? target.qualifiedName().toString()
        : null;
  }

  private static PrivilegeTarget privilegeTarget(SchemaChange change) {
    return change instanceof GrantPrivilege g ? g.target() : ((RevokePrivilege) change).target();
  }
}
