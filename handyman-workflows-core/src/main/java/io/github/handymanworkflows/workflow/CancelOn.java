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
package io.github.handymanworkflows.workflow;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Cancels a running run when a matching event arrives, for example onboarding when the user is
 * deleted.
 *
 * @param event the event name
 * @param ifExpression CEL over {@code event} (the run's trigger) and {@code async} (the incoming
 *     event), or null to cancel on any event of that name
 * @param timeout how long after the run starts the rule applies, or null for the run's lifetime
 */
public record CancelOn(String event, @Nullable String ifExpression, @Nullable Duration timeout) {

  /** Validates the event name. */
  public CancelOn {
    Objects.requireNonNull(event, "event must not be null");
    if (event.isBlank()) {
      throw new IllegalArgumentException("cancelOn event must not be blank");
    }
    if (ifExpression != null && ifExpression.isBlank()) {
      ifExpression = null;
    }
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("cancelOn timeout must be positive");
    }
  }

  /** Cancels when an event of the name arrives whose field equals the trigger's field. */
  public static CancelOn matching(String event, String fieldPath) {
    return new CancelOn(event, Match.field(fieldPath).expression(), null);
  }
}
