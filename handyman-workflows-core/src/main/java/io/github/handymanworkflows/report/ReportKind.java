package io.github.handymanworkflows.report;

import java.util.Locale;

/** The calendar period a report covers. */
public enum ReportKind {
  /** One calendar day. */
  DAILY,
  /** One ISO week, Monday to Sunday. */
  WEEKLY,
  /** One calendar month. */
  MONTHLY;

  /** The period-key prefix: {@code daily}, {@code weekly} or {@code monthly}. */
  public String prefix() {
    return name().toLowerCase(Locale.ROOT);
  }
}
