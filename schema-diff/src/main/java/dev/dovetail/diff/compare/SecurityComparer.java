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
import dev.dovetail.core.model.PrivilegeTarget;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.RowSecurity;
import dev.dovetail.core.model.Table;
import dev.dovetail.core.model.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

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

  /**
   * @param changing what changes on the way ({@link #changedOnTheWay}): a policy that uses it is rebuilt around it
   * @param implied the privileges objects the run creates get from default privileges ({@link #implied})
   */
  static List<SchemaChange> compare(
      DatabaseSchema current, DatabaseSchema declared, Set<String> recreatedFunctions, Uses changing, Set<Privilege> implied) {
    List<SchemaChange> changes = new ArrayList<>(policies(current, declared, changing));
    changes.addAll(rowSecurity(current, declared));
    changes.addAll(privileges(current, declared, recreatedFunctions, implied));
    return changes;
  }

  private static List<SchemaChange> policies(DatabaseSchema current, DatabaseSchema declared, Uses changing) {
    Predicate<Policy> blocked = p -> changing.any(p.columns(), p.tables(), p.functions());
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

  /** What an expression kept as a catalog object (a policy, a rule) uses: columns, relations and functions. */
  interface Uses {
    /** @return whether any of these is used and changes on the way */
    boolean any(List<ColumnRef> columns, List<QualifiedName> relations, List<String> functions);
  }

  /**
   * @return what changes on the way in a way PostgreSQL refuses while an expression that uses it exists: a column whose
   *     type or collation changes (or whose enum type is replaced), a table dropped, a function dropped or recreated
   */
  static Uses changedOnTheWay(DatabaseSchema current, DatabaseSchema declared, Set<String> recreatedFunctions) {
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
    return (usedColumns, usedRelations, usedFunctions) -> usedColumns.stream().anyMatch(changedColumns::contains)
        || usedRelations.stream().anyMatch(droppedTables::contains)
        || usedFunctions.stream().anyMatch(changedFunctions::contains);
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

  private static List<SchemaChange> privileges(
      DatabaseSchema current, DatabaseSchema declared, Set<String> recreatedFunctions, Set<Privilege> implied) {
    List<Privilege> created = ViewComparer.notOnViews(List.copyOf(implied), current, declared);
    Set<Privilege> from = new TreeSet<>(ViewComparer.notOnViews(current.privileges(), current, declared));
    from.addAll(created);
    Set<Privilege> to = new TreeSet<>(ViewComparer.notOnViews(declared.privileges(), current, declared));
    Predicate<Privilege> recreated = p -> p.target().signature() != null && recreatedFunctions.contains(p.target().signature());
    List<SchemaChange> changes = new ArrayList<>();
    from.stream().filter(p -> !to.contains(p) || recreated.test(p)).forEach(p -> changes.add(change(p, !p.revoked())));
    to.stream().filter(p -> !from.contains(p) || recreated.test(p)).forEach(p -> changes.add(change(p, p.revoked())));
    return changes;
  }

  /**
   * The privileges that the objects the run creates get as they are created, from the default privileges in force then:
   * those of the role that runs the migrations which both states have (the run takes back the others before it creates
   * anything and gives the new ones after everything, see the planner's ranks). Once created, an object has them, so
   * the diff counts them as its privileges before: a declared object without one has it revoked, one with it needs no
   * grant. Objects dropped and created again (views, functions) are not counted: a default the current object lacked
   * is then left to the proof to find.
   *
   * @return the privileges, beyond each object's built-in defaults, of the schemas, tables, views, sequences, functions
   *     and procedures that {@code declared} has and {@code current} does not
   */
  static Set<Privilege> implied(DatabaseSchema current, DatabaseSchema declared) {
    Set<Privilege> kept = new TreeSet<>(current.privileges());
    kept.retainAll(declared.privileges());
    kept.removeIf(p -> !p.target().kind().defaults() || p.target().role() != null);
    Set<Privilege> implied = new TreeSet<>();
    if (kept.isEmpty()) {
      return implied;
    }
    Set<String> schemas = new HashSet<>();
    current.schemas().forEach(n -> schemas.add(n.name()));
    Set<QualifiedName> relations = new HashSet<>();
    current.tables().forEach(t -> relations.add(t.name()));
    current.views().forEach(v -> relations.add(v.name()));
    current.sequences().forEach(q -> relations.add(q.name()));
    Set<String> functions = new HashSet<>();
    current.functions().forEach(f -> functions.add(f.signature()));
    List<PrivilegeTarget> created = new ArrayList<>();
    declared.schemas().stream().filter(n -> !schemas.contains(n.name()))
        .forEach(n -> created.add(new PrivilegeTarget(PrivilegeTarget.Kind.SCHEMA, n.name(), null, null, null)));
    Stream.concat(declared.tables().stream().map(Table::name), declared.views().stream().map(View::name))
        .filter(n -> !relations.contains(n))
        .forEach(n -> created.add(new PrivilegeTarget(PrivilegeTarget.Kind.TABLE, n.schema(), n.name(), null, null)));
    declared.sequences().stream().filter(q -> !relations.contains(q.name())).forEach(q -> created.add(
        new PrivilegeTarget(PrivilegeTarget.Kind.SEQUENCE, q.name().schema(), q.name().name(), null, null)));
    declared.functions().stream().filter(f -> !functions.contains(f.signature())).forEach(f -> created.add(
        new PrivilegeTarget(PrivilegeTarget.Kind.FUNCTION, f.name().schema(), f.name().name(), f.argumentTypes(), null)));
    for (PrivilegeTarget object : created) {
      PrivilegeTarget.Kind defaults = switch (object.kind()) {
        case SCHEMA -> PrivilegeTarget.Kind.DEFAULT_SCHEMAS;
        case SEQUENCE -> PrivilegeTarget.Kind.DEFAULT_SEQUENCES;
        case FUNCTION -> PrivilegeTarget.Kind.DEFAULT_FUNCTIONS;
        default -> PrivilegeTarget.Kind.DEFAULT_TABLES;
      };
      Set<Privilege> given = new TreeSet<>();
      kept.stream()
          .filter(d -> d.target().kind() == defaults)
          .filter(d -> d.target().schema() == null || d.target().schema().equals(object.schema()))
          .forEach(d -> given.add(new Privilege(object, d.grantee(), d.privilege(), d.grantable(), d.revoked())));
      // a grant of one schema gives back what the defaults of every schema revoke: the object has it as built in
      Set<String> both = new HashSet<>();
      given.stream().filter(Privilege::revoked).forEach(r -> given.stream()
          .filter(g -> !g.revoked() && g.grantee().equals(r.grantee()) && g.privilege().equals(r.privilege()))
          .forEach(g -> both.add(g.grantee() + '\0' + g.privilege())));
      given.stream().filter(p -> !both.contains(p.grantee() + '\0' + p.privilege())).forEach(implied::add);
    }
    return implied;
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
