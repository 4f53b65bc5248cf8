package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.Column;
import dev.dovetail.core.model.ColumnConversion;
import dev.dovetail.core.model.QualifiedName;
import dev.dovetail.core.model.Trigger;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code ALTER TABLE … ALTER COLUMN}: one column goes from one definition to another with the same name.
 *
 * @param table the table
 * @param from the column as it is
 * @param to the column as it must become
 * @param rebuiltGenerated generated columns of the table that read this one, unchanged themselves: PostgreSQL
 *     refuses to change the type or collation of a column a generated column reads, so they are dropped before
 *     and added again after (their values are computed again, nothing is lost)
 * @param rebuiltTriggers triggers whose {@code UPDATE OF} or {@code WHEN} names this column, unchanged
 *     themselves: PostgreSQL refuses to change the column's type while they exist, so they are dropped before
 *     and created again after, in the same migration
 * @param conversion how values are converted for a type change, as the declared schema states it; null when they are
 *     cast
 */
public record AlterColumn(
    QualifiedName table, Column from, Column to, List<Column> rebuiltGenerated, List<Trigger> rebuiltTriggers,
    ColumnConversion conversion)
    implements SchemaChange {

  /** A change whose values, if its type changes, are cast. */
  public AlterColumn(QualifiedName table, Column from, Column to, List<Column> rebuiltGenerated, List<Trigger> rebuiltTriggers) {
    this(table, from, to, rebuiltGenerated, rebuiltTriggers, null);
  }

  /** A change that rebuilds nothing around it. */
  public AlterColumn(QualifiedName table, Column from, Column to) {
    this(table, from, to, List.of(), List.of());
  }

  public AlterColumn {
    rebuiltGenerated = List.copyOf(rebuiltGenerated);
    rebuiltTriggers = List.copyOf(rebuiltTriggers);
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.name().equals(to.name())) {
      throw new IllegalArgumentException("an AlterColumn keeps the column name: " + from.name() + " vs " + to.name());
    }
  }

  /** @return the aspects that differ between {@link #from()} and {@link #to()} */
  public Set<ColumnAspect> aspects() {
    Set<ColumnAspect> aspects = EnumSet.noneOf(ColumnAspect.class);
    if (!from.type().equals(to.type())) {
      aspects.add(ColumnAspect.TYPE);
    }
    if (!Objects.equals(from.collation(), to.collation())) {
      aspects.add(ColumnAspect.COLLATION);
    }
    if (from.notNull() != to.notNull()) {
      aspects.add(ColumnAspect.NOT_NULL);
    }
    if (!Objects.equals(from.defaultExpression(), to.defaultExpression())) {
      aspects.add(ColumnAspect.DEFAULT);
    }
    if (!Objects.equals(from.identity(), to.identity())) {
      aspects.add(ColumnAspect.IDENTITY);
    }
    if (!Objects.equals(from.generatedExpression(), to.generatedExpression())) {
      aspects.add(ColumnAspect.GENERATED);
    }
    return aspects;
  }

  @Override
  public AlterColumn inverse() {
    return new AlterColumn(table, to, from, rebuiltGenerated, rebuiltTriggers, conversion == null ? null : conversion.reversed());
  }

  /** @return this change with its values converted by {@code newConversion} */
  public AlterColumn withConversion(ColumnConversion newConversion) {
    return new AlterColumn(table, from, to, rebuiltGenerated, rebuiltTriggers, newConversion);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.COLUMN, table, to.name(), Verb.ALTER);
  }

  /** Named after the one aspect that changes, if only one does: {@code alter_column_type_orders_total}. */
  @Override
  public String baseName() {
    Set<ColumnAspect> aspects = aspects();
    String action = aspects.size() == 1 ? "alter_column_" + aspects.iterator().next().name().toLowerCase(Locale.ROOT) : "alter_column";
    return NameWords.join(action, NameWords.table(table), NameWords.word(to.name()));
  }

  @Override
  public String describe() {
    String aspects = aspects().stream().map(a -> a.name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "));
    return "Changes the " + aspects + " of column " + to.name() + " of " + table + ".";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
