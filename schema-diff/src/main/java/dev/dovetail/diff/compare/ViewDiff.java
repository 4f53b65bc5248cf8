package dev.dovetail.diff.compare;

import dev.dovetail.core.change.AlterColumn;
import dev.dovetail.core.change.AlterEnum;
import dev.dovetail.core.change.ColumnAspect;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreateFunction;
import dev.dovetail.core.change.CreateIndex;
import dev.dovetail.core.change.CreateView;
import dev.dovetail.core.change.DropColumn;
import dev.dovetail.core.change.DropCompositeType;
import dev.dovetail.core.change.DropDomain;
import dev.dovetail.core.change.DropEnum;
import dev.dovetail.core.change.DropFunction;
import dev.dovetail.core.change.DropIndex;
import dev.dovetail.core.change.DropSequence;
import dev.dovetail.core.change.DropTable;
import dev.dovetail.core.change.DropView;
import dev.dovetail.core.change.RebuildViews;
import dev.dovetail.core.change.ReplaceView;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.SetComment;
import dev.dovetail.core.model.ColumnRef;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Index;
import dev.dovetail.core.model.Trigger;
import dev.dovetail.core.change.CreateTrigger;
import dev.dovetail.core.change.DropTrigger;
import dev.dovetail.core.model.Privilege;
import dev.dovetail.core.model.PrivilegeTarget;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.View;
import dev.dovetail.core.model.Attribute;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Weaves views and materialized views into the ordered changes of the other objects, from the dependencies
 * the catalog records for each view's query ({@link dev.dovetail.core.model.ViewDependencies}).
 *
 * <ul>
 *   <li>A view that goes, or whose query changes in a way {@code CREATE OR REPLACE} cannot express (other
 *       output columns, a materialized view, a change another change is blocked by), is dropped before any
 *       other change, together with every view that reads it, dependents first; it is created again after
 *       every other object is in place, before anything it may read is dropped.
 *   <li>A plain view whose columns stay the same is replaced in place at that same late point.
 *   <li>A view whose query stays the same but which reads something another change alters in a way
 *       PostgreSQL refuses while the view exists (a column's type or collation, a function dropped and
 *       created again, an enum type replaced) is dropped and created again around that change, in the same
 *       migration ({@link RebuildViews}), so no deployment sees it missing between two migrations. Changes
 *       that block overlapping sets of views share one such migration.
 *   <li>Comments and materialized-view indexes of views that stay are changed on their own.
 * </ul>
 */
final class ViewDiff {

  private final Map<QualifiedName, View> from;
  private final Map<QualifiedName, View> to;
  private final Set<Privilege> fromPrivileges;
  private final Set<Privilege> toPrivileges;

