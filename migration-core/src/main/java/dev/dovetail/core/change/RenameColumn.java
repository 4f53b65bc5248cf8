package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.QualifiedName;
import java.util.List;
import java.util.Objects;

/**
 * A column renamed as a rename hint states it ({@code -- migrations:rename column public.users.email to
 * email_address}), with the constraints, indexes and sequences the declared schema names after the new name.
 *
 * @param table the table, by its name once any hinted table rename is applied
 * @param from the column's name now
 * @param to its new name
 * @param attached what is renamed with it, in order
 */
public record RenameColumn(QualifiedName table, String from, String to, List<AttachedRename> attached) implements SchemaChange {

  public RenameColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    attached = List.copyOf(attached);
  }

  @Override
  public RenameColumn inverse() {
    return new RenameColumn(table, to, from, attached.stream().map(AttachedRename::inverse).toList());
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.COLUMN, table, from, Verb.RENAME);
  }

  @Override
  public String baseName() {
    return NameWords.join(SchemaChange.super.baseName(), "to", NameWords.word(to));
  }

  @Override
  public String describe() {
    return "Renames column " + from + " of " + table + " to " + to + ", as the rename hint states; its values stay"
        + (attached.isEmpty() ? "." : ", and " + AttachedRename.describe(attached) + ".");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
