package dev.dovetail.diff.compare;

import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.AlterEnum;
import dev.dovetail.core.change.ColumnAspect;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreateCompositeType;
import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.change.CreateTrigger;
import dev.dovetail.core.change.CreateView;
import dev.dovetail.core.change.DropColumn;
import dev.dovetail.core.change.DropCompositeType;
import dev.dovetail.core.change.DropDomain;
import dev.dovetail.core.change.DropEnum;
import dev.dovetail.core.change.DropFunction;
import dev.dovetail.core.change.DropIndex;
import dev.dovetail.core.change.DropSequence;
import dev.dovetail.core.change.DropTable;
import dev.dovetail.core.change.DropTrigger;
import dev.dovetail.core.change.DropView;
import dev.dovetail.core.change.RebuildViews;
import dev.dovetail.core.change.ReplaceView;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.Attribute;
import dev.dovetail.core.model.ColumnRef;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.Privilege;
import dev.dovetail.core.model.PrivilegeTarget;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Trigger;
import dev.dovetail.core.model.View;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Views and materialized views, from the dependencies the catalog records for each view's query
 * ({@link dev.dovetail.core.model.ViewDependencies}).
 *
 * <ul>
 *   <li>A view that goes, or whose query changes in a way {@code CREATE OR REPLACE} cannot express (other output
 *       columns, a materialized view, new rules, a change another change is blocked by), is dropped together with
 *       every view that reads it, and created again.
 *   <li>A plain view whose columns stay the same is replaced in place.
 *   <li>A view whose query stays the same but which reads something another change alters in a way PostgreSQL
 *       refuses while the view exists (a column's type or collation, a function dropped and created again, an enum
 *       type replaced, a dropped object) is dropped and created again around that change, in the same migration
 *       ({@link RebuildViews}), so no deployment sees it missing between two migrations. Changes that block
 *       overlapping sets of views share one such migration.
 *   <li>Comments, indexes and triggers of views that stay are changed on their own; privileges on a view that is
 *       dropped and created again are undone before and applied again after.
 * </ul>
 *
 * <p>Where each change goes is the planner's graph's job: every view change states what it reads.
 */
final class ViewComparer {

  private final Map<QualifiedName, View> from;
  private final Map<QualifiedName, View> to;
  private final Set<Privilege> fromPrivileges;
  private final Set<Privilege> toPrivileges;
  /** The privileges new views get from the default privileges in force as they are created. */
  private final Set<Privilege> impliedPrivileges;

  /** @param implied the privileges objects the run creates get from default privileges ({@link SecurityComparer#implied}) */
  ViewComparer(DatabaseSchema current, DatabaseSchema declared, Set<Privilege> implied) {
    this.from = Keyed.byKey(current.views(), View::name);
    this.to = Keyed.byKey(declared.views(), View::name);
    this.fromPrivileges = new TreeSet<>(current.privileges());
    this.toPrivileges = new TreeSet<>(declared.privileges());
    fromPrivileges.removeAll(notOnViews(current.privileges(), current, declared));
    toPrivileges.removeAll(notOnViews(declared.privileges(), current, declared));
    this.impliedPrivileges = new TreeSet<>(implied);
    impliedPrivileges.removeAll(notOnViews(List.copyOf(implied), current, declared));
  }

  /** @return the privileges that are not on a view of either side (those come and go with their views) */
  static List<Privilege> notOnViews(List<Privilege> privileges, DatabaseSchema current, DatabaseSchema declared) {
    Set<QualifiedName> views = new TreeSet<>();
    current.views().forEach(v -> views.add(v.name()));
    declared.views().forEach(v -> views.add(v.name()));
    return privileges.stream().filter(p -> viewOf(p) == null || !views.contains(viewOf(p))).toList();
  }

  /** @return the relation a table or column privilege is on, or null */
  private static QualifiedName viewOf(Privilege privilege) {
    PrivilegeTarget target = privilege.target();
    return target.kind() == PrivilegeTarget.Kind.TABLE || target.kind() == PrivilegeTarget.Kind.COLUMN ? target.qualifiedName() : null;
  }

