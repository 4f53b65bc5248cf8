package dev.dovetail.diff.verify;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import dev.dovetail.core.report.Markdown;
import dev.dovetail.diff.verify.FindingCode.Check;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code migrations:verify} found.
 *
 * @param findings the problems, in the order of the checks; empty when verify passes
 * @param accepted the live differences a drift baseline accepts, with its reasons
 * @param unusedBaseline the baseline entries that matched nothing: drift that is gone, whose lines can be removed
 * @param skipped the enabled checks (or the parts of one) that could not run, with why; a skipped check fails verify,
 *     since nothing it would have found is known
 * @param disabled the checks the configuration turns off ({@code verifyReversibility=false}, no {@code url}), with why;
 *     they do not fail verify
 * @param report where {@code verify.md} is written, or null when no report is written
 */
public record VerifyResult(
    List<Finding> findings, List<Accepted> accepted, List<DriftBaseline.Entry> unusedBaseline, Map<Check, String> skipped,
    Map<Check, String> disabled, Path report) {

  /**
   * A finding a drift baseline accepts.
   *
   * @param finding the finding
   * @param reason the baseline's reason
   */
  public record Accepted(Finding finding, String reason) {}

  public VerifyResult {
    findings = List.copyOf(findings);
    accepted = List.copyOf(accepted);
    unusedBaseline = List.copyOf(unusedBaseline);
    skipped = Map.copyOf(skipped);
    disabled = Map.copyOf(disabled);
  }

  /** @return whether every enabled check ran and found nothing (accepted drift aside) */
  public boolean passed() {
    return findings.isEmpty() && skipped.isEmpty();
  }

  /**
   * @return the outcome of one check as the log and {@code verify.md} show it: {@code passed}, {@code 2 problem(s)},
   *     {@code skipped: <why>} (possibly after the problems of the part that ran), or {@code disabled: <why>}
   */
  public String status(Check check) {
    if (disabled.containsKey(check)) {
      return "disabled: " + disabled.get(check);
    }
    long problems = findings.stream().filter(f -> f.code().check() == check).count();
    String found = problems == 0 ? "" : problems + " problem(s)";
    if (skipped.containsKey(check)) {
      return (found.isEmpty() ? "" : found + "; ") + "skipped: " + skipped.get(check);
    }
    return found.isEmpty() ? "passed" : found;
  }

  /** @return the one-line summary of the run */
  public String summary() {
    if (passed()) {
      return "Verify passed" + (accepted.isEmpty() ? "" : " (" + accepted.size() + " accepted difference(s) from the drift baseline)");
    }
    return "Verify failed: " + findings.size() + " problem(s)"
        + (skipped.isEmpty() ? "" : ", " + skipped.size() + " check(s) skipped (a skipped check fails verify: what it would find is unknown)");
  }

  /**
   * @throws MigrationException with {@link ErrorCode#VERIFY_FAILED} listing every finding with what to do next, when
   *     verify did not pass
   */
  public void requirePassed() {
    if (passed()) {
      return;
    }
    StringBuilder message = new StringBuilder("migrations:verify found " + findings.size() + " problem(s)"
        + (skipped.isEmpty() ? "" : " and skipped " + skipped.size() + " check(s)")
        + (report == null ? "" : " (report: " + report + ")") + ":");
    for (Check check : Check.values()) {
      List<Finding> ofCheck = findings.stream().filter(f -> f.code().check() == check).toList();
      if (ofCheck.isEmpty() && !skipped.containsKey(check)) {
        continue;
      }
      message.append("\n").append(check.ordinal() + 1).append(". ").append(check.title()).append(": ").append(status(check));
      ofCheck.forEach(f -> message.append("\n  ").append(f).append("\n      next: ").append(f.code().next()));
    }
    throw new MigrationException(ErrorCode.VERIFY_FAILED, message.toString());
  }

  /** @return the report as GitHub-flavoured markdown, readable in a pull request as it is */
  public String markdown() {
    StringBuilder md = new StringBuilder("# migrations:verify\n\n");
    md.append(passed() ? "**Passed**"
        : "**Failed: " + findings.size() + " problem(s)" + (skipped.isEmpty() ? "" : ", " + skipped.size() + " check(s) skipped") + "**");
    if (!accepted.isEmpty()) {
      md.append(", ").append(accepted.size()).append(" accepted difference(s) from the drift baseline");
    }
    md.append("\n\n| # | check | result |\n|---|---|---|\n");
    for (Check check : Check.values()) {
      String status = Markdown.text(status(check));
      String result = status.equals("passed") || disabled.containsKey(check) ? status : "**" + status + "**";
      md.append("| ").append(check.ordinal() + 1).append(" | ").append(check.title()).append(" | ").append(result).append(" |\n");
    }
    for (Check check : Check.values()) {
      List<Finding> ofCheck = findings.stream().filter(f -> f.code().check() == check).toList();
      if (ofCheck.isEmpty()) {
        continue;
      }
      md.append("\n## ").append(check.ordinal() + 1).append(". ").append(check.title()).append("\n\n");
      for (Finding finding : ofCheck) {
        md.append("- `").append(finding.code()).append("` ").append(Markdown.code(finding.subject()));
        if (!finding.detail().isEmpty()) {
          // a fenced block inside the list item: every line indented by two
          md.append("\n\n").append(Markdown.fence("", finding.detail()).lines().map(l -> "  " + l).collect(Collectors.joining("\n")));
        }
        md.append("\n\n  Next: ").append(finding.code().next()).append(".\n");
        if (DriftBaseline.acceptable(finding.code())) {
          md.append("\n  To accept it, add this line to the drift baseline: ").append(Markdown.code(finding.key() + " -- <reason>")).append("\n");
        }
      }
    }
    if (!accepted.isEmpty()) {
      md.append("\n## Accepted drift\n\n| difference | reason |\n|---|---|\n");
      accepted.forEach(a -> md.append("| ").append(Markdown.cellCode(a.finding().key())).append(" | ").append(Markdown.text(a.reason())).append(" |\n"));
    }
    if (!unusedBaseline.isEmpty()) {
      md.append("\n## Baseline entries that match nothing\n\nThe drift is gone; these lines can be removed:\n\n");
      unusedBaseline.forEach(e -> md.append("- line ").append(e.line()).append(": ").append(Markdown.code(e.key())).append("\n"));
    }
    return md.toString();
  }
}
