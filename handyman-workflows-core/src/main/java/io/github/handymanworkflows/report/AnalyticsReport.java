package io.github.handymanworkflows.report;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored analytics snapshot, one per period key (§8 F.33).
 *
 * @param period the calendar period measured
 * @param metrics what was measured
 * @param generatedAt when the snapshot was taken
 */
public record AnalyticsReport(ReportPeriod period, AnalyticsMetrics metrics, Instant generatedAt) {

  /** Validates the fields. */
  public AnalyticsReport {
    Objects.requireNonNull(period, "period must not be null");
    Objects.requireNonNull(metrics, "metrics must not be null");
    Objects.requireNonNull(generatedAt, "generatedAt must not be null");
  }

  /** The period key, for example {@code monthly:2026-11}. */
  public String periodKey() {
    return period.key();
  }
}
