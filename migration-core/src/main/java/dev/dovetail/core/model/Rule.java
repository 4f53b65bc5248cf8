package dev.dovetail.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A rule ({@code CREATE RULE}) of a table, or of a view other than its own query ({@code _RETURN}, the view's
 * definition). A view's rules are kept with the view ({@link View#rules()}); a table's in {@link
 * DatabaseSchema#rules()}.
 *
 * @param relation the table or view it is on
 * @param name the rule name
 * @param definition the whole {@code CREATE RULE} statement ({@code pg_get_ruledef}), without the semicolon
 * @param comment its comment, or null
 * @param columns for a table's rule, the columns its condition and actions use, of any table ({@code pg_depend}):
 *     PostgreSQL refuses to change their type or drop them while the rule exists; sorted
 * @param relations for a table's rule, the other tables and views its condition and actions read or write, sorted
 * @param functions for a table's rule, the signatures of the user functions it calls, sorted
 */
public record Rule(
    QualifiedName relation, String name, String definition, String comment, List<ColumnRef> columns,
    List<QualifiedName> relations, List<String> functions) implements java.io.Serializable {

  public Rule {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
    columns = columns.stream().sorted(Comparator.comparing(ColumnRef::table).thenComparing(ColumnRef::column)).toList();
    relations = relations.stream().sorted().toList();
    functions = functions.stream().sorted().toList();
  }

  /** A view's rule: what it uses is the view's business ({@link View#dependencies()}). */
  public Rule(QualifiedName relation, String name, String definition, String comment) {
    this(relation, name, definition, comment, List.of(), List.of(), List.of());
  }

  /** @return a copy with another comment */
  public Rule withComment(String newComment) {
    return new Rule(relation, name, definition, newComment, columns, relations, functions);
  }
}
