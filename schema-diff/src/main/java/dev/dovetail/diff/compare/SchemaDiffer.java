package dev.dovetail.diff.compare;

import dev.dovetail.core.change.AddColumn;
import dev.dovetail.core.change.AddConstraint;
import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.ColumnAspect;
import dev.dovetail.core.change.AlterDomain;
import dev.dovetail.core.change.CreateDomain;
import dev.dovetail.core.change.AlterCompositeType;
import dev.dovetail.core.change.CreateCompositeType;
import dev.dovetail.core.change.DropCompositeType;
import dev.dovetail.core.model.Attribute;
import dev.dovetail.core.model.CompositeType;
import dev.dovetail.core.model.Partition;
import dev.dovetail.core.model.RenameHint;
import dev.dovetail.core.change.AlterPartitionBound;
import dev.dovetail.core.change.CreatePartition;
import dev.dovetail.core.change.DropPartition;
import dev.dovetail.core.change.CreateFunction;
import dev.dovetail.core.change.DropFunction;
import dev.dovetail.core.change.ReplaceFunction;
import dev.dovetail.core.change.DropDomain;
import dev.dovetail.core.change.AlterEnum;
import dev.dovetail.core.change.CreateEnum;
import dev.dovetail.core.change.DropEnum;
import dev.dovetail.core.change.AlterExtension;
import dev.dovetail.core.change.AlterSequence;
import dev.dovetail.core.change.AlterTableStorage;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.SetComment;
import dev.dovetail.core.change.CreateSequence;
import dev.dovetail.core.change.DropSequence;
import dev.dovetail.core.change.CreateExtension;
import dev.dovetail.core.change.DropExtension;
import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.change.CreateSchema;
import dev.dovetail.core.change.CreateTable;
import dev.dovetail.core.change.CreateTrigger;
import dev.dovetail.core.change.DropTrigger;
import dev.dovetail.core.change.DropColumn;
import dev.dovetail.core.change.DropConstraint;
import dev.dovetail.core.change.DropIndex;
import dev.dovetail.core.change.DropSchema;
import dev.dovetail.core.change.DropTable;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.AlterPolicy;
import dev.dovetail.core.change.AlterRowSecurity;
import dev.dovetail.core.change.CreatePolicy;
import dev.dovetail.core.change.DropPolicy;
import dev.dovetail.core.change.GrantPrivilege;
import dev.dovetail.core.change.RevokePrivilege;
import dev.dovetail.core.model.Policy;
import dev.dovetail.core.model.Privilege;
import dev.dovetail.core.model.RowSecurity;
import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ColumnRef;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Domain;
import dev.dovetail.core.model.EnumType;
import dev.dovetail.core.model.ExclusionConstraint;
import dev.dovetail.core.model.Extension;
import dev.dovetail.core.model.ForeignKey;
import dev.dovetail.core.model.Function;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.PgSchema;
import dev.dovetail.core.model.PrimaryKey;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.UniqueConstraint;
import dev.dovetail.core.model.Sequence;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.model.Trigger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares two catalogs and lists the changes that take the first to the second. Pure and deterministic:
 * objects are matched by key (key-set arithmetic: added, removed, present in both), every list is sorted,
 * and the output order is safe to apply as it is:
 *
 * <ol>
 *   <li>loosen security first: turn row-level security off or stop forcing it, drop policies (and those that
 *       are recreated, or use a column, table or function about to be dropped or changed), and undo
 *       privileges; dropping them needs nothing and frees what they use;
 *   <li>create schemas, then create or alter extensions (their types may be used by columns), create or
 *       alter enum types and domains, create or replace functions, then create sequences that no new table or column owns (column defaults may call
 *       them);
 *   <li>drop foreign keys (before the keys and tables they reference), then other constraints and indexes;
 *   <li>drop tables, referencing tables before the tables they reference;
 *   <li>drop columns;
 *   <li>create tables, referenced tables first (a cycle's foreign keys are added after all tables);
 *   <li>add and alter columns, then alter sequences (a new owner column exists by then);
 *   <li>add primary key, unique and check constraints, create indexes, then add foreign keys;
 *   <li>tighten security: create or alter policies, then enable or force row-level security (enabling it
 *       before its policies exist would deny every row to every role but the owner), then grant and revoke
 *       privileges, once every object they are on exists;
 *   <li>set comments on objects that exist on both sides (new objects bring theirs);
 *   <li>create and replace views (see {@link ViewDiff}, which also drops views first, before anything they
 *       read changes, and rebuilds views around the changes they are in the way of);
 *   <li>drop sequences no default uses any more, functions, domains, enum types and extensions nothing uses any more, then schemas, which are
 *       empty by then.
 * </ol>
 *
 * <p>A sequence owned by a column ({@code serial}) that comes or goes with its table or column is part of that
 * change rather than a change of its own, because PostgreSQL drops it with its owner.
 *
 * Every change's inverse applied in reverse order undoes the list, which is how downs are made.
 */
public final class SchemaDiffer {

  /** @return the changes that take {@code current} to {@code declared}, in application order */
  public List<SchemaChange> diff(DatabaseSchema current, DatabaseSchema declared) {
    return diff(current, declared, List.of());
  }

  /**
   * @param hints renames the declared schema states (enum labels, see {@link EnumRenames}); they come first
   * @return the changes that take {@code current} to {@code declared}, in application order
   */
  public List<SchemaChange> diff(DatabaseSchema currentState, DatabaseSchema declared, List<RenameHint> hints) {
    List<SchemaChange> renames = new ArrayList<>();
    DatabaseSchema current = EnumRenames.apply(currentState, declared, hints, renames);
    Map<QualifiedName, Table> from = byKey(current.tables(), Table::name);
    Map<QualifiedName, Table> to = byKey(declared.tables(), Table::name);

    List<SchemaChange> createSchemas = new ArrayList<>();
    List<SchemaChange> dropSchemas = new ArrayList<>();
    // Comments on objects present on both sides; new objects bring theirs with their creation.
    List<SchemaChange> setComments = new ArrayList<>();
    Map<String, PgSchema> fromSchemas = byKey(current.schemas(), PgSchema::name);
    Map<String, PgSchema> toSchemas = byKey(declared.schemas(), PgSchema::name);
    toSchemas.forEach((name, schema) -> {
      PgSchema old = fromSchemas.get(name);
      if (old == null) {
        createSchemas.add(new CreateSchema(schema));
      } else {
        comment(setComments, new CommentTarget(CommentTarget.Kind.SCHEMA, name, null, null), old.comment(), schema.comment());
      }
    });
    fromSchemas.values().stream().filter(s -> !toSchemas.containsKey(s.name())).forEach(s -> dropSchemas.add(new DropSchema(s)));

    List<SchemaChange> createExtensions = new ArrayList<>();
    List<SchemaChange> dropExtensions = new ArrayList<>();
    Map<String, Extension> fromExtensions = byKey(current.extensions(), Extension::name);
    Map<String, Extension> toExtensions = byKey(declared.extensions(), Extension::name);
    fromExtensions.forEach((name, old) -> {
      Extension updated = toExtensions.get(name);
      if (updated == null) {
        dropExtensions.add(new DropExtension(old));
      } else if (!updated.equals(old)) {
        createExtensions.add(new AlterExtension(old, updated));
      }
    });
    toExtensions.forEach((name, added) -> {
      if (!fromExtensions.containsKey(name)) {
        createExtensions.add(new CreateExtension(added));
      }
    });

    Map<QualifiedName, Sequence> fromSequences = byKey(current.sequences(), Sequence::name);
    Map<QualifiedName, Sequence> toSequences = byKey(declared.sequences(), Sequence::name);
    // A sequence owned by a column ({@code serial}) and used by no other column's default comes and goes with
    // its owner; PostgreSQL drops it with the owner, and nothing else needs it first.
    Map<QualifiedName, Set<ColumnRef>> fromUsers = sequenceUsers(current);
    Map<QualifiedName, Set<ColumnRef>> toUsers = sequenceUsers(declared);
    List<Sequence> newSequences =
        toSequences.values().stream()
            .filter(s -> !fromSequences.containsKey(s.name()) && onlyOwnerUses(s, toUsers))
            .toList();
    List<Sequence> goneSequences =
        fromSequences.values().stream()
            .filter(s -> !toSequences.containsKey(s.name()) && onlyOwnerUses(s, fromUsers))
            .toList();
    Set<QualifiedName> travelling = new java.util.HashSet<>();

    // Enum types come before the columns that use them and go after. New labels are added early, so that
    // new defaults and checks can use them. Removing or reordering labels replaces the type, and that waits
    // until the end, when every column, default, check and index is as declared: none of them names a
    // removed label any more, and the down, which starts with the reverse replacement, finds the same state.
    List<SchemaChange> createEnums = new ArrayList<>();
    List<SchemaChange> replaceEnums = new ArrayList<>();
    List<SchemaChange> dropEnums = new ArrayList<>();
    Map<QualifiedName, EnumType> fromEnums = byKey(current.enums(), EnumType::name);
    Map<QualifiedName, EnumType> toEnums = byKey(declared.enums(), EnumType::name);
    toEnums.forEach((name, type) -> {
      EnumType old = fromEnums.get(name);
      if (old == null) {
        createEnums.add(new CreateEnum(type));
        return;
      }
      comment(setComments, target(CommentTarget.Kind.TYPE, name, null), old.comment(), type.comment());
      if (!old.labels().equals(type.labels())) {
        EnumType extended = old.withLabels(withNewLabels(old.labels(), type.labels()));
        if (!extended.equals(old)) {
          createEnums.add(alterEnum(current, old, extended));
        }
        if (!extended.labels().equals(type.labels())) {
          replaceEnums.add(alterEnum(declared, extended, type));
        }
      }
    });
    fromEnums.values().stream().filter(t -> !toEnums.containsKey(t.name())).forEach(t -> dropEnums.add(new DropEnum(t)));

    // Domains come after the enums they may be based on and go before them.
    List<SchemaChange> createDomains = new ArrayList<>();
    List<SchemaChange> dropDomains = new ArrayList<>();
    Map<QualifiedName, Domain> fromDomains = byKey(current.domains(), Domain::name);
    Map<QualifiedName, Domain> toDomains = byKey(declared.domains(), Domain::name);
    toDomains.forEach((name, domain) -> {
      Domain old = fromDomains.get(name);
      if (old == null) {
        createDomains.add(new CreateDomain(domain));
        return;
      }
      comment(setComments, target(CommentTarget.Kind.DOMAIN, name, null), old.comment(), domain.comment());
      if (!old.withComment(null).equals(domain.withComment(null))) {
        if (!old.baseType().equals(domain.baseType()) || !java.util.Objects.equals(old.collation(), domain.collation())) {
          throw new MigrationException(
              ErrorCode.UNSUPPORTED_CHANGE,
              "domain " + name + " changes its base type or collation (" + old.baseType() + " to " + domain.baseType()
                  + "), which Dovetail cannot migrate yet; declare a new domain, move the columns to it, then drop the old one");
        }
        createDomains.add(new AlterDomain(old, domain.withComment(old.comment())));
      }
    });
    fromDomains.values().stream().filter(d -> !toDomains.containsKey(d.name())).forEach(d -> dropDomains.add(new DropDomain(d)));

    List<SchemaChange> createComposites = new ArrayList<>();
    List<SchemaChange> dropComposites = new ArrayList<>();
    diffCompositeTypes(current, declared, createComposites, dropComposites, setComments);

    // Functions come early, since defaults and checks may call them, and go late. A function whose result,
    // argument names or defaults change cannot be replaced in place: it is dropped and created again.
    List<SchemaChange> createFunctions = new ArrayList<>();
    List<SchemaChange> dropFunctions = new ArrayList<>();
    Map<String, Function> fromFunctions = byKey(current.functions(), Function::signature);
    Map<String, Function> toFunctions = byKey(declared.functions(), Function::signature);
    toFunctions.forEach((signature, function) -> {
      Function old = fromFunctions.get(signature);
      if (old == null) {
        createFunctions.add(new CreateFunction(function));
      } else if (!old.replaceableBy(function)) {
        // The new function brings its comment.
        createFunctions.add(new DropFunction(old));
        createFunctions.add(new CreateFunction(function));
      } else {
        if (!old.withComment(null).equals(function.withComment(null))) {
          createFunctions.add(new ReplaceFunction(old, function.withComment(old.comment())));
        }
        CommentTarget.Kind kind = function.procedure() ? CommentTarget.Kind.PROCEDURE : CommentTarget.Kind.FUNCTION;
        comment(
            setComments,
            new CommentTarget(kind, function.name().schema(), function.name().name(), function.identityArguments()),
            old.comment(),
            function.comment());
      }
    });
    fromFunctions.values().stream()
        .filter(f -> !toFunctions.containsKey(f.signature()))
        .forEach(f -> dropFunctions.add(new DropFunction(f)));
    // Functions dropped and created again: what uses them has to be taken off before and put back after.
    Set<String> recreated = new java.util.HashSet<>();
    for (int i = 0; i + 1 < createFunctions.size(); i++) {
      if (DropFunction.recreatesAt(createFunctions, i)) {
        recreated.add(((DropFunction) createFunctions.get(i)).function().signature());
      }
    }

    List<SchemaChange> dropForeignKeys = new ArrayList<>();
    List<SchemaChange> dropOthers = new ArrayList<>();
    List<SchemaChange> dropColumns = new ArrayList<>();
    List<SchemaChange> addColumns = new ArrayList<>();
    List<SchemaChange> alterColumns = new ArrayList<>();
    List<SchemaChange> addOthers = new ArrayList<>();
    List<SchemaChange> addForeignKeys = new ArrayList<>();

    for (Table before : from.values()) {
      Table after = to.get(before.name());
      if (after == null) {
        continue;
      }
      QualifiedName name = before.name();
      comment(setComments, target(CommentTarget.Kind.TABLE, name, null), before.comment(), after.comment());
      if (before.unlogged() != after.unlogged() || !before.storageParameters().equals(after.storageParameters())) {
        alterColumns.add(new AlterTableStorage(
            name, before.unlogged(), after.unlogged(), before.storageParameters(), after.storageParameters()));
      }
      diffColumns(name, before, after, dropColumns, addColumns, alterColumns, goneSequences, newSequences, travelling, setComments);
      diffPartitions(before, after, dropOthers, addOthers, setComments);
      Map<String, Constraint> oldConstraints = byKey(before.constraints(), Constraint::name);
      Map<String, Constraint> newConstraints = byKey(after.constraints(), Constraint::name);
      oldConstraints.forEach((key, old) -> {
        Constraint updated = newConstraints.get(key);
        if (updated == null || !old.withComment(null).equals(updated.withComment(null))) {
          (old instanceof ForeignKey ? dropForeignKeys : dropOthers).add(new DropConstraint(name, old));
        } else {
          comment(setComments, target(CommentTarget.Kind.CONSTRAINT, name, key), old.comment(), updated.comment());
        }
      });
      newConstraints.forEach((key, added) -> {
        Constraint old = oldConstraints.get(key);
        if (old == null || !old.withComment(null).equals(added.withComment(null))) {
          (added instanceof ForeignKey ? addForeignKeys : addOthers).add(new AddConstraint(name, added));
        }
      });
      Map<String, Index> oldIndexes = byKey(before.indexes(), Index::name);
      Map<String, Index> newIndexes = byKey(after.indexes(), Index::name);
      oldIndexes.forEach((key, old) -> {
        Index updated = newIndexes.get(key);
        if (updated == null || !old.withComment(null).equals(updated.withComment(null))) {
          dropOthers.add(new DropIndex(old));
        } else {
          comment(setComments, new CommentTarget(CommentTarget.Kind.INDEX, name.schema(), key, null), old.comment(), updated.comment());
        }
      });
      newIndexes.forEach((key, added) -> {
        Index old = oldIndexes.get(key);
        if (old == null || !old.withComment(null).equals(added.withComment(null))) {
          addOthers.add(new CreateIndex(added));
        }
      });
      // A changed trigger is recreated, and so is one whose definition names a column whose type or
      // collation changes: PostgreSQL refuses that change while the trigger exists (pg_depend tells which).
      Set<String> retyped = new java.util.HashSet<>();
      for (Column column : before.columns()) {
        after.column(column.name())
            .filter(c -> !c.type().equals(column.type()) || !java.util.Objects.equals(c.collation(), column.collation()))
            .ifPresent(c -> retyped.add(c.name()));
      }
      Map<String, Trigger> oldTriggers = byKey(before.triggers(), Trigger::name);
      Map<String, Trigger> newTriggers = byKey(after.triggers(), Trigger::name);
      oldTriggers.forEach((key, old) -> {
        Trigger updated = newTriggers.get(key);
        boolean blocks = old.columns().stream().anyMatch(retyped::contains);
        boolean same = updated != null && old.withComment(null).equals(updated.withComment(null));
        if (same && blocks && rebuiltAround(alterColumns, name, old)) {
          comment(setComments, target(CommentTarget.Kind.TRIGGER, name, key), old.comment(), updated.comment());
        } else if (!same || blocks) {
          dropOthers.add(new DropTrigger(old));
          if (same) {
            addOthers.add(new CreateTrigger(updated));
          }
        } else {
          comment(setComments, target(CommentTarget.Kind.TRIGGER, name, key), old.comment(), updated.comment());
        }
      });
      newTriggers.forEach((key, added) -> {
        Trigger old = oldTriggers.get(key);
        if (old == null || !old.withComment(null).equals(added.withComment(null))) {
          addOthers.add(new CreateTrigger(added));
        }
      });
    }

    // Defaults and checks that call a function dropped and created again are taken off before it goes, since
    // PostgreSQL refuses to drop a function they call; those that stay are put back after it is created.
    List<SchemaChange> detachFunctionUsers = new ArrayList<>();
    List<SchemaChange> reattachColumns = new ArrayList<>();
    List<SchemaChange> reattachChecks = new ArrayList<>();
    for (Table before : recreated.isEmpty() ? List.<Table>of() : from.values()) {
      Table after = to.get(before.name());
      if (after == null) {
        continue;
      }
      QualifiedName name = before.name();
      for (Column column : before.columns()) {
        if (column.defaultFunctions().stream().noneMatch(recreated::contains)) {
          continue;
        }
        Column bare = column.withDefault(null);
        detachFunctionUsers.add(new AlterColumn(name, column, bare));
        Column updated = after.column(column.name()).orElse(null);
        if (updated != null && updated.withComment(null).equals(column.withComment(null))) {
          reattachColumns.add(new AlterColumn(name, bare, column));
        } else {
          // The column's own change or drop starts from the column without its default.
          alterColumns.replaceAll(c -> c instanceof AlterColumn alter && alter.table().equals(name) && alter.from().equals(column)
              ? new AlterColumn(name, bare, alter.to(), alter.rebuiltGenerated(), alter.rebuiltTriggers()) : c);
          dropColumns.replaceAll(c -> c instanceof DropColumn drop && drop.table().equals(name) && drop.column().equals(column)
              ? new DropColumn(name, bare, drop.ownedSequences()) : c);
        }
      }
      for (Constraint constraint : before.constraints()) {
        if (constraint instanceof CheckConstraint check && check.functions().stream().anyMatch(recreated::contains)) {
          DropConstraint drop = new DropConstraint(name, check);
          detachFunctionUsers.add(drop);
          if (!dropOthers.remove(drop)) {
            reattachChecks.add(new AddConstraint(name, check));
          }
        }
      }
    }

    // A foreign key relies on a unique key of the table it references: one whose key is dropped and created
    // again is taken off before and put back after, since PostgreSQL refuses to drop a key a foreign key uses.
    Set<String> rebuiltKeys = new java.util.HashSet<>();
    for (SchemaChange change : dropOthers) {
      if (change instanceof DropConstraint drop && drop.constraint() instanceof PrimaryKey key) {
        rebuiltKeys.add(keyOf(drop.table(), key.columns()));
      } else if (change instanceof DropConstraint drop && drop.constraint() instanceof UniqueConstraint key) {
        rebuiltKeys.add(keyOf(drop.table(), key.columns()));
      } else if (change instanceof DropIndex drop && drop.index().unique() && drop.index().predicate() == null) {
        rebuiltKeys.add(keyOf(drop.index().table(), drop.index().keys().stream().map(SchemaDiffer::unquoted).toList()));
      }
    }
    for (Table before : from.values()) {
      Table after = to.get(before.name());
      if (after == null) {
        continue;
      }
      for (ForeignKey fk : before.foreignKeys()) {
        after.foreignKeys().stream()
            .filter(kept -> kept.withComment(null).equals(fk.withComment(null)))
            .filter(kept -> rebuiltKeys.contains(keyOf(fk.referencedTable(), fk.referencedColumns())))
            .findFirst()
            .ifPresent(kept -> {
              dropForeignKeys.add(new DropConstraint(before.name(), fk));
              addForeignKeys.add(new AddConstraint(before.name(), kept));
            });
      }
    }

    // Departing tables go referencing-first; only foreign keys that close a cycle among them are dropped
    // separately beforehand. New tables come referenced-first, with cycle-closing foreign keys added last.
    List<Table> dropped = from.values().stream().filter(t -> !to.containsKey(t.name())).toList();
    List<Table> created = to.values().stream().filter(t -> !from.containsKey(t.name())).toList();

    TableOrder dropOrder = TableOrder.of(dropped);
    List<SchemaChange> dropTables = new ArrayList<>();
    for (ForeignKey fk : dropOrder.deferredForeignKeys().keySet()) {
      dropForeignKeys.add(new DropConstraint(dropOrder.deferredForeignKeys().get(fk), fk));
    }
    List<Table> dropSequence = new ArrayList<>(dropOrder.tables());
    Collections.reverse(dropSequence);
    dropSequence.forEach(t -> dropTables.add(new DropTable(dropOrder.withoutDeferred(t), owned(goneSequences, t.name(), null, travelling))));

    TableOrder createOrder = TableOrder.of(created);
    List<SchemaChange> createTables = new ArrayList<>();
    createOrder.tables().forEach(t -> createTables.add(new CreateTable(createOrder.withoutDeferred(t), owned(newSequences, t.name(), null, travelling))));

    // Every other sequence is created early without an owner and attached once the owner column exists; it
    // is detached early and dropped late, so that no owner's drop takes it along while a default still
    // needs it. An owner that changes is detached early and the new one attached late for the same reason.
    List<SchemaChange> createSequences = new ArrayList<>();
    List<SchemaChange> detachSequences = new ArrayList<>();
    List<SchemaChange> alterSequences = new ArrayList<>();
    List<SchemaChange> dropSequences = new ArrayList<>();
    toSequences.values().stream()
        .filter(s -> !fromSequences.containsKey(s.name()) && !travelling.contains(s.name()))
        .forEach(s -> {
          createSequences.add(new CreateSequence(s.withoutOwner()));
          if (s.ownedBy() != null) {
            alterSequences.add(new AlterSequence(s.withoutOwner(), s));
          }
        });
    fromSequences.values().stream()
        .filter(s -> !toSequences.containsKey(s.name()) && !travelling.contains(s.name()))
        .forEach(s -> {
          if (s.ownedBy() != null) {
            detachSequences.add(new AlterSequence(s, s.withoutOwner()));
          }
          dropSequences.add(new DropSequence(s.withoutOwner()));
        });
    fromSequences.forEach((key, before) -> {
      Sequence after = toSequences.get(key);
      if (after == null) {
        return;
      }
      comment(setComments, target(CommentTarget.Kind.SEQUENCE, key, null), before.comment(), after.comment());
      Sequence old = before.withComment(null);
      Sequence updated = after.withComment(null);
      if (updated.equals(old)) {
        return;
      }
      Sequence start = old;
      if (old.ownedBy() != null && !old.ownedBy().equals(updated.ownedBy())) {
        start = old.withoutOwner();
        detachSequences.add(new AlterSequence(old, start));
      }
      if (!start.equals(updated)) {
        alterSequences.add(new AlterSequence(start, updated));
      }
    });
    createOrder.deferredForeignKeys().forEach((fk, table) -> addForeignKeys.add(new AddConstraint(table, fk)));

    SecurityChanges security = security(current, declared, recreated, fromFunctions, toFunctions, setComments);

    List<SchemaChange> changes = new ArrayList<>();
    changes.addAll(security.loosen());
    changes.addAll(createSchemas);
    changes.addAll(createExtensions);
    changes.addAll(renames);
    changes.addAll(createEnums);
    changes.addAll(createDomains);
    changes.addAll(createComposites);
    changes.addAll(detachFunctionUsers);
    changes.addAll(createFunctions);
    changes.addAll(createSequences);
    changes.addAll(dropForeignKeys);
    changes.addAll(detachSequences);
    changes.addAll(dropOthers);
    changes.addAll(dropTables);
    changes.addAll(dropColumns);
    changes.addAll(createTables);
    // A column changes type or collation before new columns come: a new generated column may read it, and
    // PostgreSQL refuses to retype a column a generated column reads.
    alterColumns.stream().filter(SchemaDiffer::retypes).forEach(changes::add);
    changes.addAll(addColumns);
    alterColumns.stream().filter(c -> !retypes(c)).forEach(changes::add);
    changes.addAll(reattachColumns);
    changes.addAll(alterSequences);
    changes.addAll(addOthers);
    changes.addAll(reattachChecks);
    changes.addAll(addForeignKeys);
    changes.addAll(security.tighten());
    changes.addAll(setComments);
    changes.addAll(replaceEnums);
    int createViewsAt = changes.size();
    changes.addAll(dropSequences);
    changes.addAll(dropFunctions);
    changes.addAll(dropComposites);
    changes.addAll(dropDomains);
    changes.addAll(dropEnums);
    changes.addAll(dropExtensions);
    changes.addAll(dropSchemas);
    return new ViewDiff(current, declared).weave(changes, createViewsAt);
  }

  /** Changes of row-level security, policies and privileges: what loosens comes first, what tightens late. */
  private record SecurityChanges(List<SchemaChange> loosen, List<SchemaChange> tighten) {}

  private static SecurityChanges security(
      DatabaseSchema current,
      DatabaseSchema declared,
      Set<String> recreatedFunctions,
      Map<String, Function> fromFunctions,
      Map<String, Function> toFunctions,
      List<SchemaChange> setComments) {
    List<SchemaChange> loosenRowSecurity = new ArrayList<>();
    List<SchemaChange> dropPolicies = new ArrayList<>();
    List<SchemaChange> undoPrivileges = new ArrayList<>();
    List<SchemaChange> createPolicies = new ArrayList<>();
    List<SchemaChange> tightenRowSecurity = new ArrayList<>();
    List<SchemaChange> applyPrivileges = new ArrayList<>();

    // What a policy may use that goes away or changes on the way: it has to be dropped before and created after.
    Set<String> changedFunctions = new java.util.HashSet<>(recreatedFunctions);
    fromFunctions.keySet().stream().filter(f -> !toFunctions.containsKey(f)).forEach(changedFunctions::add);
    Map<QualifiedName, Table> toTables = byKey(declared.tables(), Table::name);
    Set<QualifiedName> droppedTables = new java.util.HashSet<>();
    Set<ColumnRef> changedColumns = new java.util.HashSet<>();
    for (Table before : current.tables()) {
      Table after = toTables.get(before.name());
      if (after == null) {
        droppedTables.add(before.name());
        continue;
      }
      for (Column column : before.columns()) {
        boolean same =
            after.column(column.name())
                .filter(c -> c.type().equals(column.type()) && java.util.Objects.equals(c.collation(), column.collation()))
                .isPresent();
        if (!same) {
          changedColumns.add(new ColumnRef(before.name(), column.name()));
        }
      }
    }

    Map<String, Policy> fromPolicies = byKey(current.policies(), SchemaDiffer::policyKey);
    Map<String, Policy> toPolicies = byKey(declared.policies(), SchemaDiffer::policyKey);
    fromPolicies.forEach((key, old) -> {
      Policy updated = toPolicies.get(key);
      boolean blocked =
          old.columns().stream().anyMatch(changedColumns::contains)
              || old.tables().stream().anyMatch(droppedTables::contains)
              || old.functions().stream().anyMatch(changedFunctions::contains);
      if (updated == null) {
        dropPolicies.add(new DropPolicy(old));
      } else if (blocked) {
        dropPolicies.add(new DropPolicy(old));
        createPolicies.add(new CreatePolicy(updated));
      } else {
        if (!old.withComment(null).equals(updated.withComment(null))) {
          if (old.alterableTo(updated) && updated.alterableTo(old)) {
            createPolicies.add(new AlterPolicy(old, updated.withComment(old.comment())));
          } else {
            dropPolicies.add(new DropPolicy(old));
            createPolicies.add(new CreatePolicy(updated));
            return;
          }
        }
        comment(
            setComments,
            new CommentTarget(CommentTarget.Kind.POLICY, old.table().schema(), old.table().name(), old.name()),
            old.comment(),
            updated.comment());
      }
    });
    toPolicies.forEach((key, added) -> {
      if (!fromPolicies.containsKey(key)) {
        createPolicies.add(new CreatePolicy(added));
      }
    });

    // Row-level security is turned off before the policies go and turned on after they exist.
    Map<QualifiedName, RowSecurity> fromSecurity = byKey(current.rowSecurity(), RowSecurity::table);
    Map<QualifiedName, RowSecurity> toSecurity = byKey(declared.rowSecurity(), RowSecurity::table);
    Set<QualifiedName> secured = new java.util.TreeSet<>(fromSecurity.keySet());
    secured.addAll(toSecurity.keySet());
    for (QualifiedName table : secured) {
      RowSecurity before = fromSecurity.getOrDefault(table, RowSecurity.off(table));
      RowSecurity after = toSecurity.getOrDefault(table, RowSecurity.off(table));
      RowSecurity between =
          new RowSecurity(table, before.enabled() && after.enabled(), before.forced() && after.forced());
      if (!between.equals(before)) {
        loosenRowSecurity.add(new AlterRowSecurity(before, between));
      }
      if (!between.equals(after)) {
        tightenRowSecurity.add(new AlterRowSecurity(between, after));
      }
    }

    // A privilege is a difference from the object's defaults; a recreated function gets its defaults back,
    // so its privileges are undone before and applied again after.
    // Privileges on views come and go with the views (see ViewDiff).
    Set<Privilege> fromPrivileges = new java.util.TreeSet<>(ViewDiff.notOnViews(current.privileges(), current, declared));
    Set<Privilege> toPrivileges = new java.util.TreeSet<>(ViewDiff.notOnViews(declared.privileges(), current, declared));
    java.util.function.Predicate<Privilege> recreated =
        p -> p.target().signature() != null && recreatedFunctions.contains(p.target().signature());
    fromPrivileges.stream()
        .filter(p -> !toPrivileges.contains(p) || recreated.test(p))
        .forEach(p -> undoPrivileges.add(privilegeChange(p, !p.revoked())));
    toPrivileges.stream()
        .filter(p -> !fromPrivileges.contains(p) || recreated.test(p))
        .forEach(p -> applyPrivileges.add(privilegeChange(p, p.revoked())));

    List<SchemaChange> loosen = new ArrayList<>(loosenRowSecurity);
    loosen.addAll(dropPolicies);
    loosen.addAll(undoPrivileges);
    List<SchemaChange> tighten = new ArrayList<>(createPolicies);
    tighten.addAll(tightenRowSecurity);
    tighten.addAll(applyPrivileges);
    return new SecurityChanges(loosen, tighten);
  }

  private static String policyKey(Policy policy) {
    return policy.table().schema() + '\0' + policy.table().name() + '\0' + policy.name();
  }

  static SchemaChange privilegeChange(Privilege privilege, boolean revoke) {
    return revoke
        ? new RevokePrivilege(privilege.target(), privilege.grantee(), privilege.privilege(), privilege.grantable())
        : new GrantPrivilege(privilege.target(), privilege.grantee(), privilege.privilege(), privilege.grantable());
  }

  private static void diffColumns(
      QualifiedName table,
      Table before,
      Table after,
      List<SchemaChange> dropColumns,
      List<SchemaChange> addColumns,
      List<SchemaChange> alterColumns,
      List<Sequence> goneSequences,
      List<Sequence> newSequences,
      Set<QualifiedName> travelling,
      List<SchemaChange> setComments) {
    Map<String, Column> oldColumns = byKey(before.columns(), Column::name);
    Map<String, Column> newColumns = byKey(after.columns(), Column::name);
    oldColumns.forEach((name, old) -> {
      Column updated = newColumns.get(name);
      if (updated == null) {
        dropColumns.add(new DropColumn(table, old, owned(goneSequences, table, name, travelling)));
        return;
      }
      comment(setComments, target(CommentTarget.Kind.COLUMN, table, name), old.comment(), updated.comment());
      if (!updated.withComment(null).equals(old.withComment(null))) {
        AlterColumn change = new AlterColumn(table, old, updated);
        List<Column> readers = new ArrayList<>();
        if (retypes(change)) {
          // Generated columns that read this one and stay as they are: rebuilt around the change.
          for (Column reader : before.columns()) {
            Column kept = newColumns.get(reader.name());
            if (reader.generatedReads().contains(name) && reader.equals(kept)) {
              readers.add(reader);
            }
          }
        }
        alterColumns.add(readers.isEmpty() ? change : new AlterColumn(table, old, updated, readers, List.of()));
      }
    });
    // New columns keep their declared order, so a table reads the way it was declared.
    after.columns().stream()
        .filter(c -> !oldColumns.containsKey(c.name()))
        .forEach(c -> addColumns.add(new AddColumn(table, c, owned(newSequences, table, c.name(), travelling))));
  }

  /**
   * Composite types come after the enums and domains their attributes may use and before the functions and
   * tables that use them, each after the composite types it uses; they go in the reverse order. Attributes
   * are appended, removed at the end or retyped in place with {@code ALTER TYPE}; any other change of their
   * order needs the type dropped and created again, which only a type no column uses allows.
   */
  private static void diffCompositeTypes(
      DatabaseSchema current,
      DatabaseSchema declared,
      List<SchemaChange> creates,
      List<SchemaChange> drops,
      List<SchemaChange> setComments) {
    Map<QualifiedName, CompositeType> from = byKey(current.compositeTypes(), CompositeType::name);
    Map<QualifiedName, CompositeType> to = byKey(declared.compositeTypes(), CompositeType::name);
    for (CompositeType type : compositeOrder(declared.compositeTypes())) {
      CompositeType old = from.get(type.name());
      if (old == null) {
        creates.add(new CreateCompositeType(type));
        continue;
      }
      QualifiedName name = type.name();
      comment(setComments, target(CommentTarget.Kind.TYPE, name, null), old.comment(), type.comment());
      for (Attribute attribute : type.attributes()) {
        old.attribute(attribute.name()).ifPresent(
            a -> comment(setComments, target(CommentTarget.Kind.COLUMN, name, a.name()), a.comment(), attribute.comment()));
      }
      if (old.shape().equals(type.shape())) {
        continue;
      }
      List<String> users = compositeUsers(current, old);
      if (!appendsOrTruncates(old, type)) {
        if (!users.isEmpty()) {
          throw new MigrationException(
              ErrorCode.UNSUPPORTED_CHANGE,
              "composite type " + name + " changes the order of its attributes while " + String.join(", ", users)
                  + " use it; ALTER TYPE can only append attributes or remove the last ones. Declare a new type, move the"
                  + " columns to it, then drop the old one");
        }
        creates.add(new DropCompositeType(old));
        creates.add(new CreateCompositeType(type));
      } else {
        boolean retypes = type.attributes().stream()
            .anyMatch(a -> old.attribute(a.name()).filter(o -> !o.withComment(null).equals(a.withComment(null))).isPresent());
        if (retypes && !users.isEmpty()) {
          throw new MigrationException(
              ErrorCode.UNSUPPORTED_CHANGE,
              "composite type " + name + " changes the type of an attribute while " + String.join(", ", users)
                  + " use it, which PostgreSQL refuses; declare a new type, move the columns to it, then drop the old one");
        }
        creates.add(new AlterCompositeType(old, type));
      }
    }
    List<CompositeType> gone = new ArrayList<>(compositeOrder(current.compositeTypes()));
    Collections.reverse(gone);
    gone.stream().filter(t -> !to.containsKey(t.name())).forEach(t -> drops.add(new DropCompositeType(t)));
  }

  /**
   * @return whether the attributes both types have come first in both, in the same order: then dropping the
   *     others of {@code from} and appending the others of {@code to} gets there, and the inverse gets back
   */
  private static boolean appendsOrTruncates(CompositeType from, CompositeType to) {
    List<String> kept = from.attributes().stream().map(Attribute::name).filter(n -> to.attribute(n).isPresent()).toList();
    List<String> fromNames = from.attributes().stream().map(Attribute::name).toList();
    List<String> toNames = to.attributes().stream().map(Attribute::name).toList();
    return fromNames.subList(0, kept.size()).equals(kept) && toNames.subList(0, kept.size()).equals(kept);
  }

  /** @return the table columns whose type is {@code type} or an array of it, as {@code table.column} */
  private static List<String> compositeUsers(DatabaseSchema schema, CompositeType type) {
    List<String> users = new ArrayList<>();
    for (Table table : schema.tables()) {
      for (Column column : table.columns()) {
        if (column.type().equals(type.reference()) || column.type().equals(type.reference() + "[]")) {
          users.add("column " + new ColumnRef(table.name(), column.name()));
        }
      }
    }
    return users;
  }

  /** @return the types, each after the composite types its attributes use */
  private static List<CompositeType> compositeOrder(List<CompositeType> types) {
    Map<String, CompositeType> byReference = new TreeMap<>();
    types.forEach(t -> byReference.put(t.reference(), t));
    Set<QualifiedName> done = new LinkedHashSet<>();
    List<CompositeType> ordered = new ArrayList<>();
    for (CompositeType type : byKey(types, CompositeType::name).values()) {
      visitComposite(type, byReference, done, new java.util.HashSet<>(), ordered);
    }
    return ordered;
  }

  private static void visitComposite(
      CompositeType type, Map<String, CompositeType> byReference, Set<QualifiedName> done, Set<QualifiedName> path, List<CompositeType> ordered) {
    if (done.contains(type.name()) || !path.add(type.name())) {
      return;
    }
    for (Attribute attribute : type.attributes()) {
      CompositeType used = byReference.get(attribute.type().endsWith("[]")
          ? attribute.type().substring(0, attribute.type().length() - 2) : attribute.type());
      if (used != null) {
        visitComposite(used, byReference, done, path, ordered);
      }
    }
    done.add(type.name());
    ordered.add(type);
  }

  /**
   * Partitions that go are detached and dropped early; bounds that change are detached and attached again, then
   * new partitions are created, late, when every column of their table is in place. PostgreSQL cannot change
   * how a table is partitioned.
   */
  private static void diffPartitions(
      Table before, Table after, List<SchemaChange> drops, List<SchemaChange> adds, List<SchemaChange> setComments) {
    QualifiedName name = before.name();
    if (!java.util.Objects.equals(before.partitionKey(), after.partitionKey())) {
      throw new MigrationException(
          ErrorCode.UNSUPPORTED_CHANGE,
          "table " + name + " changes how it is partitioned (" + describeKey(before.partitionKey()) + " to "
              + describeKey(after.partitionKey()) + "), which PostgreSQL cannot alter; declare a new table with the new"
              + " partitioning, copy the rows over, then drop the old table");
    }
    Map<QualifiedName, Partition> old = byKey(before.partitions(), Partition::name);
    Map<QualifiedName, Partition> updated = byKey(after.partitions(), Partition::name);
    List<SchemaChange> creates = new ArrayList<>();
    old.forEach((key, partition) -> {
      Partition next = updated.get(key);
      if (next == null) {
        drops.add(new DropPartition(name, partition));
        return;
      }
      if (!partition.bound().equals(next.bound())) {
        adds.add(new AlterPartitionBound(name, partition, next));
      }
      comment(setComments, target(CommentTarget.Kind.TABLE, key, null), partition.comment(), next.comment());
    });
    updated.forEach((key, partition) -> {
      if (!old.containsKey(key)) {
        creates.add(new CreatePartition(name, partition));
      }
    });
    adds.addAll(creates);
  }

  /**
   * Puts {@code trigger} into the column changes of {@code table} that retype a column it names, to be dropped and
   * created again around them in the same migration.
   *
   * @return whether it could: false when a column it names changes in another way (becomes generated), and then
   *     nothing is changed
   */
  private static boolean rebuiltAround(List<SchemaChange> alterColumns, QualifiedName table, Trigger trigger) {
    java.util.function.Predicate<SchemaChange> names =
        c -> c instanceof AlterColumn alter && alter.table().equals(table) && trigger.columns().contains(alter.from().name());
    if (alterColumns.stream().filter(names).anyMatch(c -> !retypes(c))) {
      return false;
    }
    alterColumns.replaceAll(c -> {
      if (!names.test(c)) {
        return c;
      }
      AlterColumn alter = (AlterColumn) c;
      List<Trigger> triggers = new ArrayList<>(alter.rebuiltTriggers());
      triggers.add(trigger);
      return new AlterColumn(table, alter.from(), alter.to(), alter.rebuiltGenerated(), triggers);
    });
    return true;
  }

  private static boolean retypes(SchemaChange change) {
    if (!(change instanceof AlterColumn alter)) {
      return false;
    }
    Set<ColumnAspect> aspects = alter.aspects();
    return (aspects.contains(ColumnAspect.TYPE) || aspects.contains(ColumnAspect.COLLATION)) && !aspects.contains(ColumnAspect.GENERATED);
  }

  /** @return a table's key columns as a set: a foreign key may list them in another order than the key */
  private static String keyOf(QualifiedName table, List<String> columns) {
    return table + " " + new java.util.TreeSet<>(columns);
  }

  /** @return an index key column as named in the catalog: deparsed keys are quoted like {@code quote_ident} */
  private static String unquoted(String key) {
    return key.startsWith("\"") && key.endsWith("\"") && key.length() > 1
        ? key.substring(1, key.length() - 1).replace("\"\"", "\"")
        : key;
  }

  private static String describeKey(String partitionKey) {
    return partitionKey == null ? "not partitioned" : "PARTITION BY " + partitionKey;
  }

  private static void comment(List<SchemaChange> changes, CommentTarget target, String from, String to) {
    if (!java.util.Objects.equals(from, to)) {
      changes.add(new SetComment(target, from, to));
    }
  }

  private static CommentTarget target(CommentTarget.Kind kind, QualifiedName object, String member) {
    return new CommentTarget(kind, object.schema(), object.name(), member);
  }

  /**
   * @return {@code current} with the labels of {@code target} it lacks, each placed before the next label of
   *     {@code target} already there (or last): what {@code ADD VALUE} can reach
   */
  private static List<String> withNewLabels(List<String> current, List<String> target) {
    List<String> labels = new ArrayList<>(current);
    for (int i = 0; i < target.size(); i++) {
      String label = target.get(i);
      if (labels.contains(label)) {
        continue;
      }
      String next = target.subList(i + 1, target.size()).stream().filter(labels::contains).findFirst().orElse(null);
      labels.add(next == null ? labels.size() : labels.indexOf(next), label);
    }
    return labels;
  }

  /** @return the change of an enum's labels, with everything in {@code state} that names the type */
  private static AlterEnum alterEnum(DatabaseSchema state, EnumType from, EnumType to) {
    String reference = from.reference();
    List<AlterEnum.UsingColumn> columns = new ArrayList<>();
    List<AlterEnum.UsingConstraint> constraints = new ArrayList<>();
    List<Index> indexes = new ArrayList<>();
    Set<ColumnRef> converted = new java.util.HashSet<>();
    for (Table table : state.tables()) {
      for (Column column : table.columns()) {
        if (column.type().equals(reference) || column.type().equals(reference + "[]")) {
          columns.add(new AlterEnum.UsingColumn(table.name(), column));
          converted.add(new ColumnRef(table.name(), column.name()));
        }
      }
    }
    for (Table table : state.tables()) {
      // Definitions that compare with a label hold it as 'label'::type; they would compare the converted column
      // with the old type, so they are recreated around the conversion, and so are foreign keys between
      // converted columns, whose two sides would have different types halfway. Plain keys and indexes are
      // rebuilt by PostgreSQL itself.
      for (Constraint constraint : table.constraints()) {
        boolean namesType =
            (constraint instanceof CheckConstraint || constraint instanceof ExclusionConstraint)
                && constraint.definition().contains(reference);
        boolean joinsConverted =
            constraint instanceof ForeignKey fk
                && (fk.columns().stream().anyMatch(c -> converted.contains(new ColumnRef(table.name(), c)))
                    || fk.referencedColumns().stream().anyMatch(c -> converted.contains(new ColumnRef(fk.referencedTable(), c))));
        if (namesType || joinsConverted) {
          constraints.add(new AlterEnum.UsingConstraint(table.name(), constraint));
        }
      }
      table.indexes().stream().filter(i -> i.definition().contains(reference)).forEach(indexes::add);
    }
    return new AlterEnum(from, to, columns, constraints, indexes);
  }

  /** @return for each sequence, the columns whose default calls it */
  private static Map<QualifiedName, Set<ColumnRef>> sequenceUsers(DatabaseSchema schema) {
    Map<QualifiedName, Set<ColumnRef>> users = new java.util.HashMap<>();
    for (Table table : schema.tables()) {
      for (Column column : table.columns()) {
        for (QualifiedName sequence : column.defaultSequences()) {
          users.computeIfAbsent(sequence, k -> new java.util.HashSet<>()).add(new ColumnRef(table.name(), column.name()));
        }
      }
    }
    return users;
  }

  private static boolean onlyOwnerUses(Sequence sequence, Map<QualifiedName, Set<ColumnRef>> users) {
    return sequence.ownedBy() != null
        && users.getOrDefault(sequence.name(), Set.of()).stream().allMatch(sequence.ownedBy()::equals);
  }

  /**
   * @return the sequences owned by {@code table} (by its {@code column}, when given), marked as travelling with
   *     their owner so that they get no change of their own
   */
  private static List<Sequence> owned(List<Sequence> sequences, QualifiedName table, String column, Set<QualifiedName> travelling) {
    List<Sequence> owned =
        sequences.stream()
            .filter(s -> column == null ? s.ownedByTable(table) : s.ownedByColumn(table, column))
            .toList();
    owned.forEach(s -> travelling.add(s.name()));
    return owned;
  }

  /** @return the items keyed and sorted by key, so iteration order never depends on input order */
  private static <K extends Comparable<K>, V> Map<K, V> byKey(List<V> items, java.util.function.Function<V, K> key) {
    Map<K, V> map = new TreeMap<>();
    for (V item : items) {
      map.put(key.apply(item), item);
    }
    return map;
  }

  /**
   * Tables in foreign-key order (referenced first). Foreign keys that would close a cycle are set aside to
   * be added after all tables exist (or dropped before any of them goes).
   */
  private record TableOrder(List<Table> tables, Map<ForeignKey, QualifiedName> deferredForeignKeys) {

    static TableOrder of(List<Table> tables) {
      Map<QualifiedName, Table> byName = new LinkedHashMap<>();
      tables.stream().sorted(Comparator.comparing(Table::name)).forEach(t -> byName.put(t.name(), t));
      List<Table> ordered = new ArrayList<>();
      Map<ForeignKey, QualifiedName> deferred = new LinkedHashMap<>();
      Set<QualifiedName> done = new LinkedHashSet<>();
      Set<QualifiedName> visiting = new LinkedHashSet<>();
      for (Table table : byName.values()) {
        visit(table, byName, done, visiting, ordered, deferred);
      }
      return new TableOrder(List.copyOf(ordered), deferred);
    }

    private static void visit(
        Table table,
        Map<QualifiedName, Table> byName,
        Set<QualifiedName> done,
        Set<QualifiedName> visiting,
        List<Table> ordered,
        Map<ForeignKey, QualifiedName> deferred) {
      if (done.contains(table.name())) {
        return;
      }
      visiting.add(table.name());
      for (ForeignKey fk : table.foreignKeys()) {
        QualifiedName target = fk.referencedTable();
        if (target.equals(table.name()) || !byName.containsKey(target) || done.contains(target)) {
          continue;
        }
        if (visiting.contains(target)) {
          deferred.put(fk, table.name());
        } else {
          visit(byName.get(target), byName, done, visiting, ordered, deferred);
        }
      }
      visiting.remove(table.name());
      done.add(table.name());
      ordered.add(table);
    }

    Table withoutDeferred(Table table) {
      List<Constraint> kept =
          table.constraints().stream().filter(c -> !(c instanceof ForeignKey fk && deferredForeignKeys.containsKey(fk))).toList();
      return kept.size() == table.constraints().size() ? table : table.withConstraints(kept);
    }
  }
}
