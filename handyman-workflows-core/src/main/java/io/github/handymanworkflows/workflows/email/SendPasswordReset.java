package io.github.handymanworkflows.workflows.email;

import io.github.handymanworkflows.event.PasswordResetRequested;
import io.github.handymanworkflows.mail.PasswordResetEmail;
import io.github.handymanworkflows.mail.Recipient;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.Recipients;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code send-password-reset}: sends the password reset link on {@code
 * auth/password.reset.requested}, stating how long it works. The key {@code
 * password-reset:<userId>:<tokenId>} sends each token's email once. An expired token fails the run
 * without retries; a deleted account gets nothing.
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
              Instant requestedAt = ctx.triggeredAt();
              return step.run(
                  "send-password-reset-email",
                  EmailOutcome.class,
                  () -> send(deps, request, requestedAt));
            });
  }

  private static EmailOutcome send(
      WorkflowDependencies deps, PasswordResetRequested request, Instant requestedAt) {
    String userId = request.userId();
    if (Recipients.deleted(deps.users(), userId)) {
      LOGGER.info("password reset email for user {} skipped: account deleted", userId);
      return EmailOutcome.skippedBecause(userId, Recipients.ACCOUNT_DELETED);
    }
    Duration validFor =
        TokenLinks.validFor(
            "password reset", userId, requestedAt, request.expiresAt(), deps.clock().instant());
    String tokenId =
        TokenLinks.tokenId(deps.tokens(), TokenKind.PASSWORD_RESET, userId, request.token());
    Recipient to = Recipient.of(userId, request.email(), request.firstName());
    return EmailOutcome.sent(
        userId,
        deps.emails()
            .passwordReset(new PasswordResetEmail(to, request.token(), tokenId, validFor)));
  }
}
