package dev.dovetail.diff.plan;

import dev.dovetail.core.change.AlterOwner;
import dev.dovetail.core.change.GrantPrivilege;
import dev.dovetail.core.change.RevokePrivilege;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.PrivilegeTarget;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.Phase;
import dev.dovetail.core.plan.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Puts an owner change into the migration of the object's creation or drop: a new object (or one created again) is
 * given to its stated owner in the migration that creates it, and an object that is dropped (or dropped to be created
 * again) is given back to the role that runs the migration in the migration that drops it, right before. So an
 * object is never left with another owner between two migrations, and a drop waiting in the contract phase keeps
 * its owner until then. An owner change of an object that stays is a migration of its own.
 *
 * <p>An object that a contract migration drops and creates again (the views a shadow column's swap rebuilds) is given
 * its owner and privileges in that migration too: a grant or an owner change that would otherwise run in the expand
 * phase, on the object as it still is then, follows its creation in the swap, and a revoke that would otherwise take
 * the privilege away in the expand phase, while the old application still uses it, precedes its drop there.
 */
final class OwnerSteps {

  private OwnerSteps() {}

  /** @return the migrations with the owner changes of created and dropped objects merged into them */
  static List<Migration> merge(List<Migration> migrations) {
    List<Migration> result = new ArrayList<>(migrations);
    for (int i = 0; i < result.size(); i++) {
      Migration privilege = result.get(i);
      if (privilege.phase() == Phase.EXPAND && (privilege.change() instanceof GrantPrivilege || privilege.change() instanceof RevokePrivilege)) {
        ObjectId object = relation(privilege.change());
        boolean grant = privilege.change() instanceof GrantPrivilege;
        int into = object == null ? -1
            : grant ? createdInContract(result, i, object)
            : find(result, i + 1, 1, m -> m.phase() == Phase.CONTRACT && Footprints.of(m.change()).drops().contains(object));
        if (into >= 0) {
          result.set(into, with(result.get(into), privilege, grant));
          result.remove(i);
          i--;
        }
        continue;
      }
      if (!(result.get(i).change() instanceof AlterOwner owner)) {
        continue;
      }
      Migration step = result.get(i);
      Footprint footprint = Footprints.of(owner);
      int into = -1;
      if (owner.previous() == null) {
        ObjectId object = footprint.needsAfter().iterator().next();
        into = find(result, i - 1, -1, m -> Footprints.of(m.change()).creates().contains(object));
        if (into < 0) {
          into = createdInContract(result, i, object);
        }
        if (into >= 0) {
          result.set(into, with(result.get(into), step, true));
        }
      } else if (owner.owner() == null) {
        ObjectId object = footprint.needsBefore().iterator().next();
        into = find(result, i + 1, 1, m -> Footprints.of(m.change()).drops().contains(object));
        if (into >= 0) {
          result.set(into, with(result.get(into), step, false));
        }
      }
      if (into >= 0) {
        result.remove(i);
        i--;
      }
    }
    return result;
  }

  /** @return the later contract migration that creates {@code object} (again), or -1 */
  private static int createdInContract(List<Migration> migrations, int from, ObjectId object) {
    return find(migrations, from + 1, 1, m -> m.phase() == Phase.CONTRACT && Footprints.of(m.change()).creates().contains(object));
  }

  /** @return the relation a privilege change is on (a column's table or view included), or null for another object */
  private static ObjectId relation(SchemaChange change) {
    PrivilegeTarget target = change instanceof GrantPrivilege g ? g.target() : ((RevokePrivilege) change).target();
    return switch (target.kind()) {
      case TABLE, SEQUENCE, COLUMN -> ObjectId.relation(target.qualifiedName());
      default -> null;
    };
  }

  private static int find(List<Migration> migrations, int from, int direction, Function<Migration, Boolean> test) {
    for (int j = from; j >= 0 && j < migrations.size(); j += direction) {
      Migration m = migrations.get(j);
      if (!(m.change() instanceof AlterOwner) && !m.down().isEmpty() && test.apply(m)) {
        return j;
      }
    }
    return -1;
  }

  /** @return {@code migration} with the owner change's statements after its own ({@code after}) or before them */
  private static Migration with(Migration migration, Migration owner, boolean after) {
    List<Statement> up = new ArrayList<>();
    List<Statement> down = new ArrayList<>();
    if (after) {
      up.addAll(migration.up());
      up.addAll(owner.up());
      down.addAll(owner.down());
      down.addAll(migration.down());
    } else {
      up.addAll(owner.up());
      up.addAll(migration.up());
      down.addAll(migration.down());
      down.addAll(owner.down());
    }
    return new Migration(migration.name(), migration.description() + " " + owner.description(), migration.phase(),
        migration.change(), up, down, migration.transactional());
  }
}
