package dev.dovetail.core.dir;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Flyway-style version ({@code 20261125120000}, {@code 1.2}, {@code 1_2}): numeric parts compared in order,
 * so {@code 1.10} comes after {@code 1.9}.
 *
 * @param text the version as written in the file name
 */
public record MigrationVersion(String text) implements Comparable<MigrationVersion> {

  public MigrationVersion {
    Objects.requireNonNull(text, "text");
    if (!text.matches("\\d+([._]\\d+)*")) {
      throw new IllegalArgumentException("not a version: " + text);
    }
  }

  private List<BigInteger> parts() {
    List<BigInteger> parts = new ArrayList<>();
    for (String part : text.split("[._]")) {
      parts.add(new BigInteger(part));
    }
    return parts;
  }

  @Override
  public int compareTo(MigrationVersion other) {
    List<BigInteger> mine = parts();
    List<BigInteger> theirs = other.parts();
    for (int i = 0; i < Math.max(mine.size(), theirs.size()); i++) {
      BigInteger a = i < mine.size() ? mine.get(i) : BigInteger.ZERO;
      BigInteger b = i < theirs.size() ? theirs.get(i) : BigInteger.ZERO;
      int c = a.compareTo(b);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
