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
package io.github.handymanworkflows.mail;

import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Urgency;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Offers a posted job to a matching handyman.
 *
 * @param handyman the handyman
 * @param jobId the job
 * @param jobTitle its title
 * @param category its skill category
 * @param location its address as the customer wrote it
 * @param urgency how soon it is needed
 * @param budget the customer's budget, if given
 * @param distanceKm how far the job is from the handyman, if known
 * @param respondWithin how long the offer stays open
 */
public record JobMatchedEmail(
    Recipient handyman,
    String jobId,
    String jobTitle,
    String category,
    String location,
    Urgency urgency,
    @Nullable Money budget,
    @Nullable Double distanceKm,
    Duration respondWithin) {

  /** Validates the fields. */
  public JobMatchedEmail {
    Require.present(handyman, "handyman");
    Require.text(jobId, "jobId");
    Require.text(jobTitle, "jobTitle");
    Require.text(category, "category");
    Require.text(location, "location");
    Require.present(urgency, "urgency");
    if (distanceKm != null && !(distanceKm >= 0)) {
      throw new MailValidationException("distanceKm", "must not be negative");
    }
    Require.positive(respondWithin, "respondWithin");
  }
}
