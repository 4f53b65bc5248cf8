package dev.dovetail.core.model;

import java.util.List;
import java.util.Objects;

/**
 * How a column's values are stored and estimated, where it differs from the defaults: {@code ALTER COLUMN … SET
 * STORAGE}, {@code SET COMPRESSION} and {@code SET (attribute_option = …)}. A column with none of them set has no
 * settings ({@link Table#columnSettings()} has no entry for it).
 *
 * @param storage the storage strategy ({@code PLAIN}, {@code EXTERNAL}, {@code EXTENDED}, {@code MAIN}) when it is
 *     not its type's, or null
 * @param typeStorage its type's storage strategy, which {@code SET STORAGE} gives back; null when {@code storage} is
 * @param compression the compression method ({@code pglz}, {@code lz4}) when one is set, or null for the server's
 *     {@code default_toast_compression}
 * @param options the attribute options ({@code n_distinct=-0.5}, {@code n_distinct_inherited=100}), sorted
 */
public record ColumnSettings(String storage, String typeStorage, String compression, List<String> options)
    implements java.io.Serializable {

  /** No setting: the type's storage, the default compression, no options. */
  public static final ColumnSettings DEFAULT = new ColumnSettings(null, null, null, List.of());

  public ColumnSettings {
    if ((storage == null) != (typeStorage == null)) {
      throw new IllegalArgumentException("a storage strategy needs its type's, to be set back: " + storage + ", " + typeStorage);
    }
    options = options == null ? List.of() : options.stream().sorted().toList();
  }

  /** @return whether nothing is set */
  public boolean isDefault() {
    return storage == null && compression == null && options.isEmpty();
  }

  /** @return the settings as {@code null} stands for them in a change: the defaults */
  public static ColumnSettings orDefault(ColumnSettings settings) {
    return settings == null ? DEFAULT : settings;
  }

  /** @return the name of an attribute option ({@code n_distinct} of {@code n_distinct=-0.5}) */
  public static String optionName(String option) {
    int at = option.indexOf('=');
    return at < 0 ? option : option.substring(0, at);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnSettings other
        && Objects.equals(storage, other.storage)
        && Objects.equals(compression, other.compression)
        && options.equals(other.options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(storage, compression, options);
  }
}
