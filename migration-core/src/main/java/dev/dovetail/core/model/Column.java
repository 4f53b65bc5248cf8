package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A table column. Expressions are PostgreSQL's own deparsed text ({@code pg_get_expr}), read with an empty
 * search path so that every name in them is schema-qualified the same way on both sides of a diff.
 *
 * @param name the column name
 * @param type the type with its modifiers, as {@code format_type} prints it (for example {@code numeric(10,2)})
 * @param notNull whether the column is {@code NOT NULL}
 * @param defaultExpression the default expression, or null
 * @param identity the identity specification, or null for a column that is not an identity column
 * @param generatedExpression the expression of a stored generated column, or null
 * @param collation the collation when it differs from the type's default, or null
 * @param defaultSequences the sequences the default calls ({@code nextval}), from the catalog's dependencies
 * @param comment the column's comment, or null
 * @param generatedReads the columns of its table a generated column's expression reads, from the catalog's
 *     dependencies: PostgreSQL refuses to change their type while the generated column exists
 * @param defaultFunctions the user functions the default calls, by {@link Function#signature()}, from the catalog's
 *     dependencies: PostgreSQL refuses to drop them while the default exists
 * @param defaultVolatile whether the default calls a volatile function ({@code nextval}, {@code random},
 *     {@code gen_random_uuid}, {@code clock_timestamp}, …): adding such a column computes a value per row and
 *     rewrites the table, where a constant or stable default is stored once
 */
public record Column(
    String name,
    String type,
    boolean notNull,
    String defaultExpression,
    Identity identity,
    String generatedExpression,
    QualifiedName collation,
    List<QualifiedName> defaultSequences,
    String comment,
    List<String> generatedReads,
    List<String> defaultFunctions,
    boolean defaultVolatile) implements java.io.Serializable {

  /** A column whose default, if any, is not volatile. */
  public Column(
      String name,
      String type,
      boolean notNull,
      String defaultExpression,
      Identity identity,
      String generatedExpression,
      QualifiedName collation,
      List<QualifiedName> defaultSequences,
      String comment,
      List<String> generatedReads,
      List<String> defaultFunctions) {
    this(name, type, notNull, defaultExpression, identity, generatedExpression, collation, defaultSequences, comment,
        generatedReads, defaultFunctions, false);
  }

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    defaultSequences = defaultSequences.stream().sorted().toList();
    generatedReads = generatedReads.stream().sorted().toList();
    defaultFunctions = defaultFunctions.stream().sorted().toList();
  }

  /** @return a plain nullable column of the given type */
  public static Column of(String name, String type) {
    return new Column(name, type, false, null, null, null, null, List.of(), null, List.of(), List.of());
  }

  /**
   * @param typeReference a type as {@code format_type} names it (an enum's or composite type's {@code reference})
   * @return whether the column holds values of that type, or arrays of them
   */
  public boolean holds(String typeReference) {
    return type.equals(typeReference) || type.equals(typeReference + "[]");
  }

  public Column withType(String newType) {
    return new Column(name, newType, notNull, defaultExpression, identity, generatedExpression, collation, defaultSequences, comment, generatedReads, defaultFunctions, defaultVolatile);
  }

  /**
   * @return a copy with another default; what a new default calls is only known once the catalog has read it, so
   *     the sequences and functions are cleared
   */
  public Column withDefault(String newDefault) {
    boolean same = java.util.Objects.equals(newDefault, defaultExpression);
    return new Column(name, type, notNull, newDefault, identity, generatedExpression, collation,
        same ? defaultSequences : List.of(), comment, generatedReads, same ? defaultFunctions : List.of(),
        same && defaultVolatile);
  }

  public Column withComment(String newComment) {
    return new Column(name, type, notNull, defaultExpression, identity, generatedExpression, collation, defaultSequences, newComment, generatedReads, defaultFunctions, defaultVolatile);
  }

  public Column withNotNull(boolean newNotNull) {
    return new Column(name, type, newNotNull, defaultExpression, identity, generatedExpression, collation, defaultSequences, comment, generatedReads, defaultFunctions, defaultVolatile);
  }
}