  /**
   * @param changes the changes of every other object
   * @return {@code changes}, those that views are in the way of grouped with them, and the view changes
   */
  List<SchemaChange> compare(List<SchemaChange> changes) {
    if (from.isEmpty() && to.isEmpty()) {
      return changes;
    }
    Set<QualifiedName> rebuilt = new TreeSet<>();
    Set<QualifiedName> replaced = new TreeSet<>();
    from.forEach((name, old) -> {
      View updated = to.get(name);
      if (updated == null) {
        rebuilt.add(name);
      } else if (!old.sameDefinition(updated) || !old.rules().equals(updated.rules())) {
        boolean sameRules = old.rules().equals(updated.rules());
        if (sameRules && old.replaceableBy(updated) && changes.stream().noneMatch(c -> blocks(c, old))) {
          replaced.add(name);
        } else {
          rebuilt.add(name);
        }
      }
    });
    closeOverDependents(rebuilt, from.keySet());
    replaced.removeAll(rebuilt);

    Set<QualifiedName> untouched = new TreeSet<>(from.keySet());
    untouched.removeAll(rebuilt);
    untouched.removeAll(replaced);
    Map<Integer, Set<QualifiedName>> blocked = blockedViews(changes, untouched);
    Set<QualifiedName> aroundChanges = new HashSet<>();
    blocked.values().forEach(aroundChanges::addAll);

    List<SchemaChange> result = new ArrayList<>();
    // A new view that takes the name of a relation a rebuild drops (a table becoming a view), and that the rebuilt
    // views read, is created inside that rebuild: between the drop that frees its name and the views that read it.
    Map<Integer, List<QualifiedName>> joining = joiningRebuilds(changes, blocked);
    Set<QualifiedName> joined = new HashSet<>();
    joining.values().forEach(joined::addAll);

    List<QualifiedName> dropOrder = new ArrayList<>(creationOrder(rebuilt, from));
    java.util.Collections.reverse(dropOrder);
    dropOrder.forEach(name -> result.add(new DropView(from.get(name))));
    from.forEach((name, old) -> {
      View updated = to.get(name);
      if (updated != null && !rebuilt.contains(name) && !aroundChanges.contains(name)) {
        result.addAll(indexesAndComments(old, updated));
      }
    });
    Set<QualifiedName> created = new TreeSet<>(rebuilt);
    created.retainAll(to.keySet());
    to.keySet().stream().filter(n -> !from.containsKey(n)).forEach(created::add);
    created.addAll(replaced);
    for (QualifiedName name : creationOrder(created, to)) {
      if (joined.contains(name)) {
        continue;
      }
      result.add(replaced.contains(name) ? new ReplaceView(from.get(name), to.get(name)) : new CreateView(to.get(name)));
    }

    // A view dropped and created loses its privileges: they are undone before and applied again after.
    Set<QualifiedName> touched = new TreeSet<>(rebuilt);
    touched.addAll(aroundChanges);
    touched.addAll(created);
    touched.removeAll(replaced);
    fromPrivileges.stream()
        .filter(p -> !toPrivileges.contains(p) || touched.contains(viewOf(p)))
        .forEach(p -> result.add(SecurityComparer.change(p, !p.revoked())));
    // a new view gets these as it is created: taken back where it is declared without them, never given again
    impliedPrivileges.stream()
        .filter(p -> !toPrivileges.contains(p))
        .forEach(p -> result.add(SecurityComparer.change(p, !p.revoked())));
    toPrivileges.stream()
        .filter(p -> !impliedPrivileges.contains(p) && (!fromPrivileges.contains(p) || touched.contains(viewOf(p))))
        .forEach(p -> result.add(SecurityComparer.change(p, p.revoked())));
    result.addAll(rebuildAround(changes, blocked, joining));
    return List.copyOf(result);
  }

  /**
   * @return for the position of a change that frees a relation's name and blocks views, the new views of that
   *     name which the blocked views read once they are created again
   */
  private Map<Integer, List<QualifiedName>> joiningRebuilds(List<SchemaChange> changes, Map<Integer, Set<QualifiedName>> blocked) {
    Map<Integer, List<QualifiedName>> joining = new TreeMap<>();
    blocked.forEach((i, views) -> {
      Set<QualifiedName> read = new HashSet<>();
      views.stream().map(to::get).filter(java.util.Objects::nonNull).forEach(v -> read.addAll(v.dependencies().relations()));
      List<QualifiedName> names = changes.get(i).freesNames().stream()
          .filter(n -> to.containsKey(n) && !from.containsKey(n) && read.contains(n))
          .toList();
      if (!names.isEmpty()) {
        joining.put(i, names);
      }
    });
    return joining;
  }

