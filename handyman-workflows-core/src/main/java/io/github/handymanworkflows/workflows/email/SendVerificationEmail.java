package io.github.handymanworkflows.workflows.email;

import io.github.handymanworkflows.event.EmailVerificationRequested;
import io.github.handymanworkflows.mail.Recipient;
import io.github.handymanworkflows.mail.VerificationEmail;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.Recipients;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code send-verification-email}: sends the address-verification link on {@code
 * auth/email.verification.requested}. This is the only path that sends it (the original also sent
 * it directly from the register endpoint, §8 D.24).
 *
 * <p>The key {@code verify:<userId>:<tokenId>} makes a duplicated event send once while a newly
 * issued token gets its own email. Nothing is sent to a deleted account or an address already
 * verified; an expired token fails the run without retries.
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
              Instant requestedAt = ctx.triggeredAt();
              return step.run(
                  "send-verification-email",
                  EmailOutcome.class,
                  () -> send(deps, request, requestedAt));
            });
  }

  private static EmailOutcome send(
      WorkflowDependencies deps, EmailVerificationRequested request, Instant requestedAt) {
    String userId = request.userId();
    Optional<UserAccount> stored = deps.users().find(userId);
    if (stored.isPresent() && stored.get().deletedAt() != null) {
      LOGGER.info("verification email for user {} skipped: account deleted", userId);
      return EmailOutcome.skippedBecause(userId, Recipients.ACCOUNT_DELETED);
    }
    if (stored.isPresent() && stored.get().emailVerified()) {
      LOGGER.info("verification email for user {} skipped: already verified", userId);
      return EmailOutcome.skippedBecause(userId, "email already verified");
    }
    Duration validFor =
        TokenLinks.validFor(
            "verification", userId, requestedAt, request.expiresAt(), deps.clock().instant());
    String tokenId =
        TokenLinks.tokenId(deps.tokens(), TokenKind.VERIFICATION, userId, request.token());
    Recipient to = Recipient.of(userId, request.email(), request.firstName());
    return EmailOutcome.sent(
        userId,
        deps.emails().verification(new VerificationEmail(to, request.token(), tokenId, validFor)));
  }
}
