package dev.dovetail.diff.plan;

import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.plan.HazardType;
import dev.dovetail.core.plan.Lock;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Migrations of a plan that touch no object in common, in runs for the proof of a long plan: such migrations commute,
 * so the downs of a run of them, run in reverse right after its ups, give back the state before the run exactly when
 * each down gives back the state before its own up. The proof then reads the catalog twice per run rather than twice
 * per migration.
 *
 * <p>What a migration touches is judged coarsely, from two sources, and an object in common by either keeps two
 * migrations apart: its change's footprint (every object it creates, drops or needs), each object counted as its whole
 * table, type, function name or schema; and every relation a statement of its up or down locks (a view a retype takes
 * off and puts back is locked, though the change does not name it). A schema that a migration only needs does not
 * count. A migration runs alone when it creates or drops a schema, an extension or a collation, when its down is
 * written to refuse, or when neither source names anything but schemas (an extension updated in place: what it changes
 * is not known here). A change whose footprint names nothing, as a column's new default that calls no function, is
 * judged by the relations its statements lock.
 */
public final class IndependentRuns {

  private IndependentRuns() {}

  /**
   * @return the plan's migrations in runs of migrations that touch nothing in common, each migration in the earliest
   *     run after every earlier migration it has something in common with; within a run, in plan order. Proving the
   *     runs in order then applies every pair of migrations that share an object in plan order, and moves a migration
   *     only past migrations it commutes with.
   */
  public static List<List<Migration>> of(List<Migration> migrations) {
    List<List<Migration>> runs = new ArrayList<>();
    Map<String, Integer> lastRun = new HashMap<>();
    int barrier = 0; // no migration goes before a migration that runs alone
    for (Migration migration : migrations) {
      Set<String> own = touched(migration);
      boolean alone = own.contains(ALONE);
      int run = alone ? runs.size() : barrier;
      if (!alone) {
        for (String object : own) {
          Integer last = lastRun.get(object);
          if (last != null) {
            run = Math.max(run, last + 1);
          }
        }
      }
      if (run == runs.size()) {
        runs.add(new ArrayList<>());
      }
      runs.get(run).add(migration);
      for (String object : own) {
        lastRun.merge(object, run, Math::max);
      }
      if (alone) {
        barrier = run + 1;
      }
    }
    return runs.stream().map(List::copyOf).toList();
  }

  private static final String ALONE = "\0alone";

  private static Set<String> touched(Migration migration) {
    Set<String> touched = new HashSet<>();
    if (migration.hazards().stream().anyMatch(h -> h.type() == HazardType.IRREVERSIBLE)) {
      touched.add(ALONE);
    }
    Footprint footprint = Footprints.of(migration.change());
    Stream.of(footprint.creates(), footprint.drops())
        .flatMap(Set::stream)
        .forEach(id -> touched.add(GLOBAL.contains(id.kind()) ? ALONE : coarse(id)));
    Stream.of(footprint.needsBefore(), footprint.needsAfter())
        .flatMap(Set::stream)
        .filter(id -> id.kind() != ObjectId.Kind.SCHEMA) // a schema that stays, as most migrations need one
        .forEach(id -> touched.add(coarse(id)));
    Stream.concat(migration.up().stream(), migration.down().stream())
        .map(Statement::lock)
        .flatMap(lock -> lock.parts().stream())
        .map(Lock.Part::relations)
        .flatMap(List::stream)
        .forEach(relation -> touched.add(relation(relation)));
    if (touched.isEmpty()) {
      touched.add(ALONE);
    }
    return touched;
  }

  /** Kinds whose creation or removal may change the text of objects everywhere: such a migration runs alone. */
  private static final Set<ObjectId.Kind> GLOBAL = java.util.EnumSet.of(ObjectId.Kind.SCHEMA, ObjectId.Kind.EXTENSION, ObjectId.Kind.COLLATION);

  private static String coarse(ObjectId id) {
    String owner = id.key().split("\0", 2)[0];
    return switch (id.kind()) {
      case SCHEMA -> "schema " + owner;
      case EXTENSION -> "extension " + owner;
      case COLLATION -> "collation " + owner;
      case RELATION, COLUMN, COLUMN_TYPE, CONSTRAINT, KEY, TRIGGER, RULE, POLICY, PARTITION_BOUNDS, UNRESTRICTED_ROWS -> "relation " + owner;
      // a table's row type is the table
      case TYPE -> "relation " + owner;
      case FUNCTION, FUNCTION_NAME -> "function " + owner.replaceFirst("\\(.*", "");
      case STATISTICS -> "statistics " + owner;
    };
  }

  private static String relation(QualifiedName name) {
    return "relation " + name;
  }
}
