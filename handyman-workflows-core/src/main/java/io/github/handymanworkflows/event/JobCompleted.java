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

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A handyman finished a job ({@code handyman/job.completed}); triggers the job completion flow
 * (stats, review request, availability).
 *
 * @param handymanId the handyman who did the work
 * @param jobId the job's business key; stats are counted once per job
 * @param customerId who posted the job
 * @param completedAt when the work was finished
 * @param rating the customer's star rating from 1 to 5, or {@code null} when not rated yet
 * @param review the customer's review text, or {@code null} (blank reads as {@code null})
 */
public record JobCompleted(
    String handymanId,
    String jobId,
    String customerId,
    Instant completedAt,
    @Nullable Integer rating,
    @Nullable String review) {

  /** The wire name {@code handyman/job.completed}. */
  public static final EventType<JobCompleted> TYPE =
      EventType.of("handyman/job.completed", JobCompleted.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public JobCompleted {
    FIELDS.text("handymanId", handymanId);
    FIELDS.text("jobId", jobId);
    FIELDS.text("customerId", customerId);
    FIELDS.required("completedAt", completedAt);
    FIELDS.optionalRating("rating", rating);
    review = FIELDS.optionalText("review", review);
  }
}
