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

import io.github.handymanworkflows.mail.ReEngagementEmail;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.Recipients;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.github.handymanworkflows.workflows.email.EmailOutcome;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code send-re-engagement-email}: mails one inactive user on {@code user/reengagement.due} and
 * notes that their current inactivity period was re-engaged, so later weekly runs skip them until
 * they log in and go quiet again.
 *
 * <p>It re-reads the account first: a user who logged in since, was deleted or archived, or was
 * already re-engaged in this period gets nothing. The email's key {@code
 * re-engage:<userId>:<lastActiveAt>} holds the period too, so a retry after the email went out
 * sends nothing new. An unknown user fails the run without retries.
 */
public final class SendReEngagementEmail {

  /** The function id. */
  public static final String FUNCTION_ID = "send-re-engagement-email";

  /** The function name. */
  public static final String NAME = "Send Re-engagement Email";

  private static final Logger LOGGER = LoggerFactory.getLogger(SendReEngagementEmail.class);

  private SendReEngagementEmail() {}

  /** The function, on the users port, sending through {@code deps.emails()}. */
  public static WorkflowFunction function(WorkflowDependencies deps) {
    return Workflow.function(FUNCTION_ID, NAME)
        .trigger(ReengagementDue.TYPE)
        .retries(2)
        .handler(
            (ctx, step) -> {
              ReengagementDue due = ctx.data(ReengagementDue.TYPE);
              Instant at = ctx.triggeredAt();
              EmailOutcome outcome =
                  step.run("send-re-engagement-email", EmailOutcome.class, () -> send(deps, due));
              if (outcome.wasSent()) {
                step.run(
                    "mark-reengaged",
                    () -> {
                      if (!deps.users().markReengaged(due.userId(), at)) {
                        LOGGER.warn(
                            "user {} vanished before being marked re-engaged", due.userId());
                      }
                    });
              }
              return outcome;
            });
  }

  private static EmailOutcome send(WorkflowDependencies deps, ReengagementDue due) {
    String userId = due.userId();
    UserAccount user = Recipients.require(deps.users(), userId);
    String skip = null;
    if (!user.active()) {
      skip = "account deleted or archived";
    } else if (!user.lastActiveAt().equals(due.lastActiveAt())) {
      skip = "active again since";
    } else if (user.reengagedAt() != null && !user.reengagedAt().isBefore(user.lastActiveAt())) {
      skip = "already re-engaged in this period";
    }
    if (skip != null) {
      LOGGER.info("re-engagement email for user {} skipped: {}", userId, skip);
      return EmailOutcome.skippedBecause(userId, skip);
    }
    ReEngagementEmail email =
        new ReEngagementEmail(Recipients.of(user), user.role(), user.lastActiveAt());
    return EmailOutcome.sent(userId, deps.emails().reEngagement(email));
  }
}
