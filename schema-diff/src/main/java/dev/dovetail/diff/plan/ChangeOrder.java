package dev.dovetail.diff.plan;

import dev.dovetail.core.change.CreateCompositeType;
import dev.dovetail.core.change.CreateFunction;
import dev.dovetail.core.change.CreateView;
import dev.dovetail.core.change.DropCompositeType;
import dev.dovetail.core.change.DropFunction;
import dev.dovetail.core.change.DropView;
import dev.dovetail.core.change.GrantPrivilege;
import dev.dovetail.core.change.RebuildViews;
import dev.dovetail.core.change.ReplaceView;
import dev.dovetail.core.change.RevokePrivilege;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Privilege;
import dev.dovetail.core.model.PrivilegeTarget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Orders the changes of a run from a dependency graph, as the planner applies them. Each change's {@link Footprint}
 * gives the edges:
 *
 * <ul>
 *   <li>a change that creates an object comes before the changes that need it as it is after the run;
 *   <li>a change that needs an object as it is before the run comes before the change that drops it;
 *   <li>a change that drops an object comes before a change that creates one of the same identity (a name taken
 *       again, a key or a function dropped and created again).
 * </ul>
 *
 * <p>Among the changes whose predecessors are all placed, the one with the lowest {@link Rank} goes first; a change
 * inherits the lowest rank of the changes that wait for it, so that it is placed just in time for them, and equal
 * ranks keep the order the comparers produced (which is sorted by name), so the order is deterministic. A function
 * dropped and created again is one node: the two changes stay together. Should the edges form a cycle, the waiting
 * change of lowest rank is placed first; the proof that follows planning judges the result.
 *
 * <p>The footprint of an inverse is the footprint with its two sides swapped, so the reverse order is valid for
 * the downs.
 */
final class ChangeOrder {

  private ChangeOrder() {}

  /** One change, or changes that stay together. */
  private record Node(int index, List<SchemaChange> changes, Footprint footprint, Rank rank) {}

  /** @return {@code changes} in an order PostgreSQL accepts them in */
  static List<SchemaChange> sort(List<SchemaChange> changes, DatabaseSchema current) {
    if (changes.isEmpty() || changes.size() == 1 && !(changes.get(0) instanceof RebuildViews)) {
      return changes;
    }
    List<Node> nodes = nodes(changes, current);
    Map<Integer, Set<Integer>> successors = edges(nodes);
    Map<Integer, Integer> predecessors = new HashMap<>();
    successors.values().forEach(next -> next.forEach(n -> predecessors.merge(n, 1, Integer::sum)));
    int[] effective = effectiveRanks(nodes, successors);

    Comparator<Node> priority = Comparator.<Node>comparingInt(n -> effective[n.index()])
        .thenComparing(Node::rank)
        .thenComparingInt(Node::index);
    PriorityQueue<Node> ready = new PriorityQueue<>(priority);
    TreeSet<Node> waiting = new TreeSet<>(priority);
    for (Node node : nodes) {
      (predecessors.getOrDefault(node.index(), 0) == 0 ? ready : waiting).add(node);
    }
    List<SchemaChange> ordered = new ArrayList<>();
    Set<Integer> placed = new HashSet<>();
    while (!ready.isEmpty() || !waiting.isEmpty()) {
      Node next = ready.isEmpty() ? waiting.pollFirst() : ready.poll();
      placed.add(next.index());
      ordered.addAll(next.changes());
      for (int successor : successors.getOrDefault(next.index(), Set.of())) {
        if (placed.contains(successor) || predecessors.merge(successor, -1, Integer::sum) > 0) {
          continue;
        }
        Node node = nodes.get(successor);
        if (waiting.remove(node)) {
          ready.add(node);
        }
      }
    }
    return List.copyOf(ordered);
  }

