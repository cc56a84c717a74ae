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

import io.github.handymanworkflows.domain.Location;
import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Urgency;

/**
 * A customer posted a paid-for job ({@code customer/job.posted}); triggers the job matching flow.
 *
 * <p>The original app sent the budget in naira and the location as a string; here the budget is
 * {@link Money} in minor units ({@code {"minorUnits":150000,"currency":"NGN"}}) and the location is
 * structured.
 *
 * @param customerId who posted the job
 * @param jobId the job's business key
 * @param jobTitle the job's title
 * @param category the skill the job needs, for example {@code plumbing}
 * @param location where the job is
 * @param urgency how soon it is needed
 * @param budget what the customer will pay
 */
public record JobPosted(
    String customerId,
    String jobId,
    String jobTitle,
    String category,
    Location location,
    Urgency urgency,
    Money budget) {

  /** The wire name {@code customer/job.posted}. */
  public static final EventType<JobPosted> TYPE =
      EventType.of("customer/job.posted", JobPosted.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public JobPosted {
    FIELDS.text("customerId", customerId);
    FIELDS.text("jobId", jobId);
    FIELDS.text("jobTitle", jobTitle);
    FIELDS.text("category", category);
    FIELDS.required("location", location);
    FIELDS.required("urgency", urgency);
    FIELDS.money("budget", budget);
  }
}
