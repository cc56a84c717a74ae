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
package io.github.handymanworkflows.workflows;

import java.util.Map;
import java.util.Set;

/**
 * Who produces each event the workflows use, besides the triggers and cancellation rules that the
 * function definitions already state. A host app reads {@link #HOST_PRODUCED} to know which events
 * its API must publish; a test checks that every event has a producer and a consumer.
 */
public final class EventFlows {

  /** Events the host app publishes from its API (registration, logins, jobs, admin actions). */
  public static final Set<String> HOST_PRODUCED =
      Set.of(
          "auth/user.registered",
          "auth/email.verification.requested",
          "auth/password.reset.requested",
          "auth/2fa.enabled",
          "auth/account.locked",
          "user/onboarding.started",
          "user/account.deleted",
          "user/account.deactivated",
          "customer/job.posted",
          "customer/job.completed",
          "customer/review.submitted",
          "handyman/job.accepted",
          "handyman/job.completed",
          "handyman/availability.changed",
          "handyman/approved",
          "handyman/rejected",
          "system/cleanup.expired.tokens",
          "system/analytics.daily",
          "system/maintenance.weekly");

  /** Events workflows send with {@code step.sendEvent}, and the functions that send them. */
  public static final Map<String, Set<String>> WORKFLOW_PRODUCED =
      Map.ofEntries(
          Map.entry("user/profile.incomplete", Set.of("user-onboarding-flow")),
          Map.entry("auth/account.locked", Set.of("lock-suspicious-account")),
          Map.entry("user/reengagement.due", Set.of("account-recovery-flow")),
          Map.entry("security/lock.requested", Set.of("security-monitoring-flow")),
          Map.entry("system/cleanup.expired.tokens", Set.of("cleanup-expired-tokens")),
          Map.entry(
              "handyman/job.matched", Set.of("job-matching-flow", "handyman-availability-flow")),
          Map.entry("handyman/availability.changed", Set.of("job-completion-flow")),
          Map.entry("customer/review.submitted", Set.of("record-customer-rating")),
          Map.entry("handyman/performance.review", Set.of("handyman-performance-flow")),
          Map.entry("system/account.inactive", Set.of("weekly-maintenance-flow")));

  /** Events consumed by {@code step.waitForEvent}, and the functions that wait for them. */
  public static final Map<String, Set<String>> WAITED_FOR =
      Map.of(
          "handyman/job.accepted", Set.of("job-matching-flow"),
          "customer/review.submitted", Set.of("job-completion-flow"));

  private EventFlows() {}
}
