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

import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.mail.Recipient;
import io.github.handymanworkflows.mail.WelcomeEmail;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.Recipients;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code send-welcome-email}: welcomes a user on {@code auth/user.registered}, the one owner of the
 * welcome (§8 D.25: the onboarding flow no longer sends one; hosts emit the event once the address
 * is verified, as the original's verification did).
 *
 * <p>The welcome is a once-ever email. The key {@code welcome:<userId>} de-duplicates a retried
 * send within the provider's window (24 hours at Resend); after the send a second step records the
 * marker {@code welcome:<userId>} in the {@link io.github.handymanworkflows.ledger.WorkflowLedger},
 * and a later event for the user (a replay, a second producer) finds it and sends nothing, however
 * late it comes. The email is built from the event's own fields, so the integration document's
 * manual test (an event for a user the store does not know) still sends it. Mailer errors
 * propagate: transient ones are retried, permanent ones fail the run (the original swallowed them).
 */
public final class SendWelcomeEmail {

  /** The function id of the original app. */
  public static final String FUNCTION_ID = "send-welcome-email";

  /** The function name of the original app. */
  public static final String NAME = "Send Welcome Email";

  /** Why a user already welcomed gets nothing. */
  public static final String ALREADY_SENT = "welcome already sent";

  private static final Logger LOGGER = LoggerFactory.getLogger(SendWelcomeEmail.class);

  private SendWelcomeEmail() {}

  /** The ledger marker of a user's welcome: {@code welcome:<userId>}. */
  public static String marker(String userId) {
    return "welcome:" + userId;
  }

  /** The function, sending through {@code deps.emails()}. */
  public static WorkflowFunction function(WorkflowDependencies deps) {
    return Workflow.function(FUNCTION_ID, NAME)
        .trigger(UserRegistered.TYPE)
        .retries(2)
        .handler(
            (ctx, step) -> {
              UserRegistered user = ctx.data(UserRegistered.TYPE);
              EmailOutcome outcome =
                  step.run("send-welcome-email", EmailOutcome.class, () -> send(deps, user));
              if (outcome.wasSent()) {
                step.run(
                    "record-welcome-sent",
                    () -> {
                      deps.ledger().mark(marker(user.userId()), deps.clock().instant());
                    });
              }
              return outcome;
            });
  }

  private static EmailOutcome send(WorkflowDependencies deps, UserRegistered user) {
    if (Recipients.deleted(deps.users(), user.userId())) {
      LOGGER.info("welcome email for user {} skipped: account deleted", user.userId());
      return EmailOutcome.skippedBecause(user.userId(), Recipients.ACCOUNT_DELETED);
    }
    if (deps.ledger().markedAt(marker(user.userId())).isPresent()) {
      LOGGER.info("welcome email for user {} skipped: {}", user.userId(), ALREADY_SENT);
      return EmailOutcome.skippedBecause(user.userId(), ALREADY_SENT);
    }
    Recipient to = Recipient.of(user.userId(), user.email(), user.firstName());
    return EmailOutcome.sent(
        user.userId(), deps.emails().welcome(new WelcomeEmail(to, user.role())));
  }
}
