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
package io.github.handymanworkflows.job;

import io.github.handymanworkflows.domain.Location;
import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Urgency;
import io.github.handymanworkflows.handyman.Skills;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A job a customer posted.
 *
 * @param jobId the business key
 * @param customerId who posted it
 * @param title a short title
 * @param skill the skill it needs, normalized by {@link Skills#normalize}
 * @param location where the work is
 * @param urgency how soon it is needed
 * @param budget what the customer means to pay
 * @param status where it is in its life
 * @param handymanId who accepted it; required from ACCEPTED on, optional when cancelled
 * @param postedAt when it was posted
 * @param acceptedAt when a handyman accepted it
 * @param completedAt when it was completed; required when COMPLETED
 * @param cancelledAt when it was cancelled; required when CANCELLED
 * @param finalPrice what was charged; required when COMPLETED
 */
public record Job(
    String jobId,
    String customerId,
    String title,
    String skill,
    Location location,
    Urgency urgency,
    Money budget,
    JobStatus status,
    @Nullable String handymanId,
    Instant postedAt,
    @Nullable Instant acceptedAt,
    @Nullable Instant completedAt,
    @Nullable Instant cancelledAt,
    @Nullable Money finalPrice) {

  /** Validates the fields and that they fit the status. */
  public Job {
    Objects.requireNonNull(jobId, "jobId must not be null");
    Objects.requireNonNull(customerId, "customerId must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(location, "location must not be null");
    Objects.requireNonNull(urgency, "urgency must not be null");
    Objects.requireNonNull(budget, "budget must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(postedAt, "postedAt must not be null");
    skill = Skills.normalize(skill);
    if (jobId.isBlank()) {
      throw new IllegalArgumentException("jobId must not be blank");
    }
    boolean taken =
        status == JobStatus.ACCEPTED
            || status == JobStatus.IN_PROGRESS
            || status == JobStatus.COMPLETED;
    if (taken && (handymanId == null || acceptedAt == null)) {
      throw new IllegalArgumentException(
          "handymanId and acceptedAt are required when status is " + status);
    }
    if (status == JobStatus.COMPLETED && (completedAt == null || finalPrice == null)) {
      throw new IllegalArgumentException(
          "completedAt and finalPrice are required when status is COMPLETED");
    }
    if (status == JobStatus.CANCELLED && cancelledAt == null) {
      throw new IllegalArgumentException("cancelledAt is required when status is CANCELLED");
    }
  }

  /** A job just posted: OPEN, no handyman. */
  public static Job open(
      String jobId,
      String customerId,
      String title,
      String skill,
      Location location,
      Urgency urgency,
      Money budget,
      Instant postedAt) {
    return new Job(
        jobId,
        customerId,
        title,
        skill,
        location,
        urgency,
        budget,
        JobStatus.OPEN,
        null,
        postedAt,
        null,
        null,
        null,
        null);
  }

  /** A copy in another status, other fields unchanged; validation applies. */
  public Job withStatus(JobStatus newStatus) {
    return new Job(
        jobId,
        customerId,
        title,
        skill,
        location,
        urgency,
        budget,
        newStatus,
        handymanId,
        postedAt,
        acceptedAt,
        completedAt,
        cancelledAt,
        finalPrice);
  }

  /** A copy accepted by a handyman. */
  public Job accepted(String byHandymanId, Instant at) {
    return new Job(
        jobId,
        customerId,
        title,
        skill,
        location,
        urgency,
        budget,
        JobStatus.ACCEPTED,
        byHandymanId,
        postedAt,
        at,
        completedAt,
        cancelledAt,
        finalPrice);
  }

  /** A copy completed at a price. */
  public Job completed(Money price, Instant at) {
    return new Job(
        jobId,
        customerId,
        title,
        skill,
        location,
        urgency,
        budget,
        JobStatus.COMPLETED,
        handymanId,
        postedAt,
        acceptedAt,
        at,
        cancelledAt,
        price);
  }

  /** A copy cancelled. */
  public Job cancelled(Instant at) {
    return new Job(
        jobId,
        customerId,
        title,
        skill,
        location,
        urgency,
        budget,
        JobStatus.CANCELLED,
        handymanId,
        postedAt,
        acceptedAt,
        completedAt,
        at,
        finalPrice);
  }
}
