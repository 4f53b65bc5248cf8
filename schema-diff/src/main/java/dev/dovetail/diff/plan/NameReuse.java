package dev.dovetail.diff.plan;

import dev.dovetail.core.change.AlterPartitionBound;
import dev.dovetail.core.change.CreateCompositeType;
import dev.dovetail.core.change.CreateDomain;
import dev.dovetail.core.change.CreateEnum;
import dev.dovetail.core.change.CreatePartition;
import dev.dovetail.core.change.CreateSequence;
import dev.dovetail.core.change.CreateTable;
import dev.dovetail.core.change.CreateView;
import dev.dovetail.core.change.DropCompositeType;
import dev.dovetail.core.change.DropDomain;
import dev.dovetail.core.change.DropEnum;
import dev.dovetail.core.change.DropPartition;
import dev.dovetail.core.change.DropSequence;
import dev.dovetail.core.change.DropTable;
import dev.dovetail.core.change.SchemaChange;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a drop must happen before a later change of the same run, so that it cannot wait for the contract
 * phase: a later change creates a relation or type under the name it drops (tables, views, sequences and types
 * share PostgreSQL's relation and type namespaces), or a dropped partition's table gets new or moved partitions,
 * whose bounds may overlap the dropped one.
 */
final class NameReuse {

  private NameReuse() {}

  /** @return whether a change after {@code changes[i]} needs what it drops to be gone first */
  static boolean reusedLater(List<SchemaChange> changes, int i) {
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
    if (change instanceof DropTable c) {
      names.add(c.table().name().toString());
    } else if (change instanceof DropSequence c) {
      names.add(c.sequence().name().toString());
    } else if (change instanceof DropEnum c) {
      names.add(c.type().name().toString());
    } else if (change instanceof DropDomain c) {
      names.add(c.domain().name().toString());
    } else if (change instanceof DropCompositeType c) {
      names.add(c.type().name().toString());
    } else if (change instanceof DropPartition c) {
      names.add(c.partition().name().toString());
      names.add("partitions of " + c.table());
    }
    return names;
  }

  private static Set<String> created(SchemaChange change) {
    Set<String> names = new HashSet<>();
    if (change instanceof CreateTable c) {
      names.add(c.table().name().toString());
      c.table().partitions().forEach(p -> names.add(p.name().toString()));
    } else if (change instanceof CreateView c) {
      names.add(c.view().name().toString());
    } else if (change instanceof CreateSequence c) {
      names.add(c.sequence().name().toString());
    } else if (change instanceof CreateEnum c) {
      names.add(c.type().name().toString());
    } else if (change instanceof CreateDomain c) {
      names.add(c.domain().name().toString());
    } else if (change instanceof CreateCompositeType c) {
      names.add(c.type().name().toString());
    } else if (change instanceof CreatePartition c) {
      names.add(c.partition().name().toString());
      names.add("partitions of " + c.table());
    } else if (change instanceof AlterPartitionBound c) {
      names.add("partitions of " + c.table());
    }
    return names;
  }
}
