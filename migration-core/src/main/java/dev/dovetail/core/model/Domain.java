package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A domain: a base type with a default, nullability and checks.
 *
 * @param name the qualified name
 * @param baseType the base type with its modifiers ({@code format_type})
 * @param notNull whether the domain is {@code NOT NULL}
 * @param defaultExpression the default, or null
 * @param collation the collation when it differs from the base type's, or null
 * @param checks the check constraints, sorted by name
 * @param comment the domain's comment, or null
 */
public record Domain(
    QualifiedName name, String baseType, boolean notNull, String defaultExpression, QualifiedName collation, List<Check> checks, String comment) implements java.io.Serializable {

  public Domain {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseType, "baseType");
    checks = checks.stream().sorted(java.util.Comparator.comparing(Check::name)).toList();
  }

  /** @return a copy with another comment */
  public Domain withComment(String newComment) {
    return new Domain(name, baseType, notNull, defaultExpression, collation, checks, newComment);
  }

  /**
   * A check constraint of a domain.
   *
   * @param name the constraint name
   * @param definition the deparsed definition, for example {@code CHECK ((VALUE > 0))}, without {@code NOT VALID}
   * @param validated whether the values in use were checked ({@code pg_constraint.convalidated}); false for a check
   *     added {@code NOT VALID} and not validated since
   */
  public record Check(String name, String definition, boolean validated) implements java.io.Serializable {

    /** A validated check. */
    public Check(String name, String definition) {
      this(name, definition, true);
    }

    public Check {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(definition, "definition");
    }
  }
}
