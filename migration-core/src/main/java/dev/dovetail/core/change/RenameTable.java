package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.QualifiedName;
import java.util.List;
import java.util.Objects;

/**
 * A table renamed as a rename hint states it ({@code -- migrations:rename table public.users to accounts}), with the
 * constraints, indexes and sequences the declared schema names after the new name.
 *
 * @param from the table's name now
 * @param to its new name, in the same schema
 * @param attached what is renamed with it, in order
 * @param columns the table's columns when it is renamed, for what must keep seeing the table as it was (a view
 *     under the old name); empty when unknown
 */
public record RenameTable(QualifiedName from, String to, List<AttachedRename> attached, List<String> columns) implements SchemaChange {

  public RenameTable {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    attached = List.copyOf(attached);
    columns = List.copyOf(columns);
  }

  /** A rename whose table's columns are not known. */
  public RenameTable(QualifiedName from, String to, List<AttachedRename> attached) {
    this(from, to, attached, List.of());
  }

  /** @return the table's new qualified name */
  public QualifiedName renamed() {
    return new QualifiedName(from.schema(), to);
  }

  @Override
  public RenameTable inverse() {
    return new RenameTable(renamed(), from.name(), attached.stream().map(AttachedRename::inverse).toList(), columns);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.TABLE, from, Verb.RENAME);
  }

  @Override
  public String baseName() {
    return NameWords.join(SchemaChange.super.baseName(), "to", NameWords.word(to));
  }

  @Override
  public String describe() {
    return "Renames table " + from + " to " + to + ", as the rename hint states; its rows, indexes and constraints stay"
        + (attached.isEmpty() ? "." : ", and " + AttachedRename.describe(attached) + ".");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
