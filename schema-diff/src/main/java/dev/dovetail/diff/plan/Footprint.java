package dev.dovetail.diff.plan;

import java.util.Set;
import java.util.TreeSet;

/**
 * What one change does to the catalog, as object identities: the graph orders changes from these alone. The
 * footprint of a change's inverse is its own with creates and drops swapped and the needs of the state before and
 * after swapped, so an order valid for the ups is valid in reverse for the downs.
 *
 * @param creates the objects that exist after the change and not before
 * @param drops the objects that exist before the change and not after
 * @param needsBefore the objects the change needs as they are before it runs (it must run before they are dropped)
 * @param needsAfter the objects the change needs as they are after it runs (it must run after they are created)
 */
record Footprint(Set<ObjectId> creates, Set<ObjectId> drops, Set<ObjectId> needsBefore, Set<ObjectId> needsAfter) {

  Footprint {
    creates = Set.copyOf(creates);
    drops = Set.copyOf(drops);
    needsBefore = Set.copyOf(needsBefore);
    needsAfter = Set.copyOf(needsAfter);
  }

  static final Footprint NONE = new Footprint(Set.of(), Set.of(), Set.of(), Set.of());

  /** @return the footprint of the inverse change */
  Footprint inverse() {
    return new Footprint(drops, creates, needsAfter, needsBefore);
  }

  /** @return both footprints at once, as for changes applied together in one migration */
  Footprint plus(Footprint other) {
    return new Footprint(union(creates, other.creates), union(drops, other.drops), union(needsBefore, other.needsBefore),
        union(needsAfter, other.needsAfter));
  }

  private static Set<ObjectId> union(Set<ObjectId> a, Set<ObjectId> b) {
    Set<ObjectId> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  /** Collects a footprint. */
  static final class Builder {
    final Set<ObjectId> creates = new TreeSet<>();
    final Set<ObjectId> drops = new TreeSet<>();
    final Set<ObjectId> needsBefore = new TreeSet<>();
    final Set<ObjectId> needsAfter = new TreeSet<>();

    Footprint build() {
      return new Footprint(creates, drops, needsBefore, needsAfter);
    }
  }
}
