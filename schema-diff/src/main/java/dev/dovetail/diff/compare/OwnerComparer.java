package dev.dovetail.diff.compare;

import dev.dovetail.core.change.AlterOwner;
import dev.dovetail.core.change.CreatePartition;
import dev.dovetail.core.change.CreateTable;
import dev.dovetail.core.change.DropPartition;
import dev.dovetail.core.change.DropTable;
import dev.dovetail.core.change.RebuildViews;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.Subject;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Ownership;
import dev.dovetail.core.model.Ownerships;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.View;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Owners ({@link DatabaseSchema#owners()}). An owner is managed where the declared schema states one: a kept object
 * whose stated owner differs from its current one is given to it; an object the declared schema has without a stated
 * owner keeps the one it has. An object created by the run (or dropped and created again by it) is given to its
 * stated owner after its creation, and one dropped by the run (or dropped to be created again) is given back to the
 * role that runs the migration before its drop, so that the down, which creates it again as that role, gives it back
 * to the owner it had. A partition, at any depth, has an owner of its own, as in PostgreSQL (pg_dump states it).
 */
final class OwnerComparer {

  private OwnerComparer() {}

  private static final Set<Subject.Kind> KINDS = EnumSet.noneOf(Subject.Kind.class);

  static {
    for (Ownership.Kind kind : Ownership.Kind.values()) {
      KINDS.add(Subject.Kind.valueOf(kind.name()));
    }
  }

  /** @return the owner changes that take {@code current} to {@code declared}, given the other changes of the run */
  static List<SchemaChange> compare(DatabaseSchema current, DatabaseSchema declared, List<SchemaChange> changes) {
    Map<Ownership.Target, String> from = Ownerships.byTarget(current);
    Map<Ownership.Target, String> to = Ownerships.byTarget(declared);
    Set<Ownership.Target> before = Ownerships.targets(current);
    Set<Ownership.Target> after = Ownerships.targets(declared);
    Set<Ownership.Target> recreated = recreated(changes);
    Set<Ownership.Target> all = new TreeSet<>(before);
    all.addAll(after);
    List<SchemaChange> owners = new ArrayList<>();
    for (Ownership.Target target : all) {
      boolean exists = before.contains(target);
      boolean stays = after.contains(target);
      boolean again = exists && stays && recreated.contains(target);
      String was = from.get(target);
      String stated = to.get(target);
      if (exists && (!stays || again) && was != null) {
        owners.add(new AlterOwner(target, null, was));
      }
      if (stays && (!exists || again)) {
        String owner = stated != null ? stated : again ? was : null;
        if (owner != null) {
          owners.add(new AlterOwner(target, owner, null));
        }
      } else if (exists && stays && stated != null && !stated.equals(was)) {
        owners.add(new AlterOwner(target, stated, was));
      }
    }
    return owners;
  }

  /** @return the objects the changes drop and create again, which lose their owner on the way */
  private static Set<Ownership.Target> recreated(List<SchemaChange> changes) {
    Set<Ownership.Target> dropped = new HashSet<>();
    Set<Ownership.Target> created = new HashSet<>();
    collect(changes, dropped, created);
    dropped.retainAll(created);
    return dropped;
  }

  private static void collect(List<SchemaChange> changes, Set<Ownership.Target> dropped, Set<Ownership.Target> created) {
    for (SchemaChange change : changes) {
      if (change instanceof RebuildViews rebuild) {
        rebuild.dropped().forEach(v -> dropped.add(view(v)));
        rebuild.created().forEach(v -> created.add(view(v)));
        collect(rebuild.changes(), dropped, created);
        continue;
      }
      // Partitions, which have owners of their own, come and go with their table or the partition above them.
      if (change instanceof CreateTable c) {
        c.table().allPartitions().forEach(p -> created.add(table(p.name())));
      } else if (change instanceof DropTable c) {
        c.table().allPartitions().forEach(p -> dropped.add(table(p.name())));
      } else if (change instanceof CreatePartition c) {
        c.partition().tree().forEach(p -> created.add(table(p.name())));
      } else if (change instanceof DropPartition c) {
        c.partition().tree().forEach(p -> dropped.add(table(p.name())));
      }
      Subject subject = change.subject();
      if (!KINDS.contains(subject.kind())) {
        continue;
      }
      // An enum replaced by a new type of its name (RECREATE) keeps its owner: the replacement gives the new type the
      // old one's owner in SQL, whichever it is, in both directions.
      if (subject.verb() == Subject.Verb.DROP) {
        dropped.add(target(subject));
      } else if (subject.verb() == Subject.Verb.CREATE) {
        created.add(target(subject));
      }
    }
  }

  private static Ownership.Target table(QualifiedName name) {
    return new Ownership.Target(Ownership.Kind.TABLE, name.schema(), name.name(), null);
  }

  private static Ownership.Target view(View view) {
    return new Ownership.Target(
        view.materialized() ? Ownership.Kind.MATERIALIZED_VIEW : Ownership.Kind.VIEW, view.name().schema(), view.name().name(), null);
  }

  private static Ownership.Target target(Subject subject) {
    Ownership.Kind kind = Ownership.Kind.valueOf(subject.kind().name());
    boolean routine = kind == Ownership.Kind.FUNCTION || kind == Ownership.Kind.PROCEDURE;
    return new Ownership.Target(
        kind, Objects.requireNonNull(subject.schema()), kind == Ownership.Kind.SCHEMA ? null : subject.name(), routine ? subject.member() : null);
  }
}
