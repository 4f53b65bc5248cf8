package dev.dovetail.core.change;

import dev.dovetail.core.model.QualifiedName;
import java.util.Set;

/**
 * One logical change to a database schema: the closed vocabulary that the diff produces, the planner orders
 * and the renderer turns into SQL. A change carries no SQL text. Every change knows its inverse, which is
 * what a migration's down applies, and its {@link Subject}: what it is about, from which its migration name, its
 * sentence and the names it frees and takes derive.
 */
public sealed interface SchemaChange
    permits CreateSchema,
        DropSchema,
        CreateExtension,
        DropExtension,
        AlterExtension,
        CreateCollation,
        DropCollation,
        CreateEnum,
        DropEnum,
        AlterEnum,
        CreateDomain,
        CreateRangeType,
        DropRangeType,
        DropDomain,
        AlterDomain,
        CreateFunction,
        DropFunction,
        ReplaceFunction,
        CreateSequence,
        DropSequence,
        AlterSequence,
        CreateTable,
        DropTable,
        AlterTableStorage,
        AddColumn,
        DropColumn,
        AlterColumn,
        AddConstraint,
        DropConstraint,
        CreateIndex,
        DropIndex,
        CreateStatistics,
        DropStatistics,
        CreateTrigger,
        DropTrigger,
        CreateRule,
        DropRule,
        ReplaceRule,
        SetComment,
        CreateView,
        DropView,
        ReplaceView,
        RebuildViews,
        CreateCompositeType,
        DropCompositeType,
        AlterCompositeType,
        CreatePartition,
        DropPartition,
        AlterPartitionBound,
        RenameEnumValue,
        RenameTable,
        RenameColumn,
        CreatePolicy,
        DropPolicy,
        AlterPolicy,
        AlterRowSecurity,
        GrantPrivilege,
        RevokePrivilege,
        AlterOwner,
        AlterConstraintValidity,
        AlterReplicaIdentity,
        AlterClusterOn,
        AlterColumnStatistics,
        AlterColumnSettings,
        AlterTriggerState,
        AlterInheritance {

  /** @return the change that undoes this one */
  SchemaChange inverse();

  /** @return whether applying this change can destroy data (its inverse restores structure only) */
  default boolean destructive() {
    return false;
  }

  /** @return what the change is about: the kind of object, its name, the member within it and the verb */
  Subject subject();

  /**
   * @return the base name of the migration that applies the change, without phase ({@code add_column_orders_total}):
   *     the subject's verb, kind, object and member, unless the kind needs other words
   */
  default String baseName() {
    return NameWords.of(subject());
  }

  /** @return one sentence saying what the change does, as in file headers: the subject's, unless the kind says more */
  default String describe() {
    return subject().sentence();
  }

  /**
   * @return the names the change takes in PostgreSQL's relation and type namespace, which tables, views, sequences,
   *     partitions and types share: what it creates there
   */
  default Set<QualifiedName> takesNames() {
    Subject s = subject();
    return s.verb() == Subject.Verb.CREATE && s.kind().relationOrType() ? Set.of(s.qualifiedName()) : Set.of();
  }

  /** @return the names the change frees in PostgreSQL's relation and type namespace: what it drops there */
  default Set<QualifiedName> freesNames() {
    Subject s = subject();
    return s.verb() == Subject.Verb.DROP && s.kind().relationOrType() ? Set.of(s.qualifiedName()) : Set.of();
  }

  /** @return the visitor's result for this change; the visitor has one method per kind, so none is missed */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per change kind: Java 17 has no pattern matching for {@code switch}, and a visitor keeps the
   * handling of the sealed vocabulary exhaustive at compile time.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    R visit(CreateSchema change);

    R visit(DropSchema change);

    R visit(CreateExtension change);

    R visit(DropExtension change);

    R visit(AlterExtension change);

    R visit(CreateCollation change);

    R visit(DropCollation change);

    R visit(CreateEnum change);

    R visit(DropEnum change);

    R visit(AlterEnum change);

    R visit(CreateRangeType change);

    R visit(DropRangeType change);

    R visit(CreateDomain change);

    R visit(DropDomain change);

    R visit(AlterDomain change);

    R visit(CreateFunction change);

    R visit(DropFunction change);

    R visit(ReplaceFunction change);

    R visit(CreateSequence change);

    R visit(DropSequence change);

    R visit(AlterSequence change);

    R visit(CreateTable change);

    R visit(DropTable change);

    R visit(AlterTableStorage change);

    R visit(AddColumn change);

    R visit(DropColumn change);

    R visit(AlterColumn change);

    R visit(AddConstraint change);

    R visit(DropConstraint change);

    R visit(CreateIndex change);

    R visit(DropIndex change);

    R visit(CreateStatistics change);

    R visit(DropStatistics change);

    R visit(CreateTrigger change);

    R visit(DropTrigger change);

    R visit(CreateRule change);

    R visit(DropRule change);

    R visit(ReplaceRule change);

    R visit(SetComment change);

    R visit(CreateView change);

    R visit(DropView change);

    R visit(ReplaceView change);

    R visit(RebuildViews change);

    R visit(CreateCompositeType change);

    R visit(DropCompositeType change);

    R visit(AlterCompositeType change);

    R visit(CreatePartition change);

    R visit(DropPartition change);

    R visit(AlterPartitionBound change);

    R visit(RenameEnumValue change);

    R visit(RenameTable change);

    R visit(RenameColumn change);

    R visit(CreatePolicy change);

    R visit(DropPolicy change);

    R visit(AlterPolicy change);

    R visit(AlterRowSecurity change);

    R visit(GrantPrivilege change);

    R visit(RevokePrivilege change);

    R visit(AlterOwner change);

    R visit(AlterConstraintValidity change);

    R visit(AlterReplicaIdentity change);

    R visit(AlterInheritance change);

    R visit(AlterClusterOn change);

    R visit(AlterColumnStatistics change);

    R visit(AlterColumnSettings change);

    R visit(AlterTriggerState change);
  }
}
