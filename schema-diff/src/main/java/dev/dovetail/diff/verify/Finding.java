package dev.dovetail.diff.verify;

import java.util.Objects;

/**
 * One thing {@code migrations:verify} found wrong.
 *
 * @param code what kind of problem, a stable code that also says what to do next
 * @param subject the file or object it is about ({@code V20261125__create_table_orders.sql},
 *     {@code column public.customers.phone})
 * @param detail what exactly was found
 */
public record Finding(FindingCode code, String subject, String detail) {

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(detail, "detail");
  }

  /** @return the finding as a drift baseline names it: code and subject */
  public String key() {
    return code + " " + subject;
  }

  @Override
  public String toString() {
    return key() + (detail.isEmpty() ? "" : ": " + detail);
  }
}
