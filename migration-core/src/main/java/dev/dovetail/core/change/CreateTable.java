package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Sequence;
import dev.dovetail.core.model.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
  public Subject subject() {
    return Subject.of(Kind.TABLE, table.name(), Verb.CREATE);
  }

  @Override
  public String describe() {
    return "Creates table " + table.name() + " with its constraints and indexes.";
  }

  /** The table's name, and its partitions' (at any depth). */
  @Override
  public Set<QualifiedName> takesNames() {
    Set<QualifiedName> names = new HashSet<>(SchemaChange.super.takesNames());
    table.allPartitions().forEach(p -> names.add(p.name()));
    return names;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
