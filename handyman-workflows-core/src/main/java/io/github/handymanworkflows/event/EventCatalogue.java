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
package io.github.handymanworkflows.event;

import java.util.List;

/**
 * Every event of the handyman marketplace: the 15 names of the original app, its approval events
 * and the two events the workflows wait for ({@code handyman/job.accepted}, {@code
 * customer/review.submitted}).
 */
public final class EventCatalogue {

  private static final List<EventType<?>> TYPES =
      List.of(
          UserRegistered.TYPE,
          EmailVerificationRequested.TYPE,
          PasswordResetRequested.TYPE,
          TwoFactorEnabled.TYPE,
          AccountLocked.TYPE,
          OnboardingStarted.TYPE,
          ProfileIncomplete.TYPE,
          JobMatched.TYPE,
          JobCompleted.TYPE,
          AvailabilityChanged.TYPE,
          JobPosted.TYPE,
          CustomerJobCompleted.TYPE,
          CleanupExpiredTokensRequested.TYPE,
          DailyAnalyticsRequested.TYPE,
          WeeklyMaintenanceRequested.TYPE,
          JobAccepted.TYPE,
          ReviewSubmitted.TYPE,
          HandymanApproved.TYPE,
          HandymanRejected.TYPE);

  private static final EventRegistry REGISTRY = build();

  private EventCatalogue() {}

  /**
   * A registry of every catalogue type. Hosts add their own with {@link EventRegistry#with}.
   *
   * @return the same immutable registry on every call
   */
  public static EventRegistry registry() {
    return REGISTRY;
  }

  /**
   * Every catalogue type, in a fixed order (auth, user, handyman, customer, system, then the rest).
   */
  public static List<EventType<?>> types() {
    return TYPES;
  }

  private static EventRegistry build() {
    EventRegistry.Builder builder = EventRegistry.builder();
    TYPES.forEach(builder::register);
    return builder.build();
  }
}
