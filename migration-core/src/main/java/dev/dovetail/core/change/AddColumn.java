package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Sequence;
import java.util.List;
import java.util.Objects;

/** {@code ALTER TABLE … ADD COLUMN}, with the sequence a {@code serial} column owns. */
public record AddColumn(QualifiedName table, Column column, List<Sequence> ownedSequences) implements SchemaChange {

  public AddColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    ownedSequences = List.copyOf(ownedSequences);
  }

  /** @return the change for a column that owns no sequence */
  public static AddColumn of(QualifiedName table, Column column) {
    return new AddColumn(table, column, List.of());
  }

  @Override
  public DropColumn inverse() {
    return new DropColumn(table, column, ownedSequences);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.COLUMN, table, column.name(), Verb.ADD);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
