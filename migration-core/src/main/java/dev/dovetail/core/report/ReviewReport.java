package dev.dovetail.core.report;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.plan.Hazard;
import dev.dovetail.core.plan.HazardType;
import dev.dovetail.core.plan.Lock;
import dev.dovetail.core.plan.Migration;
import dev.dovetail.core.plan.MigrationPlan;
import dev.dovetail.core.plan.Phase;
import dev.dovetail.core.plan.Statement;
import dev.dovetail.core.write.MigrationFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The review report of one diff run: what a reviewer reads in the pull request before the migrations are merged.
 * A summary (migrations per phase, hazards per type), a table with one row per migration, then one section per
 * migration with its locks, its hazards and its files verbatim.
 *
 * <p>Every run writes the report, an empty one included, so that a report left from an earlier run never
 * describes migrations this run did not write. Text from the schema (identifiers in descriptions, locks, SQL) is
 * escaped in the markdown and rendered with HTML escaping on, so it always comes out as text.
 *
 * @param items the migrations of the run, in the order they apply
 */
public record ReviewReport(List<Item> items) {

  static final String MARKDOWN_FILE = "review.md";
  static final String HTML_FILE = "review.html";

  static final String TITLE = "Migration review";

  public ReviewReport {
    items = List.copyOf(items);
  }

  /**
   * One migration of the run.
   *
   * @param migration the planned migration
   * @param directory the directory its files went to, as shown to the user ({@code src/main/resources/db/migration},
   *     {@code src/main/resources/db/contract})
   * @param up its rendered up file
   * @param down its rendered down file, or null when it has none
   * @param waits whether it waits off Flyway's path for {@code migrations:promote} (a deferred contract migration)
   */
  public record Item(Migration migration, String directory, MigrationFile up, MigrationFile down, boolean waits) {

    public Item {
      Objects.requireNonNull(migration, "migration");
      Objects.requireNonNull(directory, "directory");
      Objects.requireNonNull(up, "up");
    }

    /** An item that waits for promotion exactly when it is a contract migration. */
    public Item(Migration migration, String directory, MigrationFile up, MigrationFile down) {
      this(migration, directory, up, down, migration.phase() == Phase.CONTRACT);
    }
  }

  /** @return the report as GitHub-flavoured markdown */
  public String markdown() {
    StringBuilder md = new StringBuilder("# " + TITLE + "\n\n");
    if (items.isEmpty()) {
      return md.append("The schema is up to date: this `migrations:diff` run wrote no migration.\n").toString();
    }
    md.append(summary()).append("\n\n");
    md.append(advice()).append("\n\n");
    md.append(table());
    for (int i = 0; i < items.size(); i++) {
      md.append('\n').append(section(i + 1, items.get(i)));
    }
    return md.toString();
  }

  /** @return the report as one self-contained HTML page: no script, no stylesheet, font or image to load */
  public String html() {
    return ReviewHtml.page(pageTitle(), markdown());
  }

