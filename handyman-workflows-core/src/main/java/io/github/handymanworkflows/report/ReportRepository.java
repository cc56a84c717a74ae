package io.github.handymanworkflows.report;

import java.util.Optional;

/** Analytics snapshots, one per period key. Implementations are thread-safe. */
public interface ReportRepository {

  /**
   * Stores the report unless its period already has one; a rerun of a period keeps the first
   * snapshot.
   *
   * @return {@code true} when stored, {@code false} when the period already existed
   */
  boolean saveIfAbsent(AnalyticsReport report);

  /** The report of a period, for example {@code weekly:2026-W48}. */
  Optional<AnalyticsReport> find(String periodKey);
}
