package dev.dovetail.core.plan;

import dev.dovetail.core.change.NameWords;
import dev.dovetail.core.change.SchemaChange;

/**
 * Descriptive migration names: lower snake case, verb first, objects after, {@code contract_} first for contract
 * steps. A change names itself from its subject ({@link SchemaChange#baseName()}); identifiers are folded as
 * {@link NameWords} folds them.
 */
public final class MigrationNames {

  private static final int MAX_LENGTH = 120;

  private MigrationNames() {}

  /** @return the name of the migration applying {@code change} in {@code phase} */
  public static String of(SchemaChange change, Phase phase) {
    return named(base(change), phase);
  }

  /** @return the name of {@code change} without phase, for recipes that derive step names from it */
  public static String base(SchemaChange change) {
    return change.baseName();
  }

  /**
   * @return {@code base} as the name of a migration in {@code phase}: {@code contract_} first, length capped; a name cut
   *     short ends with eight hex digits of a hash of the whole name, so that two long names that share their first
   *     120 characters stay two names
   */
  public static String named(String base, Phase phase) {
    String name = phase == Phase.CONTRACT ? "contract_" + base : base;
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    return name.substring(0, MAX_LENGTH - 9).replaceAll("_+$", "") + "_" + shortHash(name);
  }

  /** @return the first eight hex digits of the SHA-256 of {@code text} */
  public static String shortHash(String text) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 4);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** @return {@code identifier} folded into a lower snake case word ({@link NameWords#word}) */
  public static String word(String identifier) {
    return NameWords.word(identifier);
  }
}
