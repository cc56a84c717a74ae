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
package io.github.handymanworkflows.workflows.account;

import io.github.handymanworkflows.event.EventType;
import java.time.Instant;

/**
 * Security monitoring found too many failed logins for a user ({@code security/lock.requested}):
 * {@code lock-suspicious-account} locks the account and announces it with {@code
 * auth/account.locked}.
 *
 * <p>The event id {@code lock:<userId>:<lastFailureAt epoch second>} names the burst of failures,
 * so one burst locks once.
 *
 * @param userId the user whose logins failed
 * @param failures failed logins counted in the window
 * @param lastFailureAt the latest of them
 * @param detectedAt the monitoring run's scheduled time: the lock starts then
 */
public record LockRequested(
    String userId, long failures, Instant lastFailureAt, Instant detectedAt) {

  /** The wire name {@code security/lock.requested}. */
  public static final EventType<LockRequested> TYPE =
      EventType.of("security/lock.requested", LockRequested.class);

  private static final EventChecks CHECKS = EventChecks.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws io.github.handymanworkflows.event.EventValidationException naming the first missing or
   *     malformed field
   */
  public LockRequested {
    CHECKS.text("userId", userId);
    CHECKS.positive("failures", failures);
    CHECKS.required("lastFailureAt", lastFailureAt);
    CHECKS.required("detectedAt", detectedAt);
  }

  /** The event id for this user and burst of failures. */
  public String eventId() {
    return "lock:" + userId + ":" + lastFailureAt.getEpochSecond();
  }
}
