package dev.dovetail.core.change;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A constraint, index or sequence renamed together with the table or column it belongs to, because the declared
 * schema names it after the new name ({@code accounts_pkey} for what was {@code users_pkey}): renamed in place, it
 * keeps its data and is not rebuilt.
 *
 * @param kind what is renamed
 * @param from its name now (an index's or sequence's is in the table's schema)
 * @param to its declared name
 */
public record AttachedRename(Kind kind, String from, String to) {

  /** What can be renamed with its table or column. */
  public enum Kind {
    /** A constraint ({@code ALTER TABLE … RENAME CONSTRAINT}; a key's index follows). */
    CONSTRAINT,
    /** An index that backs no constraint. */
    INDEX,
    /** A sequence owned by one of the table's columns. */
    SEQUENCE
  }

  public AttachedRename {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** @return the renames as a sentence says them: {@code constraint users_pkey becomes accounts_pkey, …} */
  public static String describe(List<AttachedRename> renames) {
    return renames.stream()
        .map(r -> r.kind().name().toLowerCase(Locale.ROOT) + " " + r.from() + " becomes " + r.to())
        .collect(Collectors.joining(", "));
  }

  /** @return the rename that undoes this one */
  public AttachedRename inverse() {
    return new AttachedRename(kind, to, from);
  }
}
