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

import io.github.handymanworkflows.event.PasswordResetRequested;
import io.github.handymanworkflows.mail.PasswordResetEmail;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.token.TokenRecord;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.Recipients;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code send-password-reset}: sends the password reset link on {@code
 * auth/password.reset.requested}, stating how long it works.
 *
 * <p>The event names the token by id; the step derives the raw token from the stored record with
 * the token secret and puts it into the link only (§8 G.35). The link goes to the address on the
 * account: whoever can send the event cannot have a reset link mailed to themselves. The key {@code
 * password-reset:<userId>:<tokenId>} sends each token's email once, and a retried step derives the
 * same token. A token already used or replaced by a newer request gets no email; an expired token
 * fails the run without retries; a deleted account gets nothing.
 */
public final class SendPasswordReset {

  /** The function id of the original app. */
  public static final String FUNCTION_ID = "send-password-reset";

  /** The function name of the original app. */
  public static final String NAME = "Send Password Reset Email";

  private static final Logger LOGGER = LoggerFactory.getLogger(SendPasswordReset.class);

  private SendPasswordReset() {}

  /** The function, sending through {@code deps.emails()}. */
  public static WorkflowFunction function(WorkflowDependencies deps) {
    return Workflow.function(FUNCTION_ID, NAME)
        .trigger(PasswordResetRequested.TYPE)
        .retries(3)
        .handler(
            (ctx, step) -> {
              PasswordResetRequested request = ctx.data(PasswordResetRequested.TYPE);
              return step.run(
                  "send-password-reset-email", EmailOutcome.class, () -> send(deps, request));
            });
  }

  private static EmailOutcome send(WorkflowDependencies deps, PasswordResetRequested request) {
    String userId = request.userId();
    UserAccount user = Recipients.require(deps.users(), userId);
    if (user.deletedAt() != null) {
      LOGGER.info("password reset email for user {} skipped: account deleted", userId);
      return EmailOutcome.skippedBecause(userId, Recipients.ACCOUNT_DELETED);
    }
    Optional<TokenRecord> token =
        TokenLinks.find(deps, TokenKind.PASSWORD_RESET, userId, request.tokenId());
    if (token.isEmpty()) {
      LOGGER.info(
          "password reset email for user {} skipped: token {} used or replaced",
          userId,
          request.tokenId());
      return EmailOutcome.skippedBecause(userId, "token used or replaced");
    }
    PasswordResetEmail email =
        new PasswordResetEmail(
            Recipients.of(user),
            deps.tokenSecret().rawToken(token.get()),
            request.tokenId(),
            TokenLinks.validFor(token.get()));
    return EmailOutcome.sent(userId, deps.emails().passwordReset(email));
  }
}