  /**
   * Writes {@code review.md} and {@code review.html} into {@code directory}, replacing earlier reports.
   *
   * @param directory the directory, created if missing
   * @return the paths of the markdown and the HTML file
   * @throws MigrationException with {@link ErrorCode#WRITE_FAILED} when a file cannot be written
   */
  public List<Path> write(Path directory) {
    Path markdownFile = directory.resolve(MARKDOWN_FILE);
    Path htmlFile = directory.resolve(HTML_FILE);
    try {
      Files.createDirectories(directory);
      Files.writeString(markdownFile, markdown(), StandardCharsets.UTF_8);
      Files.writeString(htmlFile, html(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MigrationException(ErrorCode.WRITE_FAILED, "writing the review report to " + directory + ": " + e, e);
    }
    return List.of(markdownFile, htmlFile);
  }

  private String pageTitle() {
    return items.isEmpty() ? TITLE + ": schema up to date" : TITLE + ": " + count(items.size(), "migration");
  }

  /** {@code 3 migrations: 2 expand, 0 data, 1 contract; hazards: 2 LONG_RUNNING, 1 NON_TRANSACTIONAL.} */
  private String summary() {
    Map<Phase, Integer> phases = new EnumMap<>(Phase.class);
    items.forEach(item -> phases.merge(item.migration().phase(), 1, Integer::sum));
    String perPhase = List.of(Phase.values()).stream()
        .map(phase -> phases.getOrDefault(phase, 0) + " " + phase.label())
        .collect(Collectors.joining(", "));
    Map<HazardType, Integer> hazards = hazardCounts();
    String perType = hazards.isEmpty()
        ? "none"
        : hazards.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    return count(items.size(), "migration") + ": " + perPhase + "; hazards: " + perType + ".";
  }

  /** @return for each hazard type, how many migrations have one, counted as the diff log counts them */
  private Map<HazardType, Integer> hazardCounts() {
    return new MigrationPlan(items.stream().map(Item::migration).toList()).hazardCounts();
  }

  private String advice() {
    String hazards = hazardCounts().isEmpty()
        ? "No hazards: review the SQL below as usual."
        : "Check every hazard below before deploying.";
    List<Item> contract = items.stream().filter(Item::waits).toList();
    if (contract.isEmpty()) {
      return hazards;
    }
    Set<String> directories = new LinkedHashSet<>();
    contract.forEach(item -> directories.add(Markdown.code(item.directory())));
    boolean one = contract.size() == 1;
    return hazards + " " + (one ? "The contract migration waits" : "The " + contract.size() + " contract migrations wait")
        + " in " + String.join(", ", directories) + ": Flyway does not run " + (one ? "it" : "them")
        + " until `mvn migrations:promote` moves " + (one ? "it" : "them") + ", once every instance runs the new version.";
  }

  private String table() {
    StringBuilder md = new StringBuilder("| # | file | phase | transaction | locks | hazards |\n|---:|---|---|---|---|---|\n");
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      Migration migration = item.migration();
      List<String> locks = Statement.locks(migration.up()).stream().map(Lock::text).toList();
      List<HazardType> types = hazardTypes(migration);
      md.append("| ").append(i + 1)
          .append(" | ").append(Markdown.cellCode(item.up().fileName()))
          .append(" | ").append(migration.phase().label())
          .append(" | ").append(migration.transactional() ? "yes" : "**no**")
          .append(" | ").append(locks.isEmpty() ? "none" : locks.stream().map(Markdown::cellCode).collect(Collectors.joining(", ")))
          .append(" | ").append(types.isEmpty() ? "none" : types.stream().map(t -> "**" + t + "**").collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    return md.toString();
  }

  private static List<HazardType> hazardTypes(Migration migration) {
    return migration.hazards().stream().map(Hazard::type).distinct().toList();
  }

  private static String section(int number, Item item) {
    Migration migration = item.migration();
    StringBuilder md = new StringBuilder();
    md.append("## ").append(number).append(". ").append(Markdown.code(item.up().fileName())).append("\n\n");
    md.append("- description: ").append(Markdown.text(migration.description())).append('\n');
    md.append("- directory: ").append(Markdown.code(item.directory())).append('\n');
    md.append("- phase: ").append(migration.phase().label()).append('\n');
    md.append("- runs in a transaction: ").append(migration.transactional()
        ? "yes"
        : "**no** (its " + Markdown.code(item.up().fileName() + ".conf") + " sets `executeInTransaction=false`)").append('\n');
    md.append(list("locks", Statement.locks(migration.up()).stream().map(l -> Markdown.code(l.text())).toList(), "none on existing tables"));
    md.append(list("hazards", migration.hazards().stream().map(ReviewReport::hazard).toList(), "none"));
    md.append('\n').append(file("Up", item.up()));
    md.append('\n').append(item.down() == null ? "No down file.\n" : file("Down", item.down()));
    return md.toString();
  }

  private static String hazard(Hazard hazard) {
    return "**" + hazard.type() + "**: " + Markdown.text(hazard.message());
  }

  /** A list item with one nested item per entry, or {@code none} on the line itself. */
  private static String list(String label, List<String> entries, String none) {
    if (entries.isEmpty()) {
      return "- " + label + ": " + none + "\n";
    }
    StringBuilder md = new StringBuilder("- " + label + ":\n");
    entries.forEach(entry -> md.append("  - ").append(entry).append('\n'));
    return md.toString();
  }

  private static String file(String direction, MigrationFile file) {
    StringBuilder md = new StringBuilder(direction + ", " + Markdown.code(file.fileName()) + ":\n\n");
    md.append(Markdown.fence("sql", file.content()));
    Set<String> invisibles = Markdown.invisibles(file.content());
    if (!invisibles.isEmpty()) {
      md.append("\n**Warning:** this file contains invisible or bidirectional control characters (")
          .append(String.join(", ", invisibles))
          .append("): what is shown above may not be what PostgreSQL runs.\n");
    }
    return md.toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
