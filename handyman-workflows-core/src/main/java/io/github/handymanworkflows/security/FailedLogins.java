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
package io.github.handymanworkflows.security;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's failed logins in a window: ids and counts only.
 *
 * @param userId the user
 * @param failures failed logins in the window
 * @param lastFailureAt the latest of them
 */
public record FailedLogins(String userId, long failures, Instant lastFailureAt) {

  /** Validates the fields. */
  public FailedLogins {
    Objects.requireNonNull(userId, "userId must not be null");
    Objects.requireNonNull(lastFailureAt, "lastFailureAt must not be null");
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be at least 1");
    }
  }
}
