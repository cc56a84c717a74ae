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
package io.github.handymanworkflows.health;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one probe.
 *
 * @param name the probe's name, for example {@code mongo}
 * @param status up, down or unknown
 * @param latency how long the check took, measured (§8 E.30: not a timestamp)
 * @param detail a short explanation such as an exception type; never a secret, connection string or
 *     personal data
 */
public record ProbeResult(
    String name, HealthStatus status, Duration latency, @Nullable String detail) {

  /** Validates the fields. */
  public ProbeResult {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(latency, "latency must not be null");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative");
    }
  }

  /** A healthy result. */
  public static ProbeResult up(String name, Duration latency) {
    return new ProbeResult(name, HealthStatus.UP, latency, null);
  }

  /** A failed result. */
  public static ProbeResult down(String name, Duration latency, @Nullable String detail) {
    return new ProbeResult(name, HealthStatus.DOWN, latency, detail);
  }

  /** A result for a dependency that was not checked. */
  public static ProbeResult unknown(String name, @Nullable String detail) {
    return new ProbeResult(name, HealthStatus.UNKNOWN, Duration.ZERO, detail);
  }
}