  /**
   * @return for each position in {@code changes} whose change some of the {@code candidates} are in the way of,
   *     those views with every candidate that reads them
   */
  private Map<Integer, Set<QualifiedName>> blockedViews(List<SchemaChange> changes, Set<QualifiedName> candidates) {
    Map<Integer, Set<QualifiedName>> blocked = new TreeMap<>();
    for (int i = 0; i < changes.size(); i++) {
      SchemaChange change = changes.get(i);
      Set<QualifiedName> views = new TreeSet<>();
      for (QualifiedName name : candidates) {
        if (blocks(change, from.get(name))) {
          views.add(name);
        }
      }
      if (!views.isEmpty()) {
        closeOverDependents(views, candidates);
        blocked.put(i, views);
        // A function dropped and created again is one step: the views can only come back after the creation.
        if (DropFunction.recreatesAt(changes, i)) {
          blocked.put(i + 1, views);
        }
      }
    }
    return blocked;
  }

  /**
   * @return {@code changes} with each group of changes that block overlapping sets of views replaced by one
   *     {@link RebuildViews}
   */
  private List<SchemaChange> rebuildAround(
      List<SchemaChange> changes, Map<Integer, Set<QualifiedName>> blocked, Map<Integer, List<QualifiedName>> joining) {
    if (blocked.isEmpty()) {
      return changes;
    }
    // Group changes whose view sets overlap (union-find over change positions).
    Map<Integer, Integer> parent = new HashMap<>();
    blocked.keySet().forEach(i -> parent.put(i, i));
    Map<QualifiedName, Integer> owner = new HashMap<>();
    blocked.forEach((i, views) -> {
      for (QualifiedName view : views) {
        Integer other = owner.putIfAbsent(view, i);
        if (other != null) {
          parent.put(root(parent, i), root(parent, other));
        }
      }
    });
    // A function rebuilt with the views that takes or returns a composite type dropped and created again can only come
    // back after the type: the type's two changes join the function's rebuild.
    for (int i : blocked.keySet()) {
      if (changes.get(i) instanceof DropFunction drop) {
        for (int j = 0; j < changes.size(); j++) {
          String type = changes.get(j) instanceof DropCompositeType t ? t.type().reference()
              : changes.get(j) instanceof CreateCompositeType t ? t.type().reference() : null;
          if (type != null && FunctionComparer.usesAny(drop.function(), Set.of(type))) {
            parent.putIfAbsent(j, j);
            parent.put(root(parent, j), root(parent, i));
          }
        }
      }
    }
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    parent.keySet().forEach(i -> groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i));

