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
