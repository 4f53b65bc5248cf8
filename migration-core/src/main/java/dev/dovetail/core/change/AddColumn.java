package dev.dovetail.core.change;

import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE … ADD COLUMN}. */
public record AddColumn(QualifiedName table, Column column) implements SchemaChange {

  public AddColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public DropColumn inverse() {
    return new DropColumn(table, column);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
