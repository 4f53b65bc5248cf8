package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A function or procedure. Overloads are told apart by their argument types ({@link #signature()}); argument
 * names are not part of the identity, as in PostgreSQL.
 *
 * @param name the qualified name
 * @param argumentTypes the input argument types ({@code oidvectortypes(proargtypes)})
 * @param identityArguments the arguments that identify it, with names ({@code pg_get_function_identity_arguments})
 * @param procedure whether it is a procedure
 * @param arguments the full argument list with names and defaults ({@code pg_get_function_arguments})
 * @param result the result type ({@code pg_get_function_result}), or null for a procedure
 * @param definition the whole {@code CREATE OR REPLACE} statement ({@code pg_get_functiondef})
 * @param comment its comment, or null
 * @param calls what a SQL-standard body ({@code BEGIN ATOMIC}, {@code RETURN}) calls: the signatures of the user
 *     functions it depends on ({@code pg_depend}), sorted; empty for a body PostgreSQL keeps as text
 * @param reads the tables, views and sequences such a body uses, sorted
 */
public record Function(
    QualifiedName name,
    String argumentTypes,
    String identityArguments,
    boolean procedure,
    String arguments,
    String result,
    String definition,
    String comment,
    List<String> calls,
    List<QualifiedName> reads) implements java.io.Serializable {

  public Function {
    Objects.requireNonNull(name, "name");
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
    this(name, argumentTypes, identityArguments, procedure, arguments, result, definition, comment, List.of(), List.of());
  }

  /** @return a copy with another comment */
  public Function withComment(String newComment) {
    return new Function(name, argumentTypes, identityArguments, procedure, arguments, result, definition, newComment, calls, reads);
  }

  /** @return the key that tells overloads apart: {@code schema.name(argument types)} */
  public String signature() {
    return name + "(" + argumentTypes + ")";
  }

  /**
   * @return whether {@code other} can replace this one in place: {@code CREATE OR REPLACE} cannot change the
   *     result type, argument names or defaults, or turn a function into a procedure
   */
  public boolean replaceableBy(Function other) {
    return procedure == other.procedure && arguments.equals(other.arguments) && Objects.equals(result, other.result);
  }
}
