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

import io.github.handymanworkflows.event.HandymanRejected;
import io.github.handymanworkflows.mail.HandymanRejectedEmail;
import io.github.handymanworkflows.mail.Recipient;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.Recipients;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code send-handyman-rejected}: tells an applicant on {@code handyman/rejected} that their
 * application was turned down, with the admin's reason (the original emitted the event with no
 * consumer, §8 A.5). Key {@code handyman-rejected:<userId>:<rejectedAt>}, since an applicant may
 * apply again.
 */
public final class SendHandymanRejected {

  /** The function id. */
  public static final String FUNCTION_ID = "send-handyman-rejected";

  /** The function name. */
  public static final String NAME = "Send Handyman Rejected Email";

  private static final Logger LOGGER = LoggerFactory.getLogger(SendHandymanRejected.class);

  private SendHandymanRejected() {}

  /** The function, sending through {@code deps.emails()}. */
  public static WorkflowFunction function(WorkflowDependencies deps) {
    return Workflow.function(FUNCTION_ID, NAME)
        .trigger(HandymanRejected.TYPE)
        .retries(2)
        .handler(
            (ctx, step) -> {
              HandymanRejected event = ctx.data(HandymanRejected.TYPE);
              return step.run(
                  "send-handyman-rejected-email", EmailOutcome.class, () -> send(deps, event));
            });
  }

  private static EmailOutcome send(WorkflowDependencies deps, HandymanRejected event) {
    if (Recipients.deleted(deps.users(), event.userId())) {
      LOGGER.info("rejection email for user {} skipped: account deleted", event.userId());
      return EmailOutcome.skippedBecause(event.userId(), Recipients.ACCOUNT_DELETED);
    }
    Recipient to = Recipient.of(event.userId(), event.email(), event.firstName());
    return EmailOutcome.sent(
        event.userId(),
        deps.emails()
            .handymanRejected(new HandymanRejectedEmail(to, event.reason(), event.rejectedAt())));
  }
}
