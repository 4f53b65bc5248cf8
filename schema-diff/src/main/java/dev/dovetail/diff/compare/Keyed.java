package dev.dovetail.diff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The one keyed diff every comparer starts from: the objects of one kind on both sides, matched by key and sorted by
 * it, so that nothing depends on the order the catalog was read in.
 *
 * @param from the current objects by key
 * @param to the declared objects by key
 * @param <K> the key
 * @param <V> the object
 */
record Keyed<K extends Comparable<K>, V>(Map<K, V> from, Map<K, V> to) {

  /** An object present on both sides. */
  record Both<V>(V from, V to) {}

  static <K extends Comparable<K>, V> Keyed<K, V> of(List<V> from, List<V> to, Function<V, K> key) {
    return new Keyed<>(byKey(from, key), byKey(to, key));
  }

  /** @return the declared objects the current side lacks, by key */
  List<V> added() {
    return to.entrySet().stream().filter(e -> !from.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
  }

  /** @return the current objects the declared side lacks, by key */
  List<V> removed() {
    return from.entrySet().stream().filter(e -> !to.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
  }

  /** @return the objects on both sides, by key */
  List<Both<V>> kept() {
    List<Both<V>> kept = new ArrayList<>();
    from.forEach((key, old) -> {
      V updated = to.get(key);
      if (updated != null) {
        kept.add(new Both<>(old, updated));
      }
    });
    return kept;
  }

  /** @return every declared object by key, with its current counterpart or null when it is new */
  List<Both<V>> declared() {
    List<Both<V>> declared = new ArrayList<>();
    to.forEach((key, updated) -> declared.add(new Both<>(from.get(key), updated)));
    return declared;
  }

  /** @return the items keyed and sorted by key */
  static <K extends Comparable<K>, V> Map<K, V> byKey(List<V> items, Function<V, K> key) {
    Map<K, V> map = new TreeMap<>();
    for (V item : items) {
      map.put(key.apply(item), item);
    }
    return map;
  }
}
