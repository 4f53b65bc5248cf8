package dev.dovetail.diff.compare;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.change.CreateCollation;
import dev.dovetail.core.change.DropCollation;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.Collation;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * Collations: created and dropped; PostgreSQL cannot alter one, and a collation in use cannot be dropped, so a
 * collation whose definition changes is refused.
 */
final class CollationComparer {

  private CollationComparer() {}

  static List<SchemaChange> compare(DatabaseSchema current, DatabaseSchema declared) {
    List<SchemaChange> changes = new ArrayList<>();
    Keyed<QualifiedName, Collation> collations = Keyed.of(current.collations(), declared.collations(), Collation::name);
    collations.removed().forEach(c -> changes.add(new DropCollation(c)));
    collations.added().forEach(c -> changes.add(new CreateCollation(c)));
    for (Keyed.Both<Collation> c : collations.kept()) {
      if (!c.from().equals(c.to())) {
        throw new MigrationException(
            ErrorCode.UNSUPPORTED_CHANGE,
            "collation " + c.to().name() + " changes its definition, which Dovetail cannot migrate yet; declare a collation"
                + " of another name, move the columns to it, then drop the old one");
      }
    }
    return changes;
  }
}
