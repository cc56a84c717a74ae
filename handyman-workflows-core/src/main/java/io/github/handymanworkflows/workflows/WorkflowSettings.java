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
package io.github.handymanworkflows.workflows;

import io.github.handymanworkflows.handyman.PerformanceCriteria;
import io.github.handymanworkflows.security.LockoutPolicy;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Tunable behaviour of the workflows. Every value has a documented default; build with {@link
 * #defaults()} and {@code with…} copies.
 *
 * @param zone the business time zone: crons fire in it ({@code TZ=} prefix) and analytics periods
 *     are calendar days, weeks and months in it (default UTC, as the original app's crons ran)
 * @param lockout the one failed-login policy used by login tracking and security monitoring
 * @param inactivity how long without a login makes a user inactive for re-engagement (30 days)
 * @param archiveAfter how long without a login before weekly maintenance archives an account (180
 *     days)
 * @param pageSize rows per page when crons scan users or records (100)
 * @param profileCheckDelay onboarding: wait before checking profile completeness (24 hours)
 * @param tipsDelay onboarding: wait after the profile check before role tips (3 days)
 * @param matchRadiusKm job matching: first search radius (10 km)
 * @param widenedRadiusKm job matching: radius of the follow-up search (25 km)
 * @param maxMatches job matching: handymen notified per search (5)
 * @param acceptWindow job matching: how long to wait for an acceptance (2 hours)
 * @param reviewDelay job completion: wait before asking for a review (24 hours)
 * @param reviewWindow job completion: how long to wait for the review (3 days)
 * @param performance handyman performance cohorts
 */
public record WorkflowSettings(
    ZoneId zone,
    LockoutPolicy lockout,
    Duration inactivity,
    Duration archiveAfter,
    int pageSize,
    Duration profileCheckDelay,
    Duration tipsDelay,
    double matchRadiusKm,
    double widenedRadiusKm,
    int maxMatches,
    Duration acceptWindow,
    Duration reviewDelay,
    Duration reviewWindow,
    PerformanceCriteria performance) {

  /** Validates the settings. */
  public WorkflowSettings {
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(lockout, "lockout must not be null");
    positive(inactivity, "inactivity");
    positive(archiveAfter, "archiveAfter");
    positive(profileCheckDelay, "profileCheckDelay");
    positive(tipsDelay, "tipsDelay");
    positive(acceptWindow, "acceptWindow");
    positive(reviewDelay, "reviewDelay");
    positive(reviewWindow, "reviewWindow");
    Objects.requireNonNull(performance, "performance must not be null");
    if (pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException("pageSize must be 1 to 1000");
    }
    if (!(matchRadiusKm > 0) || widenedRadiusKm < matchRadiusKm) {
      throw new IllegalArgumentException("need 0 < matchRadiusKm <= widenedRadiusKm");
    }
    if (maxMatches < 1) {
      throw new IllegalArgumentException("maxMatches must be at least 1");
    }
  }

  private static void positive(Duration value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  /**
   * The {@linkplain #defaults() defaults}, for a dependency-injection container when the host binds
   * no settings of its own.
   */
  @Inject
  public WorkflowSettings() {
    this(
        ZoneId.of("UTC"),
        LockoutPolicy.defaults(),
        Duration.ofDays(30),
        Duration.ofDays(180),
        100,
        Duration.ofHours(24),
        Duration.ofDays(3),
        10,
        25,
        5,
        Duration.ofHours(2),
        Duration.ofHours(24),
        Duration.ofDays(3),
        PerformanceCriteria.defaults());
  }

  /** The defaults listed on each component. */
  public static WorkflowSettings defaults() {
    return new WorkflowSettings();
  }

  /** A copy in another zone. */
  public WorkflowSettings withZone(ZoneId value) {
    return new WorkflowSettings(
        value,
        lockout,
        inactivity,
        archiveAfter,
        pageSize,
        profileCheckDelay,
        tipsDelay,
        matchRadiusKm,
        widenedRadiusKm,
        maxMatches,
        acceptWindow,
        reviewDelay,
        reviewWindow,
        performance);
  }

  /** A copy with another page size. */
  public WorkflowSettings withPageSize(int value) {
    return new WorkflowSettings(
        zone,
        lockout,
        inactivity,
        archiveAfter,
        value,
        profileCheckDelay,
        tipsDelay,
        matchRadiusKm,
        widenedRadiusKm,
        maxMatches,
        acceptWindow,
        reviewDelay,
        reviewWindow,
        performance);
  }

  /** A cron expression in the business zone, for example {@code TZ=Africa/Lagos 0 2 * * *}. */
  public String cron(String fields) {
    return "TZ=" + zone.getId() + " " + fields;
  }
}
