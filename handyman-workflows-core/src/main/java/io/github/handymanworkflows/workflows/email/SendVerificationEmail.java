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

import io.github.handymanworkflows.event.EmailVerificationRequested;
import io.github.handymanworkflows.mail.VerificationEmail;
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
 * {@code send-verification-email}: sends the address-verification link on {@code
 * auth/email.verification.requested}. This is the only path that sends it (the original also sent
 * it directly from the register endpoint, §8 D.24).
 *
 * <p>The event names the token by id; the step derives the raw token from the stored record with
 * the token secret and puts it into the link, so it appears in no event, step output, failure or
 * log (§8 G.35). The link goes to the address on the account, never to one taken from the event.
 * The key {@code verify:<userId>:<tokenId>} makes a duplicated event send once while a newly issued
 * token gets its own email; a retried step derives the same token, so it sends the same link.
 * Nothing is sent to a deleted account, an address already verified, or for a token already used or
 * replaced; an expired token fails the run without retries.
 */
public final class SendVerificationEmail {

  /** The function id of the original app. */
  public static final String FUNCTION_ID = "send-verification-email";

  /** The function name of the original app. */
  public static final String NAME = "Send Email Verification";

  private static final Logger LOGGER = LoggerFactory.getLogger(SendVerificationEmail.class);

  private SendVerificationEmail() {}

  /** The function, sending through {@code deps.emails()}. */
  public static WorkflowFunction function(WorkflowDependencies deps) {
    return Workflow.function(FUNCTION_ID, NAME)
        .trigger(EmailVerificationRequested.TYPE)
        .retries(3)
        .handler(
            (ctx, step) -> {
              EmailVerificationRequested request = ctx.data(EmailVerificationRequested.TYPE);
              return step.run(
                  "send-verification-email", EmailOutcome.class, () -> send(deps, request));
            });
  }

  private static EmailOutcome send(WorkflowDependencies deps, EmailVerificationRequested request) {
    String userId = request.userId();
    UserAccount user = Recipients.require(deps.users(), userId);
    if (user.deletedAt() != null) {
      LOGGER.info("verification email for user {} skipped: account deleted", userId);
      return EmailOutcome.skippedBecause(userId, Recipients.ACCOUNT_DELETED);
    }
    if (user.emailVerified()) {
      LOGGER.info("verification email for user {} skipped: already verified", userId);
      return EmailOutcome.skippedBecause(userId, "email already verified");
    }
    Optional<TokenRecord> token =
        TokenLinks.find(deps, TokenKind.VERIFICATION, userId, request.tokenId());
    if (token.isEmpty()) {
      LOGGER.info(
          "verification email for user {} skipped: token {} used or replaced",
          userId,
          request.tokenId());
      return EmailOutcome.skippedBecause(userId, "token used or replaced");
    }
    VerificationEmail email =
        new VerificationEmail(
            Recipients.of(user),
            deps.tokenSecret().rawToken(token.get()),
            request.tokenId(),
            TokenLinks.validFor(token.get()));
    return EmailOutcome.sent(userId, deps.emails().verification(email));
  }
}
