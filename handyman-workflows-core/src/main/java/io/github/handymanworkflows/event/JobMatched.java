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
import io.github.handymanworkflows.domain.Location;
import io.github.handymanworkflows.domain.Urgency;
import java.time.Duration;

/**
 * A posted job was offered to one handyman ({@code handyman/job.matched}); triggers the job
 * notification to that handyman.
 *
 * <p>The original app sent the duration as a bare number (minutes here, hours in the job model) and
 * the location as a string; both are typed now.
 *
 * @param handymanId the handyman the job is offered to
 * @param jobId the job's business key
 * @param customerId who posted the job
 * @param jobTitle the job's title
 * @param location where the job is
 * @param urgency how soon it is needed
 * @param estimatedDuration how long the work should take; positive ({@code "PT2H"} on the wire)
 * @param distanceKm how far the handyman is from the job, in kilometres; finite and not negative
 */
public record JobMatched(
    String handymanId,
    String jobId,
    String customerId,
    String jobTitle,
    Location location,
    Urgency urgency,
    Duration estimatedDuration,
    @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) double distanceKm) {

  /** The wire name {@code handyman/job.matched}. */
  public static final EventType<JobMatched> TYPE =
      EventType.of("handyman/job.matched", JobMatched.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public JobMatched {
    FIELDS.text("handymanId", handymanId);
    FIELDS.text("jobId", jobId);
    FIELDS.text("customerId", customerId);
    FIELDS.text("jobTitle", jobTitle);
    FIELDS.required("location", location);
    FIELDS.required("urgency", urgency);
    FIELDS.required("estimatedDuration", estimatedDuration);
    if (estimatedDuration.isNegative() || estimatedDuration.isZero()) {
      throw FIELDS.invalid("estimatedDuration", "must be positive");
    }
    if (!Double.isFinite(distanceKm) || distanceKm < 0) {
      throw FIELDS.invalid("distanceKm", "must be a finite distance of at least 0");
    }
  }
}
