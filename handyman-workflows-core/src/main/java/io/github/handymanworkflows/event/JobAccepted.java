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

/**
 * A handyman accepted a job offered to them ({@code handyman/job.accepted}); the job matching flow
 * waits for it.
 *
 * @param handymanId the handyman who accepted
 * @param jobId the job's business key
 * @param customerId who posted the job
 * @param acceptedAt when the handyman accepted
 */
public record JobAccepted(String handymanId, String jobId, String customerId, Instant acceptedAt) {

  /** The wire name {@code handyman/job.accepted}. */
  public static final EventType<JobAccepted> TYPE =
      EventType.of("handyman/job.accepted", JobAccepted.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public JobAccepted {
    FIELDS.text("handymanId", handymanId);
    FIELDS.text("jobId", jobId);
    FIELDS.text("customerId", customerId);
    FIELDS.required("acceptedAt", acceptedAt);
  }
}
