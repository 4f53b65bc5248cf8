package dev.dovetail.core.change;

import dev.dovetail.core.change.Subject.Kind;
import dev.dovetail.core.change.Subject.Verb;
import dev.dovetail.core.model.CheckConstraint;
import dev.dovetail.core.model.QualifiedName;
import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TABLE … INHERIT parent} or {@code NO INHERIT parent}: a table that stays gains or loses a parent.
 * PostgreSQL accepts {@code INHERIT} only from a table that already has every column and check of the parent, and
 * {@code NO INHERIT} leaves the inherited columns and checks behind as the table's own. So {@code checks} are the
 * parent's checks the table does not have: added just before {@code INHERIT}, dropped just after {@code NO INHERIT}.
 * The columns the table lacks are added (or, once it stops inheriting, dropped) by column changes of their own.
 *
 * @param table the child table
 * @param parent the parent table
 * @param inherit whether the table starts inheriting ({@code INHERIT}) or stops ({@code NO INHERIT})
 * @param checks the parent's checks the table gets by inheriting and does not otherwise declare
 * @param columns the parent's columns, which the table must have while it inherits
 */
public record AlterInheritance(
    QualifiedName table, QualifiedName parent, boolean inherit, List<CheckConstraint> checks, List<String> columns)
    implements SchemaChange {

  public AlterInheritance {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(parent, "parent");
    checks = List.copyOf(checks);
    columns = List.copyOf(columns);
  }

  @Override
  public AlterInheritance inverse() {
    return new AlterInheritance(table, parent, !inherit, checks, columns);
  }

  @Override
  public Subject subject() {
    return Subject.of(Kind.TABLE, table, Verb.ALTER);
  }

  @Override
  public String baseName() {
    return inherit
        ? NameWords.join("inherit", NameWords.table(table), "from", NameWords.table(parent))
        : NameWords.join("stop_inheriting", NameWords.table(table), "from", NameWords.table(parent));
  }

  @Override
  public String describe() {
    return inherit
        ? "Makes table " + table + " inherit from " + parent + "."
        : "Makes table " + table + " stop inheriting from " + parent + "; the columns it had from it stay its own.";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
