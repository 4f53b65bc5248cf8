package dev.dovetail.core.model;

import java.util.Objects;

/**
 * A collation created in a user schema ({@code CREATE COLLATION}). Its version ({@code collversion}) is not part of
 * it: it is the provider library's, and differs between servers that sort the same way.
 *
 * @param name the qualified name
 * @param provider {@code libc}, {@code icu} or {@code builtin}
 * @param locale the ICU or builtin locale; null for libc
 * @param lcCollate the libc {@code LC_COLLATE}; null for other providers
 * @param lcCtype the libc {@code LC_CTYPE}; null for other providers
 * @param deterministic whether strings that sort equal are equal only when their bytes are ({@code false}: for
 *     example a case-insensitive ICU collation)
 * @param rules the ICU tailoring rules, or null
 */
public record Collation(
    QualifiedName name, String provider, String locale, String lcCollate, String lcCtype, boolean deterministic, String rules) implements java.io.Serializable {

  public Collation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(provider, "provider");
  }
}
