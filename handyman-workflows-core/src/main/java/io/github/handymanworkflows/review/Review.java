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
package io.github.handymanworkflows.review;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A customer's review of a completed job; at most one per job.
 *
 * @param jobId the reviewed job, also the review's key
 * @param customerId who wrote it
 * @param handymanId who did the job
 * @param rating 1 to 5
 * @param comment free text, or {@code null}
 * @param submittedAt when it was submitted
 */
public record Review(
    String jobId,
    String customerId,
    String handymanId,
    int rating,
    @Nullable String comment,
    Instant submittedAt) {

  /** Validates the fields. */
  public Review {
    Objects.requireNonNull(jobId, "jobId must not be null");
    Objects.requireNonNull(customerId, "customerId must not be null");
    Objects.requireNonNull(handymanId, "handymanId must not be null");
    Objects.requireNonNull(submittedAt, "submittedAt must not be null");
    if (rating < 1 || rating > 5) {
      throw new IllegalArgumentException("rating must be between 1 and 5 but was " + rating);
    }
  }
}
