package dev.dovetail.diff.plan;

import dev.dovetail.core.change.CreateView;
import dev.dovetail.core.change.DropView;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Views dropped and created again in one run (their columns change, so {@code CREATE OR REPLACE} cannot express the
 * change): the order from {@link ChangeOrder} drops them early and creates them late, which would leave them missing
 * for every migration in between (an index built concurrently in between can take minutes). Where nothing in between
 * needs a view gone, its drop moves down to just before its creation, and the planner applies both in one migration.
 *
 * <p>Views that read each other move as one group (the drops of a group, in their order, before its first creation),
 * and only when the group's creations then follow its drops without anything else between them.
 */
final class ViewRecreation {

  private ViewRecreation() {}

  /** @return {@code changes} with the drops of recreated views moved next to their creations where that is safe */
  static List<SchemaChange> together(List<SchemaChange> changes) {
    Map<QualifiedName, Integer> drops = new HashMap<>();
    Map<QualifiedName, Integer> creates = new HashMap<>();
    for (int i = 0; i < changes.size(); i++) {
      if (changes.get(i) instanceof DropView d) {
        drops.put(d.view().name(), i);
      } else if (changes.get(i) instanceof CreateView c) {
        creates.put(c.view().name(), i);
      }
    }
    Set<QualifiedName> recreated = new HashSet<>(drops.keySet());
    recreated.retainAll(creates.keySet());
    recreated.removeIf(name -> drops.get(name) > creates.get(name));
    List<SchemaChange> result = new ArrayList<>(changes);
    for (Set<QualifiedName> group : groups(changes, drops, creates, recreated)) {
      result = moved(result, group);
    }
    return result;
  }

  /**
   * @return the number of changes from {@code i} that drop views and create the same views again, one after the
   *     other, or 0
   */
  static int runAt(List<SchemaChange> changes, int i) {
    Set<QualifiedName> dropped = new HashSet<>();
    int j = i;
    while (j < changes.size() && changes.get(j) instanceof DropView d) {
      dropped.add(d.view().name());
      j++;
    }
    if (dropped.isEmpty()) {
      return 0;
    }
    Set<QualifiedName> created = new HashSet<>();
    while (j < changes.size() && changes.get(j) instanceof CreateView c && dropped.contains(c.view().name())) {
      created.add(c.view().name());
      j++;
    }
    return created.equals(dropped) ? j - i : 0;
  }

  /** @return the recreated views in groups that read each other, each group in the order of its first drop */
  private static List<Set<QualifiedName>> groups(
      List<SchemaChange> changes, Map<QualifiedName, Integer> drops, Map<QualifiedName, Integer> creates, Set<QualifiedName> recreated) {
    Map<QualifiedName, QualifiedName> parent = new HashMap<>();
    recreated.forEach(n -> parent.put(n, n));
    for (QualifiedName name : recreated) {
      View before = ((DropView) changes.get(drops.get(name))).view();
      View after = ((CreateView) changes.get(creates.get(name))).view();
      for (View version : List.of(before, after)) {
        for (QualifiedName read : version.dependencies().relations()) {
          if (parent.containsKey(read)) {
            parent.put(root(parent, read), root(parent, name));
          }
        }
      }
    }
    Map<Integer, Set<QualifiedName>> byFirstDrop = new TreeMap<>();
    Map<QualifiedName, Set<QualifiedName>> byRoot = new HashMap<>();
    for (QualifiedName name : recreated) {
      byRoot.computeIfAbsent(root(parent, name), r -> new HashSet<>()).add(name);
    }
    byRoot.values().forEach(g -> byFirstDrop.put(g.stream().mapToInt(drops::get).min().orElseThrow(), g));
    return new ArrayList<>(byFirstDrop.values());
  }

  private static QualifiedName root(Map<QualifiedName, QualifiedName> parent, QualifiedName name) {
    QualifiedName at = name;
    while (!parent.get(at).equals(at)) {
      at = parent.get(at);
    }
    return at;
  }

  /** @return {@code changes} with the group's drops just before its first creation, or unchanged when that is not safe */
  private static List<SchemaChange> moved(List<SchemaChange> changes, Set<QualifiedName> group) {
    List<Integer> dropAt = new ArrayList<>();
    List<Integer> createAt = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      if (changes.get(i) instanceof DropView d && group.contains(d.view().name())) {
        dropAt.add(i);
      } else if (changes.get(i) instanceof CreateView c && group.contains(c.view().name())) {
        createAt.add(i);
      }
    }
    int firstCreate = createAt.get(0);
    if (createAt.get(createAt.size() - 1) - firstCreate != createAt.size() - 1 || dropAt.get(dropAt.size() - 1) > firstCreate) {
      return changes; // the creations are apart: something the new views need is made between them
    }
    for (int d : dropAt) {
      Footprint drop = Footprints.of(changes.get(d));
      for (int k = d + 1; k < firstCreate; k++) {
        if (!dropAt.contains(k) && needsDropFirst(drop, Footprints.of(changes.get(k)))) {
          return changes;
        }
      }
    }
    List<SchemaChange> result = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      if (i == firstCreate) {
        dropAt.forEach(d -> result.add(changes.get(d)));
      }
      if (!dropAt.contains(i)) {
        result.add(changes.get(i));
      }
    }
    return result;
  }

  /**
   * @return whether a change needs the view gone before it runs: it drops what the view reads (a column's type
   *     included: PostgreSQL refuses to change it under a view), or creates what the view's drop frees (its name, its
   *     row type)
   */
  private static boolean needsDropFirst(Footprint drop, Footprint other) {
    return other.drops().stream().anyMatch(drop.needsBefore()::contains)
        || other.creates().stream().anyMatch(drop.drops()::contains);
  }
}
