package dev.dovetail.diff.compare;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.change.AlterCompositeType;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreateCompositeType;
import dev.dovetail.core.change.DropCompositeType;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.Attribute;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ColumnRef;
import dev.dovetail.core.model.CompositeType;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * Composite types. Attributes are appended, removed at the end or retyped in place with {@code ALTER TYPE}; any
 * other change of their order needs the type dropped and created again, which only a type no column uses allows.
 */
final class CompositeTypeComparer {

  private CompositeTypeComparer() {}

  static List<SchemaChange> compare(DatabaseSchema current, DatabaseSchema declared) {
    List<SchemaChange> changes = new ArrayList<>();
    Keyed<QualifiedName, CompositeType> types = Keyed.of(current.compositeTypes(), declared.compositeTypes(), CompositeType::name);
    types.removed().forEach(t -> changes.add(new DropCompositeType(t)));
    for (Keyed.Both<CompositeType> t : types.declared()) {
      CompositeType old = t.from();
      CompositeType type = t.to();
      if (old == null) {
        changes.add(new CreateCompositeType(type));
        continue;
      }
      QualifiedName name = type.name();
      changes.addAll(Comments.of(Comments.target(CommentTarget.Kind.TYPE, name, null), old.comment(), type.comment()));
      for (Attribute attribute : type.attributes()) {
        old.attribute(attribute.name()).ifPresent(a -> changes.addAll(
            Comments.of(Comments.target(CommentTarget.Kind.COLUMN, name, a.name()), a.comment(), attribute.comment())));
      }
      if (!old.shape().equals(type.shape())) {
        changes.addAll(reshape(current, old, type));
      }
    }
    return changes;
  }

  /**
   * @return the references ({@code format_type}) of the composite types that are dropped and created again: a
   *     function taking or returning one must be dropped before and created after ({@link FunctionComparer})
   */
  static Set<String> recreated(DatabaseSchema current, DatabaseSchema declared) {
    Set<String> recreated = new HashSet<>();
    for (Keyed.Both<CompositeType> t : Keyed.of(current.compositeTypes(), declared.compositeTypes(), CompositeType::name).kept()) {
      if (!t.from().shape().equals(t.to().shape()) && !appendsOrTruncates(t.from(), t.to())) {
        recreated.add(t.from().reference());
      }
    }
    return recreated;
  }

  private static List<SchemaChange> reshape(DatabaseSchema current, CompositeType old, CompositeType type) {
    List<String> users = users(current, old);
    if (!appendsOrTruncates(old, type)) {
      if (!users.isEmpty()) {
        throw new MigrationException(
            ErrorCode.UNSUPPORTED_CHANGE,
            "composite type " + type.name() + " changes the order of its attributes while " + String.join(", ", users)
                + " use it; ALTER TYPE can only append attributes or remove the last ones. Declare a new type, move the"
                + " columns to it, then drop the old one");
      }
      return List.of(new DropCompositeType(old), new CreateCompositeType(type));
    }
    boolean retypes = type.attributes().stream()
        .anyMatch(a -> old.attribute(a.name()).filter(o -> !o.withComment(null).equals(a.withComment(null))).isPresent());
    if (retypes && !users.isEmpty()) {
      throw new MigrationException(
          ErrorCode.UNSUPPORTED_CHANGE,
          "composite type " + type.name() + " changes the type of an attribute while " + String.join(", ", users)
              + " use it, which PostgreSQL refuses; declare a new type, move the columns to it, then drop the old one");
    }
    return List.of(new AlterCompositeType(old, type));
  }

  /**
   * @return whether the attributes both types have come first in both, in the same order: then dropping the
   *     others of {@code from} and appending the others of {@code to} gets there, and the inverse gets back
   */
  private static boolean appendsOrTruncates(CompositeType from, CompositeType to) {
    List<String> kept = from.attributes().stream().map(Attribute::name).filter(n -> to.attribute(n).isPresent()).toList();
    List<String> fromNames = from.attributes().stream().map(Attribute::name).toList();
    List<String> toNames = to.attributes().stream().map(Attribute::name).toList();
    return fromNames.subList(0, kept.size()).equals(kept) && toNames.subList(0, kept.size()).equals(kept);
  }

  /** @return the table columns whose type is {@code type} or an array of it, as {@code column table.column} */
  private static List<String> users(DatabaseSchema schema, CompositeType type) {
    List<String> users = new ArrayList<>();
    for (Table table : schema.tables()) {
      for (Column column : table.columns()) {
        if (column.holds(type.reference())) {
          users.add("column " + new ColumnRef(table.name(), column.name()));
        }
      }
    }
    return users;
  }
}
