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
package io.github.handymanworkflows.event;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Asks for the daily analytics report now rather than at the nightly run ({@code
 * system/analytics.daily}).
 *
 * @param date the calendar day to report on, in the configured zone ({@code "2026-11-27"} on the
 *     wire), or {@code null} for the day before the event's timestamp
 */
public record DailyAnalyticsRequested(@Nullable LocalDate date) {

  /** The wire name {@code system/analytics.daily}. */
  public static final EventType<DailyAnalyticsRequested> TYPE =
      EventType.of("system/analytics.daily", DailyAnalyticsRequested.class);

  /** A request for the most recent full day. */
  public static DailyAnalyticsRequested latest() {
    return new DailyAnalyticsRequested(null);
  }
}
