package dev.dovetail.diff.compare;

import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Privilege;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.RenameHint;
import dev.dovetail.core.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compares two catalogs and lists the changes that take the first to the second: one comparer per family of object
 * kinds, each over the same keyed diff ({@link Keyed}: added, removed and kept by key, sorted), then the objects that
 * stay but are in the way of a change are taken off and put back around it ({@link Dependents}, and the views
 * {@link ViewComparer} rebuilds). Pure and deterministic.
 *
 * <p>The changes are a set: their order is the planner's, from what each creates, drops and needs
 * ({@code dev.dovetail.diff.plan.ChangeOrder}). The list is sorted by kind family and name only so that equal inputs
 * give equal lists.
 *
 * <p>A sequence owned by a column ({@code serial}) that comes or goes with its table or column is part of that
 * change rather than a change of its own, because PostgreSQL drops it with its owner ({@link OwnedSequences}).
 */
public final class SchemaDiffer {

  /** @return the changes that take {@code current} to {@code declared} */
  public List<SchemaChange> diff(DatabaseSchema current, DatabaseSchema declared) {
    return diff(current, declared, List.of());
  }

  /**
   * @param hints renames the declared schema states (enum labels, see {@link EnumRenames})
   * @return the changes that take {@code current} to {@code declared}
   */
  public List<SchemaChange> diff(DatabaseSchema currentState, DatabaseSchema declared, List<RenameHint> hints) {
    EnumRenames.Applied renamed = EnumRenames.apply(currentState, declared, hints);
    DatabaseSchema current = renamed.state();
    List<SchemaChange> changes = new ArrayList<>(renamed.renames());
    OwnedSequences owned = OwnedSequences.of(current, declared);
    Set<String> recreated = FunctionComparer.recreated(current, declared);
    Keyed<QualifiedName, Table> tables = Keyed.of(current.tables(), declared.tables(), Table::name);

    changes.addAll(SchemaComparer.compare(current, declared));
    changes.addAll(CollationComparer.compare(current, declared));
    changes.addAll(EnumComparer.compare(current, declared));
    changes.addAll(DomainComparer.compare(current, declared));
    changes.addAll(CompositeTypeComparer.compare(current, declared));
    changes.addAll(RangeTypeComparer.compare(current, declared));
    changes.addAll(FunctionComparer.compare(current, declared));
    changes.addAll(SequenceComparer.compare(current, declared, owned));
    changes.addAll(TableComparer.compare(current, declared, owned));
    changes.addAll(StatisticsComparer.compare(current, declared));
    // what policies and rules are rebuilt around, and the privileges new objects get: read by more than one comparer
    SecurityComparer.Uses changing = SecurityComparer.changedOnTheWay(current, declared, recreated);
    Set<Privilege> implied = SecurityComparer.implied(current, declared);
    changes.addAll(SecurityComparer.compare(current, declared, recreated, changing, implied));
    changes.addAll(RuleComparer.compare(current, declared, changing));
    List<SchemaChange> withDependents =
        Dependents.aroundRebuiltKeys(Dependents.aroundRecreatedFunctions(changes, tables, recreated), tables);
    withDependents = TableAttributes.compare(withDependents, tables);
    List<SchemaChange> all = new ArrayList<>(new ViewComparer(current, declared, implied).compare(withDependents));
    all.addAll(OwnerComparer.compare(current, declared, all));
    return all;
  }
}
