package dev.dovetail.diff.source;

import dev.dovetail.core.plan.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a project's Flyway configuration turns off Flyway's transactional lock ({@code postgresql.transactional.lock},
 * on by default since Flyway 10), which files that build an index concurrently need: Flyway holds the lock in a
 * transaction left open on a second connection, and {@code CREATE INDEX CONCURRENTLY} waits for every older
 * transaction. Read from where Flyway itself, its Maven plugin and Spring Boot take their configuration: the
 * environment, the project's {@code pom.xml} properties, {@code flyway.conf} and {@code flyway.toml} (in the project
 * or its {@code conf} folder), and Spring Boot's {@code application*.properties} and {@code application*.yml}.
 *
 * <p>This is a reading of text, not of Flyway's configuration model: a setting made in code (a
 * {@code FlywayConfigurationCustomizer}) or in a file elsewhere is not seen, which is why the result is a warning and
 * says where it looked.
 *
 * @param disabledIn where the setting was found turned off, or empty
 * @param lookedIn what was read, for the warning
 */
public record FlywayLockSetting(Optional<String> disabledIn, List<String> lookedIn) {

  /** Flyway's environment variable for the setting. */
  public static final String ENVIRONMENT_VARIABLE = "FLYWAY_POSTGRESQL_TRANSACTIONAL_LOCK";

  private static final Pattern CONF = Pattern.compile("(?m)^\\s*flyway\\.postgresql\\.transactional\\.lock\\s*[=:]\\s*false\\s*$");
  private static final Pattern POM_PROPERTY =
      Pattern.compile("<flyway\\.postgresql\\.transactional\\.lock>\\s*false\\s*</flyway\\.postgresql\\.transactional\\.lock>");
  private static final Pattern SPRING_PROPERTIES = Pattern.compile(
      "(?m)^\\s*spring\\.flyway\\.postgresql\\.(transactional-lock|transactionalLock|transactional_lock)\\s*[=:]\\s*false\\s*$");
  private static final Pattern SPRING_YAML = Pattern.compile("(?m)^\\s*(transactional-lock|transactionalLock)\\s*:\\s*false\\s*$");
  private static final Pattern TOML_SECTION = Pattern.compile(
      "(?ms)^\\s*\\[flyway\\.postgresql\\.transactional\\]\\s*$[^\\[]*^\\s*lock\\s*=\\s*false\\s*$");
  private static final Pattern TOML_DOTTED = Pattern.compile(
      "(?ms)^\\s*\\[flyway\\.postgresql\\]\\s*$[^\\[]*^\\s*transactional\\.lock\\s*=\\s*false\\s*$");

  public FlywayLockSetting {
    lookedIn = List.copyOf(lookedIn);
  }

  /** @return the setting as this process's environment and the project's files state it */
  public static FlywayLockSetting of(Path projectDirectory) {
    return of(projectDirectory, System.getenv());
  }

  /**
   * @param projectDirectory the project's base directory
   * @param environment the environment variables Flyway would see
   */
  public static FlywayLockSetting of(Path projectDirectory, Map<String, String> environment) {
    List<String> looked = new ArrayList<>();
    looked.add(ENVIRONMENT_VARIABLE);
    if ("false".equalsIgnoreCase(environment.getOrDefault(ENVIRONMENT_VARIABLE, "").strip())) {
      return new FlywayLockSetting(Optional.of(ENVIRONMENT_VARIABLE + "=false"), looked);
    }
    List<Source> sources = new ArrayList<>();
    sources.add(new Source(projectDirectory.resolve("pom.xml"), List.of(POM_PROPERTY)));
    for (String folder : List.of("", "conf/")) {
      sources.add(new Source(projectDirectory.resolve(folder + "flyway.conf"), List.of(CONF)));
      sources.add(new Source(projectDirectory.resolve(folder + "flyway.toml"), List.of(TOML_SECTION, TOML_DOTTED)));
    }
    for (Path file : springFiles(projectDirectory.resolve("src/main/resources"))) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      sources.add(new Source(file, name.endsWith(".properties") ? List.of(SPRING_PROPERTIES) : List.of(SPRING_YAML)));
    }
    for (Source source : sources) {
      looked.add(projectDirectory.relativize(source.file()).toString());
      if (source.disables()) {
        return new FlywayLockSetting(Optional.of(projectDirectory.relativize(source.file()).toString()), looked);
      }
    }
    return new FlywayLockSetting(Optional.empty(), looked);
  }

  /** @return whether the setting was found turned off */
  public boolean disabled() {
    return disabledIn.isPresent();
  }

  /**
   * @return whether a migration file's text holds a statement that waits for every older transaction (a concurrent
   *     index build), which deploys under Flyway only with the transactional lock off
   */
  public static boolean waitsForOlderTransactions(String fileText) {
    return fileText.lines().anyMatch(line -> Statement.waitsForOlderTransactions(line));
  }

  /**
   * @param files the files that need the setting, named as the user knows them
   * @return the warning to give when the setting was not found, naming the files and where Dovetail looked
   */
  public String warning(List<String> files) {
    return String.join(", ", files) + (files.size() == 1 ? " builds" : " build") + " an index concurrently. Flyway 10 and"
        + " later deploy that only with postgresql.transactional.lock=false, which this project sets nowhere Dovetail"
        + " looked (" + String.join(", ", lookedIn) + "); under Flyway's default the file stops at deploy time and builds"
        + " nothing. Set flyway.postgresql.transactional.lock=false (pom property, flyway.conf), or"
        + " spring.flyway.postgresql.transactional-lock=false with Spring Boot; see the guide Deploying with Flyway"
        + " (docs/flyway.md).";
  }

  private static List<Path> springFiles(Path resources) {
    if (!Files.isDirectory(resources)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(resources)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().matches("application(-[^.]+)?\\.(properties|ya?ml)"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + resources, e);
    }
  }

  private record Source(Path file, List<Pattern> patterns) {

    boolean disables() {
      if (!Files.isRegularFile(file)) {
        return false;
      }
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return patterns.stream().anyMatch(p -> p.matcher(text).find());
      } catch (IOException e) {
        return false; // an unreadable file disables nothing; the warning names what was looked at
      }
    }
  }
}
