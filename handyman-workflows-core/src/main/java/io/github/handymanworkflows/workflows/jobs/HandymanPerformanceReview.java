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
package io.github.handymanworkflows.workflows.jobs;

import io.github.handymanworkflows.event.EventBounds;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.event.EventValidationException;
import io.github.handymanworkflows.handyman.HandymanStats;
import io.github.handymanworkflows.handyman.PerformanceCohort;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One handyman's weekly performance e-mail is due ({@code handyman/performance.review}): the
 * performance flow fans out one per classified handyman, and {@link SendPerformanceEmail} sends it.
 *
 * <p>The event carries the stats the classification used, so the e-mail tells the same story as the
 * cohort even when a job completes in between.
 *
 * @param handymanId the handyman
 * @param period the ISO week reviewed, for example {@code 2026-W01}; part of the e-mail key
 * @param cohort tips or recognition; exactly one per handyman and period
 * @param stats the track record the classification used
 * @param asOf when the review ran (the cron's scheduled time)
 */
public record HandymanPerformanceReview(
    String handymanId, String period, PerformanceCohort cohort, HandymanStats stats, Instant asOf) {

  /** The wire name {@code handyman/performance.review}. */
  public static final EventType<HandymanPerformanceReview> TYPE =
      EventType.of("handyman/performance.review", HandymanPerformanceReview.class);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public HandymanPerformanceReview {
    text("handymanId", handymanId);
    text("period", period);
    required("cohort", cohort);
    required("stats", stats);
    required("asOf", asOf);
  }

  private static void required(String field, @Nullable Object value) {
    if (value == null) {
      throw new EventValidationException(TYPE.name(), "data." + field, "is required");
    }
  }

  private static void text(String field, @Nullable String value) {
    required(field, value);
    if (value.isBlank()) {
      throw new EventValidationException(TYPE.name(), "data." + field, "must not be blank");
    }
    EventBounds.check(TYPE.name(), field, value);
  }
}
