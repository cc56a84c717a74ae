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

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What recording a status did: the status before and after.
 *
 * @param probeName the probe
 * @param previous the status before, or {@code null} for the first observation
 * @param current the status after
 * @param since when the probe entered {@code current}
 */
public record HealthTransition(
    String probeName, @Nullable HealthStatus previous, HealthStatus current, Instant since) {

  /** Validates the fields. */
  public HealthTransition {
    Objects.requireNonNull(probeName, "probeName must not be null");
    Objects.requireNonNull(current, "current must not be null");
    Objects.requireNonNull(since, "since must not be null");
  }

  /**
   * Whether to alert: the status differs from the previous one, or, on the first observation, it is
   * {@link HealthStatus#DOWN} (a fresh system is assumed healthy, so a first UP or UNKNOWN is not
   * news).
   */
  public boolean changed() {
    return previous == null ? current == HealthStatus.DOWN : previous != current;
  }
}