  ViewDiff(DatabaseSchema current, DatabaseSchema declared) {
    this.from = byName(current.views());
    this.to = byName(declared.views());
    this.fromPrivileges = new TreeSet<>(current.privileges());
    this.toPrivileges = new TreeSet<>(declared.privileges());
    fromPrivileges.removeAll(notOnViews(current.privileges(), current, declared));
    toPrivileges.removeAll(notOnViews(declared.privileges(), current, declared));
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
   * @param changes the ordered changes of every other object
   * @param createAt where in {@code changes} views are created and replaced: after every object they may read
   *     exists, before anything they may read is dropped
   * @return {@code changes} with the view changes woven in
   */
  List<SchemaChange> weave(List<SchemaChange> changes, int createAt) {
    if (from.isEmpty() && to.isEmpty()) {
      return changes;
    }
    // Views whose query changes: replaced in place when possible and nothing blocks them, else rebuilt.
    Set<QualifiedName> rebuilt = new TreeSet<>();
    Set<QualifiedName> replaced = new TreeSet<>();
    from.forEach((name, old) -> {
      View updated = to.get(name);
      if (updated == null) {
        rebuilt.add(name);
      } else if (!old.sameDefinition(updated) || !old.rules().equals(updated.rules())) {
        // A view whose rules change is dropped and created with them.
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

    // Views that keep their query but are in the way of a change: rebuilt around it.
    Set<QualifiedName> untouched = new TreeSet<>(from.keySet());
    untouched.removeAll(rebuilt);
    untouched.removeAll(replaced);
    Map<Integer, Set<QualifiedName>> blocked = blockedViews(changes, untouched);
    Set<QualifiedName> aroundChanges = new HashSet<>();
    blocked.values().forEach(aroundChanges::addAll);

    List<SchemaChange> first = new ArrayList<>();
    List<QualifiedName> dropOrder = new ArrayList<>(creationOrder(rebuilt, from));
    java.util.Collections.reverse(dropOrder);
    dropOrder.forEach(name -> first.add(new DropView(from.get(name))));

    List<SchemaChange> late = new ArrayList<>();
    from.forEach((name, old) -> {
      View updated = to.get(name);
      if (updated != null && !rebuilt.contains(name) && !aroundChanges.contains(name)) {
        indexesAndComments(old, updated, first, late);
      }
    });
    Set<QualifiedName> created = new TreeSet<>(rebuilt);
    created.retainAll(to.keySet());
    to.keySet().stream().filter(n -> !from.containsKey(n)).forEach(created::add);
    created.addAll(replaced);
    for (QualifiedName name : creationOrder(created, to)) {
      late.add(replaced.contains(name) ? new ReplaceView(from.get(name), to.get(name)) : new CreateView(to.get(name)));
    }

    // A view dropped and created loses its privileges: they are undone first and applied again after it is
    // created (undone first, so that the down, which runs the inverses in reverse, grants them last too).
    Set<QualifiedName> touched = new TreeSet<>(rebuilt);
    touched.addAll(aroundChanges);
    touched.addAll(created);
    touched.removeAll(replaced);
    List<SchemaChange> undo = new ArrayList<>();
    fromPrivileges.stream()
        .filter(p -> !toPrivileges.contains(p) || touched.contains(viewOf(p)))
        .forEach(p -> undo.add(SchemaDiffer.privilegeChange(p, !p.revoked())));
    toPrivileges.stream()
        .filter(p -> !fromPrivileges.contains(p) || touched.contains(viewOf(p)))
        .forEach(p -> late.add(SchemaDiffer.privilegeChange(p, p.revoked())));
    first.addAll(0, undo);

    List<SchemaChange> woven = new ArrayList<>(changes);
    woven.addAll(createAt, late);
    Map<Integer, Set<QualifiedName>> shifted = new TreeMap<>();
    blocked.forEach((i, views) -> shifted.put(i < createAt ? i : i + late.size(), views));
    List<SchemaChange> result = new ArrayList<>(first);
    result.addAll(rebuildAround(woven, shifted));
    return List.copyOf(result);
  }

  /**
   * @return for each position in {@code changes} whose change some of the {@code candidates} are in the way
   *     of, those views with every candidate that reads them
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
   *     {@link RebuildViews} at the place of the group's last change
   */
  private List<SchemaChange> rebuildAround(List<SchemaChange> changes, Map<Integer, Set<QualifiedName>> blocked) {
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
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    blocked.keySet().forEach(i -> groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i));

    Map<Integer, SchemaChange> replacements = new HashMap<>();
    Set<Integer> removed = new HashSet<>();
    for (List<Integer> group : groups.values()) {
      Set<QualifiedName> views = new TreeSet<>();
      List<SchemaChange> members = new ArrayList<>();
      for (int i : group) {
        views.addAll(blocked.get(i));
        members.add(changes.get(i));
      }
      List<QualifiedName> order = creationOrder(views, from);
      int last = group.get(group.size() - 1);
      replacements.put(
          last, new RebuildViews(order.stream().map(from::get).toList(), members, order.stream().map(to::get).toList()));
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
    if (change instanceof AlterEnum alter && !alter.additive()) {
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

  /**
   * Index and trigger drops go first (the view exists), their creations and comments late with the other view
   * changes.
   */
  private static void indexesAndComments(View old, View updated, List<SchemaChange> first, List<SchemaChange> late) {
    Map<String, Index> oldIndexes = new TreeMap<>();
    old.indexes().forEach(i -> oldIndexes.put(i.name(), i));
    Map<String, Index> newIndexes = new TreeMap<>();
    updated.indexes().forEach(i -> newIndexes.put(i.name(), i));
    oldIndexes.forEach((name, index) -> {
      Index kept = newIndexes.get(name);
      if (kept == null || !kept.withComment(null).equals(index.withComment(null))) {
        first.add(new DropIndex(index));
      } else {
        comment(late, new CommentTarget(CommentTarget.Kind.INDEX, index.table().schema(), name, null), index.comment(), kept.comment());
      }
    });
    newIndexes.forEach((name, index) -> {
      Index old1 = oldIndexes.get(name);
      if (old1 == null || !old1.withComment(null).equals(index.withComment(null))) {
        late.add(new CreateIndex(index));
      }
    });
    Map<String, Trigger> oldTriggers = new TreeMap<>();
    old.triggers().forEach(t -> oldTriggers.put(t.name(), t));
    Map<String, Trigger> newTriggers = new TreeMap<>();
    updated.triggers().forEach(t -> newTriggers.put(t.name(), t));
    oldTriggers.forEach((name, trigger) -> {
      Trigger kept = newTriggers.get(name);
      if (kept == null || !kept.withComment(null).equals(trigger.withComment(null))) {
        first.add(new DropTrigger(trigger));
      } else {
        comment(late, new CommentTarget(CommentTarget.Kind.TRIGGER, trigger.table().schema(), trigger.table().name(), name),
            trigger.comment(), kept.comment());
      }
    });
    newTriggers.forEach((name, trigger) -> {
      Trigger was = oldTriggers.get(name);
      if (was == null || !was.withComment(null).equals(trigger.withComment(null))) {
        late.add(new CreateTrigger(trigger));
      }
    });
    QualifiedName name = updated.name();
    CommentTarget.Kind kind = updated.materialized() ? CommentTarget.Kind.MATERIALIZED_VIEW : CommentTarget.Kind.VIEW;
    comment(late, new CommentTarget(kind, name.schema(), name.name(), null), old.comment(), updated.comment());
    for (Attribute column : updated.columns()) {
      String before = old.column(column.name()).map(Attribute::comment).orElse(null);
      comment(late, new CommentTarget(CommentTarget.Kind.COLUMN, name.schema(), name.name(), column.name()), before, column.comment());
    }
  }

  private static void comment(List<SchemaChange> changes, CommentTarget target, String before, String after) {
    if (!Objects.equals(before, after)) {
      changes.add(new SetComment(target, before, after));
    }
  }

  private static Map<QualifiedName, View> byName(List<View> views) {
    Map<QualifiedName, View> map = new TreeMap<>();
    views.forEach(v -> map.put(v.name(), v));
    return map;
  }
}
