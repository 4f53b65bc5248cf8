package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.QualifiedName;
import java.util.Objects;

/**
 * {@code ALTER TABLE … ALTER COLUMN … SET STATISTICS n}: how many values {@code ANALYZE} samples and keeps for the
 * column. It takes effect at the next {@code ANALYZE}.
 *
 * @param table the table
 * @param column the column
 * @param from its target now, or null for the default ({@code default_statistics_target})
 * @param to the target it must have, or null for the default
 */
public record AlterColumnStatistics(QualifiedName table, String column, Integer from, Integer to) implements SchemaChange {

  public AlterColumnStatistics {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public AlterColumnStatistics inverse() {
    return new AlterColumnStatistics(table, column, to, from);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.COLUMN, table, column, Verb.ALTER);
  }

  @Override
  public String baseName() {
    return NameWords.join("set_statistics", NameWords.table(table), NameWords.word(column));
  }

  @Override
  public String describe() {
    return "Sets the statistics target of column " + column + " of table " + table + " to " + target(to) + " (was " + target(from) + ").";
  }

  private static String target(Integer value) {
    return value == null ? "the default" : value.toString();
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
