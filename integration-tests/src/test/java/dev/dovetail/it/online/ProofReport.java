package dev.dovetail.it.online;

import dev.dovetail.core.plan.Phase;
import dev.dovetail.it.online.Traffic.ThreadReport;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an {@link OnlineProof} saw.
 *
 * @param scenario the scenario's name
 * @param initialRows the rows the application's table held when the first file ran
 * @param files the up files that ran, or began to, in order
 * @param traffic what each thread of each application version saw
 * @param failure the error that stopped a file, or null when every file ran
 * @param rowsLost initial or inserted rows of the application's table missing at the end
 * @param schemaDifferences how the migrated schema differs from the declared one, by the model; empty when equal
 * @param elapsed how long the files took, first to last
 */
public record ProofReport(
    String scenario,
    long initialRows,
    List<FileRun> files,
    List<ThreadReport> traffic,
    String failure,
    long rowsLost,
    String schemaDifferences,
    Duration elapsed) {

  public ProofReport {
    files = List.copyOf(files);
    traffic = List.copyOf(traffic);
  }

  /**
   * One up file as it ran.
   *
   * @param fileName its name
   * @param phase its migration's phase
   * @param application the application version at work meanwhile
   * @param startNanos when it began, in {@link System#nanoTime()}
   * @param endNanos when it ended or failed
   */
  public record FileRun(String fileName, Phase phase, String application, long startNanos, long endNanos) {

    /** @return how long the file ran */
    public Duration duration() {
      return Duration.ofNanos(endNanos - startNanos);
    }
  }

  /** @return whether every file ran */
  public boolean completed() {
    return failure == null;
  }

  /** @return whether the migrated schema equals the declared one */
  public boolean reachedAfter() {
    return schemaDifferences.isEmpty();
  }

  /** @return the longest any statement of the {@code writer} or the {@code reader}, of any version, took */
  public Duration maxWait(String thread) {
    return traffic.stream().filter(t -> t.thread().equals(thread)).map(ThreadReport::maxWait).max(Duration::compareTo).orElse(Duration.ZERO);
  }

  /** @return the failed statements' messages, of every thread */
  public List<String> errors() {
    return traffic.stream().flatMap(t -> t.errors().stream().map(e -> t.application() + " " + t.thread() + ": " + e)).toList();
  }

  /** @return how many statements failed, in every thread */
  public int errorCount() {
    return traffic.stream().mapToInt(ThreadReport::errorCount).sum();
  }

  /** @return how many statements the threads ran */
  public int statements() {
    return traffic.stream().mapToInt(t -> t.samples().size()).sum();
  }

  /** @return a summary: each file with how long it ran and the longest waits while it ran, then the totals */
  @Override
  public String toString() {
    String perFile =
        files.stream()
            .map(f -> String.format("  %-60s %-8s %6d ms  writer max %5d ms  reader max %5d ms  (%s)",
                f.fileName(), f.phase(), f.duration().toMillis(), maxWait("writer", f), maxWait("reader", f), f.application()))
            .collect(Collectors.joining("\n"));
    return String.format(
        "%s: %d rows, %d files in %d ms, %d statements; max wait writer %d ms, reader %d ms; %d errors %s; %d rows lost; %s; %s%n%s",
        scenario, initialRows, files.size(), elapsed.toMillis(), statements(), maxWait("writer").toMillis(), maxWait("reader").toMillis(),
        errorCount(), errors(), rowsLost, completed() ? "completed" : "FAILED: " + failure,
        reachedAfter() ? "schema equals after" : "schema differs from after:\n" + schemaDifferences, perFile);
  }

  private long maxWait(String thread, FileRun file) {
    return traffic.stream()
        .filter(t -> t.thread().equals(thread))
        .map(t -> t.maxWait(file.startNanos(), file.endNanos()))
        .max(Duration::compareTo)
        .orElse(Duration.ZERO)
        .toMillis();
  }
}
