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

import io.github.handymanworkflows.event.AccountLocked;
import io.github.handymanworkflows.mail.AccountLockedEmail;
import io.github.handymanworkflows.mail.Recipient;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.Recipients;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code send-account-locked}: tells a user on {@code auth/account.locked} that their account was
 * locked, why, and when it really unlocks (the original always said "15 minutes", §8 C.17).
 *
 * <p>The unlock time comes from the event, or from the stored account when the producer left it
 * out; with neither the run fails without retries rather than guess. The key {@code
 * account-locked:<userId>:<lockedUntil>} sends one email per lock however often the event arrives.
 * A lock that has already lifted, or a deleted account, gets no email.
 */
public final class SendAccountLocked {

  /** The function id of the original app. */
  public static final String FUNCTION_ID = "send-account-locked";

  /** The function name of the original app. */
  public static final String NAME = "Send Account Locked Email";

  private static final Logger LOGGER = LoggerFactory.getLogger(SendAccountLocked.class);

  private SendAccountLocked() {}

  /** The function, sending through {@code deps.emails()}. */
  public static WorkflowFunction function(WorkflowDependencies deps) {
    return Workflow.function(FUNCTION_ID, NAME)
        .trigger(AccountLocked.TYPE)
        .retries(2)
        .handler(
            (ctx, step) -> {
              AccountLocked event = ctx.data(AccountLocked.TYPE);
              return step.run(
                  "send-account-locked-email", EmailOutcome.class, () -> send(deps, event));
            });
  }

  private static EmailOutcome send(WorkflowDependencies deps, AccountLocked event) {
    String userId = event.userId();
    Optional<UserAccount> stored = deps.users().find(userId);
    if (stored.isPresent() && stored.get().deletedAt() != null) {
      LOGGER.info("account-locked email for user {} skipped: account deleted", userId);
      return EmailOutcome.skippedBecause(userId, Recipients.ACCOUNT_DELETED);
    }
    Instant lockedUntil = event.lockedUntil();
    if (lockedUntil == null) {
      lockedUntil =
          stored
              .map(UserAccount::lockedUntil)
              .orElseThrow(
                  () ->
                      new NonRetriableException(
                          "auth/account.locked for user '"
                              + userId
                              + "' has no lockedUntil and the account holds no lock: the email"
                              + " must state the real unlock time"));
    }
    if (!lockedUntil.isAfter(deps.clock().instant())) {
      LOGGER.info("account-locked email for user {} skipped: lock already lifted", userId);
      return EmailOutcome.skippedBecause(userId, "lock already lifted");
    }
    Recipient to = Recipient.of(userId, event.email(), event.firstName());
    return EmailOutcome.sent(
        userId,
        deps.emails().accountLocked(new AccountLockedEmail(to, event.reason(), lockedUntil)));
  }
}
