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
 * An inactive user is due one re-engagement email ({@code user/reengagement.due}): the account
 * recovery flow sends one per user it finds, and {@code send-re-engagement-email} sends the email.
 *
 * <p>The inactivity period is identified by {@code lastActiveAt}; the event id {@code
 * reengage:<userId>:<lastActiveAt epoch second>} and the email's key derive from it, so a user gets
 * one email per period however many weekly runs find them.
 *
 * @param userId the inactive user's id
 * @param lastActiveAt the start of the inactivity period: the last login, or the registration
 */
public record ReengagementDue(String userId, Instant lastActiveAt) {

  /** The wire name {@code user/reengagement.due}. */
  public static final EventType<ReengagementDue> TYPE =
      EventType.of("user/reengagement.due", ReengagementDue.class);

  private static final EventChecks CHECKS = EventChecks.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws io.github.handymanworkflows.event.EventValidationException naming the missing field
   */
  public ReengagementDue {
    CHECKS.text("userId", userId);
    CHECKS.required("lastActiveAt", lastActiveAt);
  }

  /** The event id for this user and period. */
  public String eventId() {
    return "reengage:" + userId + ":" + lastActiveAt.getEpochSecond();
  }
}
