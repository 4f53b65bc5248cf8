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
 * {@code DROP TABLE}, which also drops the sequences its columns own. The full definitions are kept so that
 * the inverse can recreate them.
 */
public record DropTable(Table table, List<Sequence> ownedSequences) implements SchemaChange {

  public DropTable {
    Objects.requireNonNull(table, "table");
    ownedSequences = List.copyOf(ownedSequences);
  }

  /** @return the change for a table that owns no sequence */
  public static DropTable of(Table table) {
    return new DropTable(table, List.of());
  }

  @Override
  public CreateTable inverse() {
    return new CreateTable(table, ownedSequences);
  }

  @Override
  public boolean destructive() {
    return true;
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.TABLE, table.name(), Verb.DROP);
  }

  @Override
  public String describe() {
    return "Drops table " + table.name() + " and its data.";
  }

  /** The table's name, and its partitions' (at any depth). */
  @Override
  public Set<QualifiedName> freesNames() {
    Set<QualifiedName> names = new HashSet<>(SchemaChange.super.freesNames());
    table.allPartitions().forEach(p -> names.add(p.name()));
    return names;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
