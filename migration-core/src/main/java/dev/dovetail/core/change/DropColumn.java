package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Sequence;
import java.util.List;
import java.util.Objects;

/** {@code ALTER TABLE … DROP COLUMN}, which also drops the sequences the column owns. */
public record DropColumn(QualifiedName table, Column column, List<Sequence> ownedSequences) implements SchemaChange {

  public DropColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    ownedSequences = List.copyOf(ownedSequences);
  }

  /** @return the change for a column that owns no sequence */
  public static DropColumn of(QualifiedName table, Column column) {
    return new DropColumn(table, column, List.of());
  }

  @Override
  public AddColumn inverse() {
    return new AddColumn(table, column, ownedSequences);
  }

  @Override
  public boolean destructive() {
    return true;
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.COLUMN, table, column.name(), Verb.DROP);
  }

  @Override
  public String describe() {
    return "Drops column " + column.name() + " of " + table + " and its data.";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
