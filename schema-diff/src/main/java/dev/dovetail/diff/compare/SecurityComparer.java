package dev.dovetail.diff.compare;

import dev.dovetail.core.change.AlterPolicy;
import dev.dovetail.core.change.AlterRowSecurity;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreatePolicy;
import dev.dovetail.core.change.DropPolicy;
import dev.dovetail.core.change.GrantPrivilege;
import dev.dovetail.core.change.RevokePrivilege;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ColumnRef;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Function;
import dev.dovetail.core.model.Policy;
import dev.dovetail.core.model.Privilege;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.RowSecurity;
import dev.dovetail.core.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Row-level security, policies and privileges. Row-level security is turned off (or no longer forced) through an
 * intermediate state before policies go and turned on after they exist, so it never denies every row to every role
 * but the owner halfway. A policy that uses a column, table or function about to change in a way PostgreSQL refuses
 * while the policy exists is dropped and created again around it. A privilege is a difference from an object's
 * defaults: one on a function that is dropped and created again is undone before and applied again after; those on
 * views come and go with their views ({@link ViewComparer}).
 */
final class SecurityComparer {

  private SecurityComparer() {}

  static List<SchemaChange> compare(DatabaseSchema current, DatabaseSchema declared, Set<String> recreatedFunctions) {
    List<SchemaChange> changes = new ArrayList<>(policies(current, declared, recreatedFunctions));
    changes.addAll(rowSecurity(current, declared));
    changes.addAll(privileges(current, declared, recreatedFunctions));
    return changes;
  }

  private static List<SchemaChange> policies(DatabaseSchema current, DatabaseSchema declared, Set<String> recreatedFunctions) {
    Predicate<Policy> blocked = blockedBy(current, declared, recreatedFunctions);
    List<SchemaChange> changes = new ArrayList<>();
    Keyed<String, Policy> policies = Keyed.of(current.policies(), declared.policies(), SecurityComparer::key);
    policies.removed().forEach(p -> changes.add(new DropPolicy(p)));
    for (Keyed.Both<Policy> p : policies.kept()) {
      Policy old = p.from();
      Policy updated = p.to();
      boolean same = old.withComment(null).equals(updated.withComment(null));
      if (blocked.test(old) || (!same && !(old.alterableTo(updated) && updated.alterableTo(old)))) {
        changes.add(new DropPolicy(old));
        changes.add(new CreatePolicy(updated));
        continue;
      }
      if (!same) {
        changes.add(new AlterPolicy(old, updated.withComment(old.comment())));
      }
      changes.addAll(Comments.of(
          new CommentTarget(CommentTarget.Kind.POLICY, old.table().schema(), old.table().name(), old.name()), old.comment(), updated.comment()));
    }
    policies.added().forEach(p -> changes.add(new CreatePolicy(p)));
    return changes;
  }

  /** @return whether a policy uses something that goes away or changes on the way, so that it must be rebuilt */
  private static Predicate<Policy> blockedBy(DatabaseSchema current, DatabaseSchema declared, Set<String> recreatedFunctions) {
    Set<String> changedFunctions = new HashSet<>(recreatedFunctions);
    Keyed<String, Function> functions = Keyed.of(current.functions(), declared.functions(), Function::signature);
    functions.removed().forEach(f -> changedFunctions.add(f.signature()));
    Keyed<QualifiedName, Table> tables = Keyed.of(current.tables(), declared.tables(), Table::name);
    Set<QualifiedName> droppedTables = new HashSet<>();
    tables.removed().forEach(t -> droppedTables.add(t.name()));
    Set<String> replacedEnums = EnumComparer.replaced(current, declared);
    Set<ColumnRef> changedColumns = new HashSet<>();
    for (Keyed.Both<Table> t : tables.kept()) {
      for (Column column : t.from().columns()) {
        boolean same = t.to().column(column.name())
            .filter(c -> c.type().equals(column.type()) && Objects.equals(c.collation(), column.collation()))
            .filter(c -> !replacedEnums.contains(c.type()) && !replacedEnums.contains(c.type().replaceFirst("\\[\\]$", "")))
            .isPresent();
        if (!same) {
          changedColumns.add(new ColumnRef(t.from().name(), column.name()));
        }
      }
    }
    return p -> p.columns().stream().anyMatch(changedColumns::contains)
        || p.tables().stream().anyMatch(droppedTables::contains)
        || p.functions().stream().anyMatch(changedFunctions::contains);
  }

  private static List<SchemaChange> rowSecurity(DatabaseSchema current, DatabaseSchema declared) {
    Keyed<QualifiedName, RowSecurity> security = Keyed.of(current.rowSecurity(), declared.rowSecurity(), RowSecurity::table);
    Set<QualifiedName> secured = new TreeSet<>(security.from().keySet());
    secured.addAll(security.to().keySet());
    List<SchemaChange> loosen = new ArrayList<>();
    List<SchemaChange> tighten = new ArrayList<>();
    for (QualifiedName table : secured) {
      RowSecurity before = security.from().getOrDefault(table, RowSecurity.off(table));
      RowSecurity after = security.to().getOrDefault(table, RowSecurity.off(table));
      RowSecurity between = new RowSecurity(table, before.enabled() && after.enabled(), before.forced() && after.forced());
      if (!between.equals(before)) {
        loosen.add(new AlterRowSecurity(before, between));
      }
      if (!between.equals(after)) {
        tighten.add(new AlterRowSecurity(between, after));
      }
    }
    loosen.addAll(tighten);
    return loosen;
  }

  private static List<SchemaChange> privileges(DatabaseSchema current, DatabaseSchema declared, Set<String> recreatedFunctions) {
    Set<Privilege> from = new TreeSet<>(ViewComparer.notOnViews(current.privileges(), current, declared));
    Set<Privilege> to = new TreeSet<>(ViewComparer.notOnViews(declared.privileges(), current, declared));
    Predicate<Privilege> recreated = p -> p.target().signature() != null && recreatedFunctions.contains(p.target().signature());
    List<SchemaChange> changes = new ArrayList<>();
    from.stream().filter(p -> !to.contains(p) || recreated.test(p)).forEach(p -> changes.add(change(p, !p.revoked())));
    to.stream().filter(p -> !from.contains(p) || recreated.test(p)).forEach(p -> changes.add(change(p, p.revoked())));
    return changes;
  }

  private static String key(Policy policy) {
    return policy.table().schema() + '\0' + policy.table().name() + '\0' + policy.name();
  }

  /** @return the grant or revoke of {@code privilege} */
  static SchemaChange change(Privilege privilege, boolean revoke) {
    return revoke
        ? new RevokePrivilege(privilege.target(), privilege.grantee(), privilege.privilege(), privilege.grantable())
        : new GrantPrivilege(privilege.target(), privilege.grantee(), privilege.privilege(), privilege.grantable());
  }
}
