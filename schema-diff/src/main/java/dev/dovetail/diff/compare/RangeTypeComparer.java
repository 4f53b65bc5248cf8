package dev.dovetail.diff.compare;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreateRangeType;
import dev.dovetail.core.change.DropRangeType;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.RangeType;
import java.util.ArrayList;
import java.util.List;

/**
 * Range types: created and dropped, their comment changed in place. PostgreSQL cannot alter a range type's
 * definition, and one in use cannot be dropped, so a range type whose definition changes is refused.
 */
final class RangeTypeComparer {

  private RangeTypeComparer() {}

  static List<SchemaChange> compare(DatabaseSchema current, DatabaseSchema declared) {
    List<SchemaChange> changes = new ArrayList<>();
    Keyed<QualifiedName, RangeType> types = Keyed.of(current.rangeTypes(), declared.rangeTypes(), RangeType::name);
    types.removed().forEach(t -> changes.add(new DropRangeType(t)));
    types.added().forEach(t -> changes.add(new CreateRangeType(t)));
    for (Keyed.Both<RangeType> t : types.kept()) {
      RangeType old = t.from();
      RangeType type = t.to();
      if (!old.withComment(null).equals(type.withComment(null))) {
        throw new MigrationException(
            ErrorCode.UNSUPPORTED_CHANGE,
            "range type " + type.name() + " changes its definition (" + definition(old) + " to " + definition(type)
                + "), which PostgreSQL cannot alter; declare a range type of another name, move the columns to it, then"
                + " drop the old one");
      }
      changes.addAll(Comments.of(Comments.target(CommentTarget.Kind.TYPE, type.name(), null), old.comment(), type.comment()));
    }
    return changes;
  }

  private static String definition(RangeType type) {
    List<String> parts = new ArrayList<>(List.of("subtype " + type.subtype()));
    if (type.subtypeOpclass() != null) {
      parts.add("operator class " + type.subtypeOpclass());
    }
    if (type.collation() != null) {
      parts.add("collation " + type.collation());
    }
    if (type.canonical() != null) {
      parts.add("canonical " + type.canonical());
    }
    if (type.subtypeDiff() != null) {
      parts.add("subtype_diff " + type.subtypeDiff());
    }
    parts.add("multirange " + type.multirange());
    return String.join(", ", parts);
  }
}
