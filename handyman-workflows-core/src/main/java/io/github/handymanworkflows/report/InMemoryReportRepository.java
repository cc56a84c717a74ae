/*
 * Copyright 2026 the handyman-workflows authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