  private static List<Node> nodes(List<SchemaChange> changes, DatabaseSchema current) {
    Set<String> recreated = recreated(changes);
    Set<String> views = new HashSet<>();
    current.views().forEach(v -> views.add(v.name().toString()));
    for (SchemaChange change : changes) {
      if (change instanceof CreateView c) {
        views.add(c.view().name().toString());
      } else if (change instanceof DropView c) {
        views.add(c.view().name().toString());
      } else if (change instanceof ReplaceView c) {
        views.add(c.to().name().toString());
      } else if (change instanceof RebuildViews c) {
        c.created().forEach(v -> views.add(v.name().toString()));
      }
    }
    Set<Privilege> privileges = new HashSet<>(current.privileges());
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      SchemaChange change = changes.get(i);
      if (change instanceof RebuildViews c && c.changes().size() > 1) {
        // The changes the views are rebuilt around are applied in the order of their own graph.
        change = new RebuildViews(c.dropped(), sort(c.changes(), current), c.created());
      }
      List<SchemaChange> members = List.of(change);
      if (DropFunction.recreatesAt(changes, i) && !usesRecreatedType((DropFunction) change, recreated)) {
        members = List.of(change, changes.get(++i));
      }
      boolean undone = undone(change, privileges);
      Footprint footprint = Footprint.NONE;
      for (SchemaChange member : members) {
        footprint = footprint.plus(Footprints.of(member));
      }
      if (change instanceof GrantPrivilege || change instanceof RevokePrivilege) {
        // An undone privilege needs its object as it is before the run, an applied one as it is after.
        footprint = undone
            ? new Footprint(Set.of(), Set.of(), footprint.needsBefore(), Set.of())
            : new Footprint(Set.of(), Set.of(), Set.of(), footprint.needsAfter());
      }
      nodes.add(new Node(nodes.size(), members, footprint, Rank.of(change, recreated, views, undone)));
    }
    return nodes;
  }

  /** @return the functions (signatures) and composite types (names) that the run drops and creates again */
  private static Set<String> recreated(List<SchemaChange> changes) {
    Set<String> dropped = new HashSet<>();
    Set<String> created = new HashSet<>();
    for (SchemaChange change : changes) {
      if (change instanceof DropFunction c) {
        dropped.add(c.function().signature());
      } else if (change instanceof CreateFunction c) {
        created.add(c.function().signature());
      } else if (change instanceof DropCompositeType c) {
        dropped.add(c.type().name().toString());
      } else if (change instanceof CreateCompositeType c) {
        created.add(c.type().name().toString());
      }
    }
    dropped.retainAll(created);
    return dropped;
  }

  /**
   * @return whether a function dropped and created again takes or returns a type the run drops and creates again:
   *     then its two changes are apart, the drop before the type's and the creation after
   */
  private static boolean usesRecreatedType(DropFunction drop, Set<String> recreated) {
    return Footprints.of(drop).needsBefore().stream()
        .anyMatch(id -> id.kind() == ObjectId.Kind.TYPE && recreated.contains(id.key()));
  }

  /** @return whether {@code change} undoes a privilege the current state has (rather than applying a declared one) */
  private static boolean undone(SchemaChange change, Set<Privilege> current) {
    if (change instanceof RevokePrivilege c) {
      return has(current, c.target(), c.grantee(), c.privilege(), false);
    }
    if (change instanceof GrantPrivilege c) {
      return has(current, c.target(), c.grantee(), c.privilege(), true);
    }
    return false;
  }

  private static boolean has(Set<Privilege> privileges, PrivilegeTarget target, String grantee, String privilege, boolean revoked) {
    return privileges.stream().anyMatch(p -> p.target().equals(target) && p.grantee().equals(grantee)
        && p.privilege().equals(privilege) && p.revoked() == revoked);
  }

  /** @return for each node, the nodes that must come after it */
  private static Map<Integer, Set<Integer>> edges(List<Node> nodes) {
    Map<ObjectId, List<Integer>> creators = new HashMap<>();
    Map<ObjectId, List<Integer>> droppers = new HashMap<>();
    for (Node node : nodes) {
      node.footprint().creates().forEach(id -> creators.computeIfAbsent(id, k -> new ArrayList<>()).add(node.index()));
      node.footprint().drops().forEach(id -> droppers.computeIfAbsent(id, k -> new ArrayList<>()).add(node.index()));
    }
    Map<Integer, Set<Integer>> successors = new HashMap<>();
    for (Node node : nodes) {
      int n = node.index();
      for (ObjectId id : node.footprint().needsAfter()) {
        creators.getOrDefault(id, List.of()).forEach(c -> edge(successors, c, n));
      }
      for (ObjectId id : node.footprint().needsBefore()) {
        droppers.getOrDefault(id, List.of()).forEach(d -> edge(successors, n, d));
      }
      for (ObjectId id : node.footprint().drops()) {
        if (id.kind() == ObjectId.Kind.FUNCTION_NAME) {
          continue; // overloads of one name live side by side: dropping one is no condition for creating another
        }
        // Two changes that each replace an object (a retype, an enum's labels) in turn do not order each other by it.
        creators.getOrDefault(id, List.of()).stream()
            .filter(c -> !nodes.get(c).footprint().drops().contains(id) || !node.footprint().creates().contains(id))
            .forEach(c -> edge(successors, n, c));
      }
    }
    return successors;
  }

  private static void edge(Map<Integer, Set<Integer>> successors, int from, int to) {
    if (from != to) {
      successors.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
    }
  }

  /**
   * @return for each node, the lowest rank among it and every node that waits for it, directly or not: a change
   *     others wait for is placed as early as the earliest of them would be
   */
  private static int[] effectiveRanks(List<Node> nodes, Map<Integer, Set<Integer>> successors) {
    int[] effective = new int[nodes.size()];
    nodes.forEach(n -> effective[n.index()] = n.rank().ordinal());
    // Relaxation to a fixpoint; a cycle cannot make it loop, since ranks only go down.
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int n = nodes.size() - 1; n >= 0; n--) {
        for (int s : successors.getOrDefault(n, Set.of())) {
          if (effective[s] < effective[n]) {
            effective[n] = effective[s];
            changed = true;
          }
        }
      }
    }
    return effective;
  }
}
