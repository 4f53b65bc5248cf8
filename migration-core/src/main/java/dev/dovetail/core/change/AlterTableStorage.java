package dev.dovetail.core.change;

import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TABLE … SET LOGGED | UNLOGGED} and {@code SET (…) / RESET (…)}: how a table is stored.
 *
 * @param table the table
 * @param fromUnlogged whether it is unlogged now
 * @param toUnlogged whether it must be
 * @param fromParameters its storage parameters now ({@code key=value})
 * @param toParameters its storage parameters to be
 */
public record AlterTableStorage(
    dev.dovetail.core.model.QualifiedName table,
    boolean fromUnlogged,
    boolean toUnlogged,
    List<String> fromParameters,
    List<String> toParameters)
    implements SchemaChange {

  public AlterTableStorage {
    Objects.requireNonNull(table, "table");
    fromParameters = List.copyOf(fromParameters);
    toParameters = List.copyOf(toParameters);
  }

  @Override
  public AlterTableStorage inverse() {
    return new AlterTableStorage(table, toUnlogged, fromUnlogged, toParameters, fromParameters);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
