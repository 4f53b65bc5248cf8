package dev.dovetail.core.change;

import dev.dovetail.core.model.Table;
import java.util.Objects;

/** {@code DROP TABLE}. The table's full definition is kept so that the inverse can recreate it. */
public record DropTable(Table table) implements SchemaChange {

  public DropTable {
    Objects.requireNonNull(table, "table");
  }

  @Override
  public CreateTable inverse() {
    return new CreateTable(table);
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
