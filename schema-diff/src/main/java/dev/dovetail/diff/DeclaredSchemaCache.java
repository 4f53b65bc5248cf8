package dev.dovetail.diff;

import dev.dovetail.diff.MigrationGenerator.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The declared schema's model as the last run read it, kept in the report directory ({@code target/migrations}), so
 * that a run whose declared files have not changed does not load them on a scratch database again: at thousands of
 * tables that load is most of a run with nothing to do. The key is a SHA-256 of everything the model depends on: each
 * file's path and bytes, the scratch server's version, the options that change what is read, and the Dovetail code
 * itself (its jars' location, size and date). A file whose key differs, that cannot be read, or that holds anything
 * but Dovetail's model classes, is ignored and replaced.
 */
final class DeclaredSchemaCache {

  static final String FILE_NAME = "declared-schema.cache";

  private final Path file;
  private final String key;

  private DeclaredSchemaCache(Path file, String key) {
    this.file = file;
    this.key = key;
  }

  /**
   * @param directory where the cache lives, or null for no cache
   * @param schemaDirectory the directory the files' paths are taken relative to
   * @param files the declared schema's files, in load order
   * @param settings what else decides the model read from them: the scratch server's version, the options
   * @return the cache of this run, or empty when there is no directory to keep it in
   */
  static Optional<DeclaredSchemaCache> of(Path directory, Path schemaDirectory, List<Path> files, List<String> settings) {
    if (directory == null) {
      return Optional.empty();
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String setting : settings) {
        update(digest, setting);
      }
      update(digest, code(DeclaredSchemaCache.class));
      update(digest, code(dev.dovetail.core.model.DatabaseSchema.class));
      for (Path path : files) {
        byte[] bytes = Files.readAllBytes(path);
        update(digest, schemaDirectory.relativize(path).toString().replace('\\', '/') + " " + bytes.length);
        digest.update(bytes);
      }
      return Optional.of(new DeclaredSchemaCache(directory.resolve(FILE_NAME), HexFormat.of().formatHex(digest.digest())));
    } catch (IOException | NoSuchAlgorithmException e) {
      return Optional.empty();
    }
  }

  static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  /** @return the location, size and date of the jar (or class folder) a class comes from */
  static String code(Class<?> type) throws IOException {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null) {
      return "unknown";
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      return location + " " + (Files.isRegularFile(location) ? Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis() : "");
    } catch (URISyntaxException | IllegalArgumentException e) {
      return source.getLocation().toString();
    }
  }

  /** @return the SHA-256 of everything the declared model depends on */
  String key() {
    return key;
  }

  /** @return the model kept for this key, if there is one */
  Optional<Snapshot> read() {
    return load(file).flatMap(kept -> kept instanceof Entry entry && entry.key().equals(key) ? Optional.of(entry.snapshot()) : Optional.empty());
  }

  /** Keeps the model for this key, replacing what was kept; a failure only costs the next run its time. */
  void write(Snapshot snapshot) {
    store(file, new Entry(key, snapshot));
  }

  /**
   * @return what a cache file holds, read through {@link #FILTER}; empty when there is no file, or it is another
   *     version's or damaged
   */
  static Optional<Object> load(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
      objects.setObjectInputFilter(FILTER);
      return Optional.ofNullable(objects.readObject());
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes a cache file whole or not at all (a staging file moved into place); a failure only costs the next run time. */
  static void store(Path file, Serializable value) {
    Path staging = file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(staging); ObjectOutputStream objects = new ObjectOutputStream(out)) {
        objects.writeObject(value);
      }
      Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(staging);
      } catch (IOException ignored) {
        // nothing more to do about a temporary file
      }
    }
  }

  /** What the file holds: the key it was written for and the model. */
  private record Entry(String key, Snapshot snapshot) implements Serializable {}

  /**
   * Only Dovetail's own model and the JDK's plain values and immutable lists are read back: the file is data, never a
   * way to run other classes' code.
   */
  static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
      "maxdepth=64;maxarray=10000000;dev.dovetail.core.model.**;dev.dovetail.diff.**;java.lang.String;java.lang.Enum;"
          + "java.lang.Number;java.lang.Integer;java.lang.Long;java.lang.Boolean;java.lang.Character;java.lang.Record;java.lang.Object;"
          + "java.util.ImmutableCollections$*;java.util.CollSer;java.util.ArrayList;java.util.Collections$*;java.util.TreeSet;"
          + "java.util.TreeMap;java.util.HashSet;java.util.LinkedHashSet;java.util.HashMap;java.util.LinkedHashMap;!*");
}
