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

import io.github.handymanworkflows.event.ProfileIncomplete;
import io.github.handymanworkflows.mail.ProfileIncompleteEmail;
import io.github.handymanworkflows.user.ProfileCompleteness;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.Recipients;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.github.handymanworkflows.workflows.email.EmailOutcome;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code send-profile-reminder}: the consumer the original's {@code user/profile.incomplete} never
 * had (§8 A.5). It reminds the user of the fields still missing <em>now</em>, read from the stored
 * account, so a profile completed since the check gets no reminder. Key {@code
 * profile-incomplete:<userId>}: one reminder per user. An unknown user fails the run without
 * retries; an inactive one gets nothing.
 */
public final class SendProfileReminder {

  /** The function id (also the workflow tag {@code Emails.profileIncomplete} sets). */
  public static final String FUNCTION_ID = "send-profile-reminder";

  /** The function name. */
  public static final String NAME = "Send Profile Reminder Email";

  private static final Logger LOGGER = LoggerFactory.getLogger(SendProfileReminder.class);

  private SendProfileReminder() {}

  /** The function, reading the users port and sending through {@code deps.emails()}. */
  public static WorkflowFunction function(WorkflowDependencies deps) {
    return Workflow.function(FUNCTION_ID, NAME)
        .trigger(ProfileIncomplete.TYPE)
        .retries(2)
        .handler(
            (ctx, step) -> {
              String userId = ctx.data(ProfileIncomplete.TYPE).userId();
              return step.run(
                  "send-profile-reminder-email", EmailOutcome.class, () -> send(deps, userId));
            });
  }

  private static EmailOutcome send(WorkflowDependencies deps, String userId) {
    UserAccount user = Recipients.require(deps.users(), userId);
    if (!user.active()) {
      LOGGER.info("profile reminder for user {} skipped: account inactive", userId);
      return EmailOutcome.skippedBecause(userId, "account deleted or inactive");
    }
    List<String> missing = ProfileCompleteness.missingFields(user);
    if (missing.isEmpty()) {
      LOGGER.info("profile reminder for user {} skipped: profile complete", userId);
      return EmailOutcome.skippedBecause(userId, "profile complete");
    }
    ProfileIncompleteEmail email =
        new ProfileIncompleteEmail(Recipients.of(user), ProfileFieldWords.of(missing));
    return EmailOutcome.sent(userId, deps.emails().profileIncomplete(email));
  }
}
