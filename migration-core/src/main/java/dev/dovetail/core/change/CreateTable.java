package dev.dovetail.core.change;

import dev.dovetail.core.model.Sequence;
import dev.dovetail.core.model.Table;
import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE TABLE} with its constraints and indexes (the table is empty, so nothing needs care) and the
 * sequences its columns own ({@code serial}), created before it and attached to their columns after.
 */
public record CreateTable(Table table, List<Sequence> ownedSequences) implements SchemaChange {

  public CreateTable {
    Objects.requireNonNull(table, "table");
    ownedSequences = List.copyOf(ownedSequences);
  }

  /** @return the change for a table that owns no sequence */
  public static CreateTable of(Table table) {
    return new CreateTable(table, List.of());
  }

  @Override
  public DropTable inverse() {
    return new DropTable(table, ownedSequences);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
