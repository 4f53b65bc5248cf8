package dev.dovetail.core.change;

import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.QualifiedName;
import java.util.Objects;

/** {@code ALTER TABLE … DROP COLUMN}. */
public record DropColumn(QualifiedName table, Column column) implements SchemaChange {

  public DropColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public AddColumn inverse() {
    return new AddColumn(table, column);
  }

  @Override
  public boolean destructive() {
    return true;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
