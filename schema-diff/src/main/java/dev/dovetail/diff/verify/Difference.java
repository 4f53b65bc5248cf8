package dev.dovetail.diff.verify;

import dev.dovetail.core.change.RebuildViews;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.change.Subject;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One object on which two schemas differ, as {@code migrations:verify} reports it: which object, in which direction,
 * and the change that would remove the difference.
 *
 * @param kind whether the object is only in the expected schema, only in the actual one, or in both but different
 * @param object the object, kind first ({@code column public.customers.phone}); stable, so a drift baseline can
 *     name it
 * @param change one sentence saying what would turn the actual schema into the expected one
 */
public record Difference(Kind kind, String object, String change) {

  /** The direction of a difference, from the actual schema towards the expected one. */
  public enum Kind {
    /** The expected schema has the object; the actual one does not. */
    ADDED,
    /** The actual schema has the object; the expected one does not. */
    REMOVED,
    /** Both have it, differently. */
    CHANGED
  }

  public Difference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(change, "change");
  }

  /**
   * @return the differences the changes that turn one schema into another stand for, one per object, in order: the
   *     object is the change's subject's, the direction its verb's; a view rebuild stands for the changes it wraps
   *     (the views are dropped and created again unchanged around them)
   */
  public static List<Difference> of(List<SchemaChange> changes) {
    return changes.stream()
        .flatMap(Difference::unwrapped)
        .map(Difference::of)
        .distinct()
        .toList();
  }

  private static Stream<SchemaChange> unwrapped(SchemaChange change) {
    return change instanceof RebuildViews rebuild ? rebuild.changes().stream().flatMap(Difference::unwrapped) : Stream.of(change);
  }

  private static Difference of(SchemaChange change) {
    Subject subject = change.subject();
    Kind kind = subject.verb().adds() ? Kind.ADDED : subject.verb().removes() ? Kind.REMOVED : Kind.CHANGED;
    return new Difference(kind, subject.object(), change.describe());
  }
}
