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

/**
 * The last known status of a probe.
 *
 * @param probeName the probe
 * @param status its last status
 * @param since when it entered that status
 * @param checkedAt when it was last checked
 */
public record HealthState(String probeName, HealthStatus status, Instant since, Instant checkedAt) {

  /** Validates the fields. */
  public HealthState {
    Objects.requireNonNull(probeName, "probeName must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(since, "since must not be null");
    Objects.requireNonNull(checkedAt, "checkedAt must not be null");
    if (checkedAt.isBefore(since)) {
      throw new IllegalArgumentException("checkedAt must not be before since");
    }
  }
}
