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

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A customer reviewed a finished job ({@code customer/review.submitted}); the job completion flow
 * waits for it before deciding on a reminder.
 *
 * @param reviewId the review's id
 * @param jobId the job's business key, which the completion flow matches on
 * @param customerId who wrote the review
 * @param handymanId who is reviewed
 * @param rating the star rating from 1 to 5; required on the wire
 * @param comment the review text, or {@code null} (blank reads as {@code null})
 * @param submittedAt when the review was submitted
 */
public record ReviewSubmitted(
    String reviewId,
    String jobId,
    String customerId,
    String handymanId,
    @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) int rating,
    @Nullable String comment,
    Instant submittedAt) {

  /** The wire name {@code customer/review.submitted}. */
  public static final EventType<ReviewSubmitted> TYPE =
      EventType.of("customer/review.submitted", ReviewSubmitted.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public ReviewSubmitted {
    FIELDS.text("reviewId", reviewId);
    FIELDS.text("jobId", jobId);
    FIELDS.text("customerId", customerId);
    FIELDS.text("handymanId", handymanId);
    FIELDS.rating("rating", rating);
    comment = FIELDS.optionalText("comment", comment);
    FIELDS.required("submittedAt", submittedAt);
  }
}
