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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Tells an admin that system health changed.
 *
 * @param admin the admin
 * @param overallStatus the new overall status, for example {@code DEGRADED} or {@code HEALTHY}
 * @param healthy whether the new state is healthy (a recovery) or not (an alert)
 * @param checkedAt when the probes ran; part of the key
 * @param probes each probe's result; not empty
 */
public record HealthAlertEmail(
    Recipient admin, String overallStatus, boolean healthy, Instant checkedAt, List<Probe> probes) {

  /** Validates and copies the fields. */
  public HealthAlertEmail {
    Require.present(admin, "admin");
    Require.text(overallStatus, "overallStatus");
    Require.present(checkedAt, "checkedAt");
    probes = Require.list(probes, "probes", false);
  }

  /**
   * One probe's result.
   *
   * @param name the probe, for example {@code mongo}
   * @param status its status, for example {@code UP}, {@code DOWN}, {@code UNKNOWN}
   * @param latency the measured round trip, if it got an answer
   * @param detail a short error description without secrets, if any
   */
  public record Probe(
      String name, String status, @Nullable Duration latency, @Nullable String detail) {

    /** Validates the fields. */
    public Probe {
      Require.text(name, "probes.name");
      Require.text(status, "probes.status");
      if (latency != null && latency.isNegative()) {
        throw new MailValidationException("probes.latency", "must not be negative");
      }
    }
  }
}
