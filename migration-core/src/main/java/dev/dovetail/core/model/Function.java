package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A function, procedure or aggregate. Overloads are told apart by their argument types ({@link #signature()});
 * argument names are not part of the identity, as in PostgreSQL.
 *
 * @param name the qualified name
 * @param argumentTypes the input argument types ({@code oidvectortypes(proargtypes)})
 * @param identityArguments the arguments that identify it, with names ({@code pg_get_function_identity_arguments})
 * @param kind a function, a procedure or an aggregate
 * @param arguments the full argument list with names and defaults ({@code pg_get_function_arguments}; an ordered-set
 *     aggregate's has {@code ORDER BY} between its direct and aggregated arguments)
 * @param result the result type ({@code pg_get_function_result}), or null for a procedure
 * @param definition the whole {@code CREATE OR REPLACE} statement ({@code pg_get_functiondef}; for an aggregate,
 *     which has no deparser, {@code CREATE OR REPLACE AGGREGATE} with every option that differs from the default,
 *     spelt out by the catalog query as {@code pg_dump} does)
 * @param comment its comment, or null
 * @param calls what a SQL-standard body ({@code BEGIN ATOMIC}, {@code RETURN}) calls: the signatures of the user
 *     functions it depends on ({@code pg_depend}), sorted; empty for a body PostgreSQL keeps as text
 * @param reads the tables, views and sequences such a body uses, sorted
 */
public record Function(
    QualifiedName name,
    String argumentTypes,
    String identityArguments,
    Kind kind,
    String arguments,
    String result,
    String definition,
    String comment,
    List<String> calls,
    List<QualifiedName> reads) implements java.io.Serializable {

  /** What kind of routine it is. */
  public enum Kind {
    FUNCTION,
    PROCEDURE,
    AGGREGATE
  }

  public Function {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(argumentTypes, "argumentTypes");
    Objects.requireNonNull(identityArguments, "identityArguments");
    Objects.requireNonNull(arguments, "arguments");
    Objects.requireNonNull(definition, "definition");
    calls = calls.stream().sorted().toList();
    reads = reads.stream().sorted().toList();
  }

  /** A function whose body PostgreSQL keeps as text, so that it depends on nothing it calls or reads. */
  public Function(
      QualifiedName name, String argumentTypes, String identityArguments, boolean procedure, String arguments, String result,
      String definition, String comment) {
    this(name, argumentTypes, identityArguments, procedure ? Kind.PROCEDURE : Kind.FUNCTION, arguments, result, definition,
        comment, List.of(), List.of());
  }

  /** @return whether it is a procedure */
  public boolean procedure() {
    return kind == Kind.PROCEDURE;
  }

  /** @return whether it is an aggregate */
  public boolean aggregate() {
    return kind == Kind.AGGREGATE;
  }

  /**
   * @return the arguments as {@code COMMENT ON} and {@code DROP} name them: the identity arguments, {@code *} for an
   *     aggregate of rows without arguments ({@code count(*)})
   */
  public String identity() {
    return aggregate() && identityArguments.isEmpty() ? "*" : identityArguments;
  }

  /** @return a copy with another comment */
  public Function withComment(String newComment) {
    return new Function(name, argumentTypes, identityArguments, kind, arguments, result, definition, newComment, calls, reads);
  }

  /** @return the key that tells overloads apart: {@code schema.name(argument types)} */
  public String signature() {
    return name + "(" + argumentTypes + ")";
  }

  /**
   * @return whether {@code other} can replace this one in place: {@code CREATE OR REPLACE} cannot change the
   *     result type, argument names or defaults, or the kind (a function into a procedure, a plain aggregate into an
   *     ordered-set one: the arguments tell)
   */
  public boolean replaceableBy(Function other) {
    return kind == other.kind && arguments.equals(other.arguments) && Objects.equals(result, other.result)
        && (!aggregate() || hypothetical() == other.hypothetical());
  }

  /** @return whether it is a hypothetical-set aggregate, which {@code CREATE OR REPLACE} cannot make or unmake */
  private boolean hypothetical() {
    return definition.contains(", HYPOTHETICAL)");
  }
}
