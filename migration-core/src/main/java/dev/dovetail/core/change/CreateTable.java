package dev.dovetail.core.change;

import dev.dovetail.core.model.Table;
import java.util.Objects;

/** {@code CREATE TABLE} with its constraints and indexes: the table is empty, so nothing needs care. */
public record CreateTable(Table table) implements SchemaChange {

  public CreateTable {
    Objects.requireNonNull(table, "table");
  }

  @Override
  public DropTable inverse() {
    return new DropTable(table);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
