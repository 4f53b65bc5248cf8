package dev.dovetail.diff.compare;

import dev.dovetail.core.change.AlterConstraintValidity;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.Constraint;
import dev.dovetail.core.model.QualifiedName;
import java.util.List;
import java.util.Optional;

/**
 * The validity of checks and foreign keys ({@code NOT VALID} or validated), part of a constraint's state: a constraint
 * that changes nothing else changes in place ({@link AlterConstraintValidity}), and one that is taken off and put back
 * around another change comes back with the validity declared.
 */
final class Validity {

  private Validity() {}

  /** @return whether {@code to} is {@code from} but for its validity (and comment), which differs */
  static boolean onlyValidityChanges(Constraint from, Constraint to) {
    return from.validated() != to.validated() && from.withComment(null).withValidated(to.validated()).equals(to.withComment(null));
  }

  /** @return whether the two are the same constraint, their validity and comment aside */
  static boolean sameButValidity(Constraint a, Constraint b) {
    return a.withComment(null).withValidated(true).equals(b.withComment(null).withValidated(true));
  }

  /**
   * Takes the validity change of a constraint out of {@code changes}, for a constraint that is dropped and added back
   * around another change: its addition carries the declared validity instead.
   *
   * @return the constraint as declared, if {@code changes} changed its validity
   */
  static Optional<Constraint> absorb(List<SchemaChange> changes, QualifiedName table, String constraint) {
    for (SchemaChange change : changes) {
      if (change instanceof AlterConstraintValidity v && v.table().equals(table) && v.from().name().equals(constraint)) {
        changes.remove(change);
        return Optional.of(v.to());
      }
    }
    return Optional.empty();
  }
}
