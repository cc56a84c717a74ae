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

import org.jspecify.annotations.Nullable;

/**
 * The customer's side of a finished job ({@code customer/job.completed}): tells the customer who
 * did the work.
 *
 * @param customerId who posted the job
 * @param jobId the job's business key
 * @param handymanId who did the work
 * @param handymanName the handyman's display name
 * @param rating the customer's star rating from 1 to 5, or {@code null} when not rated yet
 */
public record CustomerJobCompleted(
    String customerId,
    String jobId,
    String handymanId,
    String handymanName,
    @Nullable Integer rating) {

  /** The wire name {@code customer/job.completed}. */
  public static final EventType<CustomerJobCompleted> TYPE =
      EventType.of("customer/job.completed", CustomerJobCompleted.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public CustomerJobCompleted {
    FIELDS.text("customerId", customerId);
    FIELDS.text("jobId", jobId);
    FIELDS.text("handymanId", handymanId);
    FIELDS.text("handymanName", handymanName);
    FIELDS.optionalRating("rating", rating);
  }
}
