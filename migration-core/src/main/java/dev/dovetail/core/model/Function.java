package dev.dovetail.core.model;

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
 */
public record Function(
    QualifiedName name,
    String argumentTypes,
    String identityArguments,
    boolean procedure,
    String arguments,
    String result,
    String definition,
    String comment) {

  public Function {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(argumentTypes, "argumentTypes");
    Objects.requireNonNull(identityArguments, "identityArguments");
    Objects.requireNonNull(arguments, "arguments");
    Objects.requireNonNull(definition, "definition");
  }

  /** @return a copy with another comment */
  public Function withComment(String newComment) {
    return new Function(name, argumentTypes, identityArguments, procedure, arguments, result, definition, newComment);
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
