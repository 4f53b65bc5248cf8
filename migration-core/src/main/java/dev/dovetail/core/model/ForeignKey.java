package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key constraint.
 *
 * @param name the constraint name
 * @param columns the referencing columns in order
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns in order
 * @param onUpdate the {@code ON UPDATE} action
 * @param onDelete the {@code ON DELETE} action
 * @param deferrable whether the constraint is deferrable
 * @param initiallyDeferred whether it is {@code INITIALLY DEFERRED}
 * @param definition the deparsed definition
 * @param comment the constraint's comment, or null
 * @param validated whether the existing rows were checked ({@code pg_constraint.convalidated}); false for a foreign
 *     key added {@code NOT VALID} and not validated since, whose {@code definition} then leaves the {@code NOT VALID} out
 */
public record ForeignKey(
    String name,
    List<String> columns,
    QualifiedName referencedTable,
    List<String> referencedColumns,
    Action onUpdate,
    Action onDelete,
    boolean deferrable,
    boolean initiallyDeferred,
    String definition,
    String comment,
    boolean validated)
    implements Constraint {

  /** A validated foreign key. */
  public ForeignKey(
      String name,
      List<String> columns,
      QualifiedName referencedTable,
      List<String> referencedColumns,
      Action onUpdate,
      Action onDelete,
      boolean deferrable,
      boolean initiallyDeferred,
      String definition,
      String comment) {
    this(name, columns, referencedTable, referencedColumns, onUpdate, onDelete, deferrable, initiallyDeferred, definition, comment, true);
  }

  public ForeignKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(referencedTable, "referencedTable");
    Objects.requireNonNull(onUpdate, "onUpdate");
    Objects.requireNonNull(onDelete, "onDelete");
    Objects.requireNonNull(definition, "definition");
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }

  /** A referential action, with the code PostgreSQL stores in {@code pg_constraint}. */
  public enum Action {
    NO_ACTION('a'),
    RESTRICT('r'),
    CASCADE('c'),
    SET_NULL('n'),
    SET_DEFAULT('d');

    private final char code;

    Action(char code) {
      this.code = code;
    }

    /** @return the action for a {@code confupdtype}/{@code confdeltype} code */
    public static Action fromCode(char code) {
      for (Action action : values()) {
        if (action.code == code) {
          return action;
        }
      }
      throw new IllegalArgumentException("unknown referential action code '" + code + "'");
    }
  }

  @Override
  public ForeignKey withComment(String newComment) {
    return new ForeignKey(
        name, columns, referencedTable, referencedColumns, onUpdate, onDelete, deferrable, initiallyDeferred, definition, newComment, validated);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public ForeignKey withValidated(boolean newValidated) {
    return new ForeignKey(
        name, columns, referencedTable, referencedColumns, onUpdate, onDelete, deferrable, initiallyDeferred, definition, comment, newValidated);
  }
}
