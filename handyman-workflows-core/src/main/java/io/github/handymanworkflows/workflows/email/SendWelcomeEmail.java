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
 * {@code send-welcome-email}: welcomes a user on {@code auth/user.registered}.
 *
 * <p>The email is built from the event's own fields, so the integration document's manual test (an
 * event for a user the store does not know) still sends it. The key {@code welcome:<userId>} is the
 * one the onboarding flow uses too, so a user gets one welcome however many producers fire (§8
 * D.25). Mailer errors propagate: transient ones are retried, permanent ones fail the run (the
 * original swallowed them).
 */
public final class SendWelcomeEmail {

  /** The function id of the original app. */
  public static final String FUNCTION_ID = "send-welcome-email";

  /** The function name of the original app. */
  public static final String NAME = "Send Welcome Email";

  private static final Logger LOGGER = LoggerFactory.getLogger(SendWelcomeEmail.class);

  private SendWelcomeEmail() {}

  /** The function, sending through {@code deps.emails()}. */
  public static WorkflowFunction function(WorkflowDependencies deps) {
    return Workflow.function(FUNCTION_ID, NAME)
        .trigger(UserRegistered.TYPE)
        .retries(2)
        .handler(
            (ctx, step) -> {
              UserRegistered user = ctx.data(UserRegistered.TYPE);
              return step.run("send-welcome-email", EmailOutcome.class, () -> send(deps, user));
            });
  }

  private static EmailOutcome send(WorkflowDependencies deps, UserRegistered user) {
    if (Recipients.deleted(deps.users(), user.userId())) {
      LOGGER.info("welcome email for user {} skipped: account deleted", user.userId());
      return EmailOutcome.skippedBecause(user.userId(), Recipients.ACCOUNT_DELETED);
    }
    Recipient to = Recipient.of(user.userId(), user.email(), user.firstName());
    return EmailOutcome.sent(
        user.userId(), deps.emails().welcome(new WelcomeEmail(to, user.role())));
  }
}
