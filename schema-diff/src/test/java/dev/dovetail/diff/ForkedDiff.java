package dev.dovetail.diff;

import dev.dovetail.diff.scratch.ScratchSettings;
import java.nio.file.Path;

/**
 * {@code diff} in a process of its own, for the tests that kill it or run two at once ({@link DiffProcessesIT}): the
 * arguments are the schema directory, the migration directory, the scratch provider and, for {@code url}, the scratch
 * server's admin URL. Every progress line goes to standard output as it happens; the last line is {@code wrote N} or
 * {@code failed: <message>}.
 */
public final class ForkedDiff {

  private ForkedDiff() {}

  public static void main(String[] args) {
    Progress out = new Progress() {
      @Override
      public void info(String message) {
        System.out.println(message);
        System.out.flush();
      }

      @Override
      public void warn(String message) {
        info("WARNING " + message);
      }
    };
    ScratchSettings scratch = new ScratchSettings(args[2], args.length > 3 ? args[3] : null, "postgres", null, 18, null);
    try {
      DiffResult result = new MigrationGenerator().diff(
          DiffOptions.of(Path.of(args[0]), Path.of(args[1])).withScratch(scratch).withProgress(out));
      out.info("wrote " + result.written().size());
    } catch (RuntimeException e) {
      out.info("failed: " + e.getMessage());
      System.exit(1);
    }
  }
}
