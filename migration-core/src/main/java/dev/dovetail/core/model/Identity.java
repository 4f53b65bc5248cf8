package dev.dovetail.core.model;

import java.util.Objects;

/**
 * The identity specification of a column and the options of its implicit sequence.
 *
 * @param generation {@code ALWAYS} or {@code BY DEFAULT}
 * @param start the sequence's start value
 * @param increment the sequence's increment
 * @param min the sequence's minimum value
 * @param max the sequence's maximum value
 * @param cache the sequence's cache size
 * @param cycle whether the sequence cycles
 */
public record Identity(Generation generation, long start, long increment, long min, long max, long cache, boolean cycle) implements java.io.Serializable {

  public Identity {
    Objects.requireNonNull(generation, "generation");
  }

  /** How an identity column takes its values. */
  public enum Generation {
    ALWAYS("ALWAYS"),
    BY_DEFAULT("BY DEFAULT");

    private final String sql;

    Generation(String sql) {
      this.sql = sql;
    }

    /** @return the SQL keywords, as in {@code GENERATED <sql> AS IDENTITY} */
    public String sql() {
      return sql;
    }
  }

  /** @return whether the sequence options (not the generation) are the same */
  public boolean sameSequenceOptions(Identity other) {
    return start == other.start
        && increment == other.increment
        && min == other.min
        && max == other.max
        && cache == other.cache
        && cycle == other.cycle;
  }
}
