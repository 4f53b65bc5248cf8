package dev.dovetail.diff;

import dev.dovetail.core.model.DatabaseSchema;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The canonical form of each side of the last run ({@code current} and {@code declared}: how its model read back once
 * built on a scratch database), kept in the report directory ({@code target/migrations}) with the SHA-256 of what it
 * was made from: for the current state, its model as read, the scratch server's version, the options that change what
 * is read, and the Dovetail code itself ({@link #key}); for the declared schema, the key of its files ({@link
 * DeclaredSchemaCache}), since its model is a function of them (and its model may come back from that cache, whose
 * lists serialize differently from freshly read ones). A rebuild is a function of these, so a run whose side reads as
 * the last run's did takes the kept form instead of building the model again: when the live server's version writes
 * some text differently from the scratch server's (views, from PostgreSQL 16 on), the two sides never read alike, and
 * without it a run with nothing to do rebuilds both at every run. A file whose key differs, that cannot be read, or
 * that holds anything but Dovetail's model classes, is ignored and replaced.
 */
final class CanonicalCache {

  private final Path directory;
  private final List<String> settings;

  private CanonicalCache(Path directory, List<String> settings) {
    this.directory = directory;
    this.settings = List.copyOf(settings);
  }

  /**
   * @param directory where the cache lives, or null for no cache
   * @param settings what else decides the canonical form: the scratch server's version, the options
   * @return the cache of this run, or empty when there is no directory to keep it in
   */
  static Optional<CanonicalCache> of(Path directory, List<String> settings) {
    return directory == null ? Optional.empty() : Optional.of(new CanonicalCache(directory, settings));
  }

  /** @return the file that keeps the canonical form of one side ({@code current} or {@code declared}) */
  Path file(String side) {
    return directory.resolve("canonical-" + side + ".cache");
  }

  /** @return the key of a model: the SHA-256 of the settings, the code and the model's serialized form */
  String key(DatabaseSchema model) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String setting : settings) {
        DeclaredSchemaCache.update(digest, setting);
      }
      DeclaredSchemaCache.update(digest, DeclaredSchemaCache.code(CanonicalCache.class));
      DeclaredSchemaCache.update(digest, DeclaredSchemaCache.code(DatabaseSchema.class));
      try (ObjectOutputStream objects = new ObjectOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), digest))) {
        objects.writeObject(model);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      return null;
    }
  }

  /** @return the canonical form kept for this side and key, if there is one */
  Optional<DatabaseSchema> read(String side, String key) {
    if (key == null) {
      return Optional.empty();
    }
    return DeclaredSchemaCache.load(file(side))
        .flatMap(kept -> kept instanceof Entry entry && entry.key().equals(key) ? Optional.of(entry.canonical()) : Optional.empty());
  }

  /** Keeps the canonical form of a side for this key; a failure only costs the next run its time. */
  void write(String side, String key, DatabaseSchema canonical) {
    if (key != null) {
      DeclaredSchemaCache.store(file(side), new Entry(key, canonical));
    }
  }

  /** What a file holds: the key it was written for and the canonical form. */
  private record Entry(String key, DatabaseSchema canonical) implements Serializable {}
}
