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
package io.github.handymanworkflows.workflows.email;

import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.util.List;

/**
 * The transactional email functions: the original app's five plus the consumers of {@code
 * handyman/approved} and {@code handyman/rejected}.
 */
public final class EmailWorkflows {

  private EmailWorkflows() {}

  /** Every email function, built on the dependencies. */
  public static List<WorkflowFunction> all(WorkflowDependencies deps) {
    return List.of(
        SendVerificationEmail.function(deps),
        SendWelcomeEmail.function(deps),
        SendPasswordReset.function(deps),
        SendTwoFactorEnabled.function(deps),
        SendAccountLocked.function(deps),
        SendHandymanApproved.function(deps),
        SendHandymanRejected.function(deps));
  }

  /** The event types this package adds: none, every trigger is in the catalogue. */
  public static List<EventType<?>> events() {
    return List.of();
  }
}
