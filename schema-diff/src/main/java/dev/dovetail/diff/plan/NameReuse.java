package dev.dovetail.diff.plan;

import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.Subject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a drop must happen before a later change of the same run, so that it cannot wait for the contract
 * phase: a later change creates a relation or type under the name it drops (tables, views, sequences and types
 * share PostgreSQL's relation and type namespaces, {@link SchemaChange#freesNames()} and
 * {@link SchemaChange#takesNames()}), or a dropped partition's table gets new or moved partitions, whose bounds may
 * overlap the dropped one; or, from the change graph ({@link Footprints}), a later change creates an object
 * it drops.
 */
final class NameReuse {

  private NameReuse() {}

  /** @return whether a change after {@code changes[i]} needs what it drops to be gone first */
  static boolean reusedLater(List<SchemaChange> changes, int i) {
    Set<ObjectId> drops = Footprints.of(changes.get(i)).drops();
    if (!drops.isEmpty()) {
      // What the change graph knows: a later change creates an object this one drops (a function dropped and
      // created again around a type, a constraint or key under the same name).
      for (SchemaChange later : changes.subList(i + 1, changes.size())) {
        if (Footprints.of(later).creates().stream().anyMatch(drops::contains)) {
          return true;
        }
      }
    }
    Set<String> dropped = dropped(changes.get(i));
    if (dropped.isEmpty()) {
      return false;
    }
    for (SchemaChange later : changes.subList(i + 1, changes.size())) {
      Set<String> created = created(later);
      created.retainAll(dropped);
      if (!created.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> dropped(SchemaChange change) {
    Set<String> names = new HashSet<>();
    change.freesNames().forEach(n -> names.add(n.toString()));
    Subject s = change.subject();
    if (s.kind() == Subject.Kind.PARTITION && s.verb() == Subject.Verb.DROP) {
      names.add(boundsOf(s));
    }
    return names;
  }

  private static Set<String> created(SchemaChange change) {
    Set<String> names = new HashSet<>();
    change.takesNames().forEach(n -> names.add(n.toString()));
    Subject s = change.subject();
    if (s.kind() == Subject.Kind.PARTITION && (s.verb() == Subject.Verb.CREATE || s.verb() == Subject.Verb.ALTER)) {
      names.add(boundsOf(s));
    }
    return names;
  }

  /** @return what a partition's bound takes: a range or list of its table's */
  private static String boundsOf(Subject partition) {
    return "partitions of " + partition.member();
  }
}
