package dev.dovetail.diff.verify;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Differences between the live database and its migrations that a team has accepted, so that {@code migrations:verify}
 * can run on a database with known drift and still fail on new drift. One line per difference, as verify names it,
 * then {@code --} and the reason; {@code #} starts a comment:
 *
 * <pre>
 * # accepted drift of production
 * LIVE_EXTRA column public.customers.legacy_flag -- added by support in 2024 (OPS-12); dropped with the CRM import
 * </pre>
 *
 * <p>Only live drift ({@code LIVE_EXTRA}, {@code LIVE_MISSING}, {@code LIVE_DIFFERS}) can be accepted: an edited
 * migration or a down that does not undo is never tolerated.
 *
 * @param file where the baseline was read from
 * @param entries the accepted differences
 */
public record DriftBaseline(Path file, List<Entry> entries) {

  /** Accepted codes. */
  private static final List<FindingCode> ACCEPTABLE = List.of(FindingCode.LIVE_EXTRA, FindingCode.LIVE_MISSING, FindingCode.LIVE_DIFFERS);

  /**
   * @param key the finding's code and subject ({@link Finding#key()})
   * @param reason why it is accepted
   * @param line where it is in the file
   */
  public record Entry(String key, String reason, int line) {}

  public DriftBaseline {
    Objects.requireNonNull(file, "file");
    entries = List.copyOf(entries);
  }

  /**
   * @return the baseline in {@code file}
   * @throws MigrationException with {@link ErrorCode#CONFIGURATION_INVALID} naming the file and line of a malformed
   *     entry, or when the file is missing
   */
  public static DriftBaseline read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MigrationException(ErrorCode.CONFIGURATION_INVALID, "driftBaseline " + file + " cannot be read: " + e.getMessage(), e);
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int separator = line.indexOf(" -- ");
      String where = file + ":" + (i + 1) + ": ";
      if (separator < 0 || line.substring(separator + 4).isBlank()) {
        throw new MigrationException(ErrorCode.CONFIGURATION_INVALID,
            where + "every accepted difference needs a reason: <CODE> <object> -- <why it is accepted>");
      }
      String key = line.substring(0, separator).strip();
      String code = key.split(" ", 2)[0];
      if (ACCEPTABLE.stream().noneMatch(c -> c.name().equals(code)) || !key.contains(" ")) {
        throw new MigrationException(ErrorCode.CONFIGURATION_INVALID,
            where + "'" + key + "' is not live drift; only " + ACCEPTABLE + " findings can be accepted, written as verify reports them");
      }
      entries.add(new Entry(key, line.substring(separator + 4).strip(), i + 1));
    }
    return new DriftBaseline(file, entries);
  }

  /** @return whether a baseline may accept findings of {@code code}: live drift only */
  public static boolean acceptable(FindingCode code) {
    return ACCEPTABLE.contains(code);
  }

  /** @return the entry that accepts {@code finding}, if any */
  public java.util.Optional<Entry> accepting(Finding finding) {
    return entries.stream().filter(e -> e.key().equals(finding.key())).findFirst();
  }
}
