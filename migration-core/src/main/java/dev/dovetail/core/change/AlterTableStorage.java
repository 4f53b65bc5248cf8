package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
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
  public Subject subject() {
    return Subject.of(Kind.TABLE, table, Verb.ALTER);
  }

  @Override
  public String baseName() {
    return NameWords.join(fromUnlogged == toUnlogged ? "alter_storage" : toUnlogged ? "set_unlogged" : "set_logged", NameWords.table(table));
  }

  @Override
  public String describe() {
    return "Changes how table " + table + " is stored ("
        + (fromUnlogged == toUnlogged ? "storage parameters" : toUnlogged ? "unlogged" : "logged") + ").";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
