package dev.dovetail.diff.compare;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.change.AlterExtension;
import dev.dovetail.core.change.CommentTarget;
import dev.dovetail.core.change.CreateExtension;
import dev.dovetail.core.change.CreateSchema;
import dev.dovetail.core.change.DropExtension;
import dev.dovetail.core.change.DropSchema;
import dev.dovetail.core.change.SchemaChange;
import dev.dovetail.core.model.DatabaseSchema;
import dev.dovetail.core.model.Extension;
import dev.dovetail.core.model.PgSchema;
import java.util.ArrayList;
import java.util.List;

/** Schemas and extensions. */
final class SchemaComparer {

  private SchemaComparer() {}

  static List<SchemaChange> compare(DatabaseSchema current, DatabaseSchema declared) {
    List<SchemaChange> changes = new ArrayList<>();
    Keyed<String, PgSchema> schemas = Keyed.of(current.schemas(), declared.schemas(), PgSchema::name);
    schemas.added().forEach(s -> changes.add(new CreateSchema(s)));
    schemas.removed().forEach(s -> changes.add(new DropSchema(s)));
    for (Keyed.Both<PgSchema> s : schemas.kept()) {
      changes.addAll(Comments.of(new CommentTarget(CommentTarget.Kind.SCHEMA, s.to().name(), null, null), s.from().comment(), s.to().comment()));
    }
    Keyed<String, Extension> extensions = Keyed.of(current.extensions(), declared.extensions(), Extension::name);
    extensions.added().forEach(e -> changes.add(new CreateExtension(e)));
    extensions.removed().forEach(e -> changes.add(new DropExtension(e)));
    extensions.kept().stream().filter(e -> !e.from().equals(e.to())).forEach(e -> changes.add(updated(e.from(), e.to())));
    return changes;
  }

  /**
   * An extension at another version or in another schema. A version its scripts cannot update it to (usually an
   * older one: extensions rarely ship downgrade scripts) is refused here, with the way to do it by hand, rather than
   * planned as an up that fails.
   */
  private static AlterExtension updated(Extension from, Extension to) {
    if (!from.canUpdateTo(to.version())) {
      throw new MigrationException(
          ErrorCode.UNSUPPORTED_CHANGE,
          "extension " + to.name() + " has no update path from version " + from.version() + " to " + to.version()
              + " (PostgreSQL's extension scripts rarely go back): declare version " + from.version()
              + ", or drop and create the extension at " + to.version() + " by hand if that is safe for the objects that use it");
    }
    return new AlterExtension(from, to);
  }
}