    Map<Integer, SchemaChange> replacements = new HashMap<>();
    Set<Integer> removed = new HashSet<>();
    for (List<Integer> group : groups.values()) {
      Set<QualifiedName> views = new TreeSet<>();
      List<SchemaChange> members = new ArrayList<>();
      for (int i : group) {
        views.addAll(blocked.getOrDefault(i, Set.of()));
        members.add(changes.get(i));
        joining.getOrDefault(i, List.of()).forEach(name -> members.add(new CreateView(to.get(name))));
      }
      List<QualifiedName> order = creationOrder(views, from);
      int last = group.get(group.size() - 1);
      replacements.put(last, new RebuildViews(order.stream().map(from::get).toList(), members, order.stream().map(to::get).toList()));
      group.stream().filter(i -> i != last).forEach(removed::add);
    }
    List<SchemaChange> result = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      if (!removed.contains(i)) {
        result.add(replacements.getOrDefault(i, changes.get(i)));
      }
    }
    return result;
  }

  private static int root(Map<Integer, Integer> parent, int i) {
    int r = i;
    while (parent.get(r) != r) {
      r = parent.get(r);
    }
    return r;
  }

  /**
   * @return whether PostgreSQL refuses {@code change} while {@code view}, as it is now, exists: it drops or
   *     retypes something the view reads
   */
  static boolean blocks(SchemaChange change, View view) {
    var reads = view.dependencies();
    if (change instanceof AlterColumn alter) {
      Set<ColumnAspect> aspects = alter.aspects();
      boolean refused =
          aspects.contains(ColumnAspect.TYPE) || aspects.contains(ColumnAspect.COLLATION) || aspects.contains(ColumnAspect.GENERATED);
      return refused && reads.columns().contains(new ColumnRef(alter.table(), alter.from().name()));
    }
    if (change instanceof DropColumn drop) {
      return reads.columns().contains(new ColumnRef(drop.table(), drop.column().name()));
    }
    if (change instanceof DropTable drop) {
      return reads.relations().contains(drop.table().name());
    }
    if (change instanceof DropSequence drop) {
      return reads.relations().contains(drop.sequence().name());
    }
    if (change instanceof DropFunction drop) {
      return reads.functions().contains(drop.function().signature());
    }
    if (change instanceof DropEnum drop) {
      return reads.types().contains(drop.type().name());
    }
    if (change instanceof DropCompositeType drop) {
      return reads.types().contains(drop.type().name());
    }
    if (change instanceof DropDomain drop) {
      return reads.types().contains(drop.domain().name());
    }
    // an enum that only gains labels is replaced by its down (PostgreSQL cannot remove a label), so views that read
    // it are taken off and put back around that change too
    if (change instanceof AlterEnum alter) {
      return reads.types().contains(alter.from().name())
          || alter.columns().stream().anyMatch(c -> reads.columns().contains(new ColumnRef(c.table(), c.column().name())));
    }
    return false;
  }

  /** Adds to {@code views} every view of {@code among} that reads one of them, directly or not. */
  private void closeOverDependents(Set<QualifiedName> views, Collection<QualifiedName> among) {
    boolean grew = true;
    while (grew) {
      grew = false;
      for (QualifiedName name : among) {
        if (!views.contains(name) && from.get(name).dependencies().relations().stream().anyMatch(views::contains)) {
          views.add(name);
          grew = true;
        }
      }
    }
  }

  /** @return {@code names} ordered so that every view comes after the views of {@code views} it reads */
  private static List<QualifiedName> creationOrder(Set<QualifiedName> names, Map<QualifiedName, View> views) {
    Set<QualifiedName> ordered = new LinkedHashSet<>();
    for (QualifiedName name : new TreeSet<>(names)) {
      visit(name, names, views, ordered, new HashSet<>());
    }
    return List.copyOf(ordered);
  }

  private static void visit(
      QualifiedName name, Set<QualifiedName> names, Map<QualifiedName, View> views, Set<QualifiedName> ordered, Set<QualifiedName> path) {
    if (ordered.contains(name) || !path.add(name)) {
      return;
    }
    for (QualifiedName read : views.get(name).dependencies().relations()) {
      if (names.contains(read) && !read.equals(name)) {
        visit(read, names, views, ordered, path);
      }
    }
    ordered.add(name);
  }

  /** @return the index, trigger and comment changes of a view that stays */
  private static List<SchemaChange> indexesAndComments(View old, View updated) {
    List<SchemaChange> changes = new ArrayList<>();
    QualifiedName name = updated.name();
    Keyed<String, Index> indexes = Keyed.of(old.indexes(), updated.indexes(), Index::name);
    indexes.from().forEach((key, index) -> {
      Index kept = indexes.to().get(key);
      if (kept == null || !kept.withComment(null).equals(index.withComment(null))) {
        changes.add(new DropIndex(index));
      } else {
        changes.addAll(Comments.of(new CommentTarget(CommentTarget.Kind.INDEX, index.table().schema(), key, null), index.comment(), kept.comment()));
      }
    });
    indexes.to().forEach((key, index) -> {
      Index was = indexes.from().get(key);
      if (was == null || !was.withComment(null).equals(index.withComment(null))) {
        changes.add(new CreateIndex(index));
      }
    });
    Keyed<String, Trigger> triggers = Keyed.of(old.triggers(), updated.triggers(), Trigger::name);
    triggers.from().forEach((key, trigger) -> {
      Trigger kept = triggers.to().get(key);
      if (kept == null || !kept.withComment(null).equals(trigger.withComment(null))) {
        changes.add(new DropTrigger(trigger));
      } else {
        changes.addAll(Comments.of(Comments.target(CommentTarget.Kind.TRIGGER, name, key), trigger.comment(), kept.comment()));
      }
    });
    triggers.to().forEach((key, trigger) -> {
      Trigger was = triggers.from().get(key);
      if (was == null || !was.withComment(null).equals(trigger.withComment(null))) {
        changes.add(new CreateTrigger(trigger));
      }
    });
    CommentTarget.Kind kind = updated.materialized() ? CommentTarget.Kind.MATERIALIZED_VIEW : CommentTarget.Kind.VIEW;
    changes.addAll(Comments.of(new CommentTarget(kind, name.schema(), name.name(), null), old.comment(), updated.comment()));
    for (Attribute column : updated.columns()) {
      String before = old.column(column.name()).map(Attribute::comment).orElse(null);
      changes.addAll(Comments.of(Comments.target(CommentTarget.Kind.COLUMN, name, column.name()), before, column.comment()));
    }
    return changes;
  }
}
