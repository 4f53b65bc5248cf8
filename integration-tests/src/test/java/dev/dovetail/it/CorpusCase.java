package dev.dovetail.it;

import dev.dovetail.diff.source.PsqlInput;
import dev.dovetail.diff.source.SqlScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One round-trip case of the corpus: {@code cases/<name>/before.sql} and {@code after.sql} on the test
 * classpath. Anyone can add a case by adding a directory. A line {@code -- Options: includePrivileges} in
 * {@code before.sql} runs the case with privileges included, as the {@code includePrivileges} parameter does.
 *
 * @param name the directory name
 * @param directory the directory
 */
public record CorpusCase(String name, Path directory) {

  /** @return every case, sorted by name */
  public static List<CorpusCase> all() {
    return withPrefix("");
  }

  /**
   * @return the cases to run: all of them, or with {@code -Dcorpus.only=<prefix>[,<prefix>…]} those whose name starts with
   *     the prefix, for working on one area
   */
  public static List<CorpusCase> selected() {
    return withPrefix(System.getProperty("corpus.only", ""));
  }

  /** @param only one name prefix, or several separated by commas */
  private static List<CorpusCase> withPrefix(String only) {
    List<String> prefixes = List.of(only.split(",", -1));
    try {
      Path root = Path.of(CorpusCase.class.getResource("/cases").toURI());
      try (Stream<Path> dirs = Files.list(root)) {
        return dirs.filter(Files::isDirectory)
            .filter(d -> prefixes.stream().anyMatch(p -> d.getFileName().toString().startsWith(p.strip())))
            .sorted()
            .map(d -> new CorpusCase(d.getFileName().toString(), d))
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The marker line that turns privileges on for a case. */
  static final String INCLUDE_PRIVILEGES = "-- Options: includePrivileges";

  /** @return whether the case runs with privileges included ({@link #INCLUDE_PRIVILEGES} in {@code before.sql}) */
  public boolean includePrivileges() {
    return before().text().lines().anyMatch(l -> l.strip().equals(INCLUDE_PRIVILEGES));
  }

  /** The file that lists the differences from the case's own files a round trip accepts, see {@link #acceptedRawDifferences}. */
  static final String RAW_DIFFERENCES = "raw-differences.txt";

  /**
   * The round trip judges its databases once more against {@code before.sql} and {@code after.sql} loaded as they are
   * ({@link RoundTrip}), as a user comparing the migrated database with the declared files would. Where Dovetail
   * cannot or, by design, does not reach the files exactly, the case's {@value #RAW_DIFFERENCES} lists the fingerprint
   * lines that differ ({@code before: } or {@code after: }, then {@code -} in the file, {@code +} reached), each group
   * under a {@code #} comment saying why; the round trip fails when the differences are any others, fewer included.
   *
   * @return the accepted difference lines, without comments and blank lines; none when the case has no such file
   */
  public List<String> acceptedRawDifferences() {
    Path file = directory.resolve(RAW_DIFFERENCES);
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public SqlScript before() {
    return script("before.sql");
  }

  public SqlScript after() {
    return script("after.sql");
  }

  /**
   * @return the file as the declared schema loads it: pg_dump output (the {@code pgdump-} cases) without its psql
   *     meta-commands and data ({@link PsqlInput}), any other SQL as it is
   */
  private SqlScript script(String file) {
    try {
      return PsqlInput.of(new SqlScript(name + "/" + file, Files.readString(directory.resolve(file), StandardCharsets.UTF_8))).executable();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
