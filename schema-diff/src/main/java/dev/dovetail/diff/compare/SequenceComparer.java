package dev.dovetail.diff.compare;

import dev.dovetail.core.change.AlterSequence;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreateSequence;
import dev.dovetail.core.change.DropSequence;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Sequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Sequences that do not travel with their owner ({@link OwnedSequences}). A new one is created without an owner and
 * attached once the owner column exists; one that goes is detached first and dropped once no default needs it, so
 * that no owner's drop takes it along early. An owner that changes is detached and the new one attached the same way.
 */
final class SequenceComparer {

  private SequenceComparer() {}

  static List<SchemaChange> compare(DatabaseSchema current, DatabaseSchema declared, OwnedSequences owned) {
    List<SchemaChange> changes = new ArrayList<>();
    Keyed<QualifiedName, Sequence> sequences = Keyed.of(current.sequences(), declared.sequences(), Sequence::name);
    for (Sequence s : sequences.added()) {
      if (!owned.travels(s)) {
        changes.add(new CreateSequence(s.withoutOwner()));
        if (s.ownedBy() != null) {
          changes.add(new AlterSequence(s.withoutOwner(), s));
        }
      }
    }
    for (Sequence s : sequences.removed()) {
      if (!owned.travels(s)) {
        if (s.ownedBy() != null) {
          changes.add(new AlterSequence(s, s.withoutOwner()));
        }
        changes.add(new DropSequence(s.withoutOwner()));
      }
    }
    for (Keyed.Both<Sequence> s : sequences.kept()) {
      changes.addAll(Comments.of(Comments.target(CommentTarget.Kind.SEQUENCE, s.to().name(), null), s.from().comment(), s.to().comment()));
      Sequence old = s.from().withComment(null);
      Sequence updated = s.to().withComment(null);
      if (updated.equals(old)) {
        continue;
      }
      Sequence start = old;
      if (old.ownedBy() != null && !old.ownedBy().equals(updated.ownedBy())) {
        start = old.withoutOwner();
        changes.add(new AlterSequence(old, start));
      }
      if (!start.equals(updated)) {
        changes.add(new AlterSequence(start, updated));
      }
    }
    return changes;
  }
}
