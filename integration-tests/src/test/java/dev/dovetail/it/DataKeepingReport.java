package dev.dovetail.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * What the data-keeping round trips of one test class did ({@link DataKeeping}): cases checked, cases whose
 * migrations could not run on rows grouped by SQLSTATE, tables seeded and not, and the time taken. It is printed
 * and written to {@code target/data-keeping/<name>.txt}, and {@link #assertCoverage} fails a run in which too few
 * tables could be seeded, so that a seeder that inserts nothing cannot pass unnoticed.
 */
final class DataKeepingReport {

  private final String name;
  private final ConcurrentLinkedQueue<DataKeeping.Outcome> outcomes = new ConcurrentLinkedQueue<>();

  DataKeepingReport(String name) {
    this.name = name;
  }

  void add(DataKeeping.Outcome outcome) {
    outcomes.add(outcome);
  }

  List<DataKeeping.Outcome> outcomes() {
    return outcomes.stream().sorted(Comparator.comparing(DataKeeping.Outcome::label)).toList();
  }

  long tables() {
    return outcomes.stream().mapToLong(o -> o.seeded().size()).sum();
  }

  long seededTables() {
    return outcomes.stream().flatMap(o -> o.seeded().stream()).filter(s -> s.inserted() > 0).count();
  }

  /** @return the report, as printed */
  String summary() {
    List<DataKeeping.Outcome> all = outcomes();
    List<String> lines = new ArrayList<>();
    long both = all.stream().filter(DataKeeping.Outcome::downsChecked).count();
    long upsOnly = all.stream().filter(o -> o.upsChecked() && !o.downsChecked()).count();
    long none = all.stream().filter(o -> !o.upsChecked()).count();
    long partial = all.stream().flatMap(o -> o.seeded().stream()).filter(s -> s.inserted() > 0 && s.inserted() < TableSeeder.ROWS).count();
    lines.add("Data-keeping round trips (" + name + "): " + all.size() + " cases with migrations; ups and downs checked: " + both
        + ", ups checked and downs stopped by the rows: " + upsOnly + ", ups stopped by the rows: " + none);
    lines.add("Tables: " + tables() + ", seeded: " + seededTables() + " (" + partial + " with fewer than " + TableSeeder.ROWS
        + " rows), not seeded: " + (tables() - seededTables()) + "; rows seeded: " + all.stream().mapToInt(DataKeeping.Outcome::rows).sum());
    lines.add(String.format("Time in the data checks: %.1f s (summed over cases)", all.stream().mapToLong(DataKeeping.Outcome::nanos).sum() / 1e9));
    Map<String, List<DataKeeping.Outcome>> byState = new TreeMap<>(
        all.stream().filter(o -> o.sqlState() != null).collect(Collectors.groupingBy(o -> o.sqlState() + (o.upsChecked() ? " (down)" : " (up)"))));
    for (Map.Entry<String, List<DataKeeping.Outcome>> group : byState.entrySet()) {
      lines.add("Stopped by the rows, SQLSTATE " + group.getKey() + ": " + group.getValue().size());
      group.getValue().forEach(o -> lines.add("  " + o.label() + ": " + o.stoppedBy()));
    }
    all.stream().filter(o -> !o.seeded().isEmpty() && o.seeded().stream().allMatch(s -> s.inserted() == 0))
        .forEach(o -> lines.add("Nothing seeded in " + o.label()));
    for (DataKeeping.Outcome outcome : all) {
      for (TableSeeder.Seeded seeded : outcome.seeded()) {
        if (seeded.inserted() == 0) {
          lines.add("Not seeded: " + outcome.label() + " " + seeded.table() + ": " + seeded.reason());
        }
      }
    }
    return String.join("\n", lines);
  }

  /** Prints and writes the report. */
  void print() {
    String summary = summary();
    System.out.println(summary);
    try {
      Path file = Path.of("target/data-keeping", name + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, summary + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param minimumSeeded the least share of the tables that must have been seeded with at least one row
   * @param minimumChecked the least share of the cases whose ups must have run on the rows and been compared
   */
  void assertCoverage(double minimumSeeded, double minimumChecked) {
    List<DataKeeping.Outcome> all = outcomes();
    if (all.isEmpty()) {
      return;
    }
    assertThat((double) seededTables() / Math.max(1, tables()))
        .as("share of tables seeded (" + seededTables() + " of " + tables() + ")\n" + summary()).isGreaterThanOrEqualTo(minimumSeeded);
    long checked = all.stream().filter(DataKeeping.Outcome::upsChecked).count();
    assertThat((double) checked / all.size())
        .as("share of cases whose ups ran on rows (" + checked + " of " + all.size() + ")\n" + summary()).isGreaterThanOrEqualTo(minimumChecked);
  }
}
