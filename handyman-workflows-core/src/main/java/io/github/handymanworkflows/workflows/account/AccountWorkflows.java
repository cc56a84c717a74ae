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
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.util.List;

/**
 * The account workflows: onboarding with its profile reminder, token cleanup, account recovery and
 * security monitoring with their per-user children.
 */
public final class AccountWorkflows {

  private static final List<EventType<?>> EVENTS =
      List.of(
          UserAccountDeleted.TYPE,
          UserAccountDeactivated.TYPE,
          ReengagementDue.TYPE,
          LockRequested.TYPE);

  private AccountWorkflows() {}

  /** Every account function, built on the dependencies. */
  public static List<WorkflowFunction> all(WorkflowDependencies deps) {
    return List.of(
        UserOnboardingFlow.function(deps),
        SendProfileReminder.function(deps),
        CleanupExpiredTokens.function(deps),
        AccountRecoveryFlow.function(deps),
        SendReEngagementEmail.function(deps),
        SecurityMonitoringFlow.function(deps),
        LockSuspiciousAccount.function(deps));
  }

  /**
   * The event types this package adds to the catalogue: {@code user/account.deleted} and {@code
   * user/account.deactivated} (sent by the host, they cancel onboarding), {@code
   * user/reengagement.due} and {@code security/lock.requested} (the fan-outs of the crons).
   */
  public static List<EventType<?>> events() {
    return EVENTS;
  }
}
