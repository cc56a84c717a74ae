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

import io.github.handymanworkflows.event.TwoFactorEnabled;
import io.github.handymanworkflows.mail.Recipient;
import io.github.handymanworkflows.mail.TwoFactorEnabledEmail;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.Recipients;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code send-2fa-enabled}: confirms on {@code auth/2fa.enabled} that two-factor authentication was
 * switched on, stating when (the event's time). The key holds that time, so switching it on again
 * later sends a new email while a duplicated event does not. Errors propagate (the original
 * swallowed them).
 */
public final class SendTwoFactorEnabled {

  /** The function id of the original app. */
  public static final String FUNCTION_ID = "send-2fa-enabled";

  /** The function name of the original app. */
  public static final String NAME = "Send 2FA Enabled Email";

  private static final Logger LOGGER = LoggerFactory.getLogger(SendTwoFactorEnabled.class);

  private SendTwoFactorEnabled() {}

  /** The function, sending through {@code deps.emails()}. */
  public static WorkflowFunction function(WorkflowDependencies deps) {
    return Workflow.function(FUNCTION_ID, NAME)
        .trigger(TwoFactorEnabled.TYPE)
        .retries(2)
        .handler(
            (ctx, step) -> {
              TwoFactorEnabled event = ctx.data(TwoFactorEnabled.TYPE);
              Instant enabledAt = ctx.triggeredAt();
              return step.run(
                  "send-2fa-enabled-email", EmailOutcome.class, () -> send(deps, event, enabledAt));
            });
  }

  private static EmailOutcome send(
      WorkflowDependencies deps, TwoFactorEnabled event, Instant enabledAt) {
    if (Recipients.deleted(deps.users(), event.userId())) {
      LOGGER.info("2FA email for user {} skipped: account deleted", event.userId());
      return EmailOutcome.skippedBecause(event.userId(), Recipients.ACCOUNT_DELETED);
    }
    Recipient to = Recipient.of(event.userId(), event.email(), event.firstName());
    return EmailOutcome.sent(
        event.userId(), deps.emails().twoFactorEnabled(new TwoFactorEnabledEmail(to, enabledAt)));
  }
}
