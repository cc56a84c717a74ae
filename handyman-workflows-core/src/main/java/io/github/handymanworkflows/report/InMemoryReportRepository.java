package io.github.handymanworkflows.report;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link ReportRepository} in a map: the embedded default. Data is lost on restart. */
public final class InMemoryReportRepository implements ReportRepository {

  private final ConcurrentHashMap<String, AnalyticsReport> reports = new ConcurrentHashMap<>();

  /** An empty repository. */
  @Inject
  public InMemoryReportRepository() {}

  @Override
  public boolean saveIfAbsent(AnalyticsReport report) {
    Objects.requireNonNull(report, "report must not be null");
    return reports.putIfAbsent(report.periodKey(), report) == null;
  }

  @Override
  public Optional<AnalyticsReport> find(String periodKey) {
    Objects.requireNonNull(periodKey, "periodKey must not be null");
    return Optional.ofNullable(reports.get(periodKey));
  }
}
