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
package io.github.handymanworkflows.engine.store;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A run's {@code waitForEvent} still open: what it matches on. Kept inside its {@link StoredRun};
 * the engine re-indexes open waits from the running runs at start.
 *
 * @param stepId the hashed id of the waitForEvent step
 * @param eventName the awaited event name
 * @param condition the CEL condition over {@code event} (the run's trigger) and {@code async} (the
 *     candidate), or null to accept any event of that name
 * @param expiresAt when the wait times out
 */
public record OpenWait(
    String stepId, String eventName, @Nullable String condition, Instant expiresAt) {

  /** Validates the fields. */
  public OpenWait {
    Objects.requireNonNull(stepId, "stepId must not be null");
    Objects.requireNonNull(eventName, "eventName must not be null");
    Objects.requireNonNull(expiresAt, "expiresAt must not be null");
  }
}
