package io.github.handymanworkflows.scenarios.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.PasswordResetRequested;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.token.TokenRecord;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.email.SendPasswordReset;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SendPasswordResetTest {

  static final String TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

  final EmailScenario s = new EmailScenario();

  Event<PasswordResetRequested> requested(String userId) {
    // Stamped a few milliseconds after the token was issued, as a producer would.
    return PasswordResetRequested.TYPE
        .event(
            new PasswordResetRequested(
                userId,
                userId + "@example.com",
                "Ada",
                TOKEN,
                EmailScenario.START.plus(Duration.ofHours(1))))
        .withTs(EmailScenario.START.plusMillis(7));
  }

  @Test
  void keepsTheOriginalIdNameTriggerAndRetries() {
    WorkflowFunction fn = SendPasswordReset.function(s.deps);
    assertThat(fn.id()).isEqualTo("send-password-reset");
    assertThat(fn.name()).isEqualTo("Send Password Reset Email");
    assertThat(fn.triggers())
        .containsExactly(new Trigger.OnEvent("auth/password.reset.requested", null));
    assertThat(fn.retries()).isEqualTo(3);
  }

  @Test
  void sendsTheResetLinkStatingHowLongItWorks() {
    s.world.users.save(TestUsers.customer("u1").build());
    s.world.tokens.save(
        TokenRecord.issue(
            "rst-1",
            "u1",
            TokenKind.PASSWORD_RESET,
            TOKEN,
            EmailScenario.START,
            Duration.ofHours(1)));

    s.driver.send(requested("u1"));

    RunRecord run = s.driver.lastRun("send-password-reset");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    MailMessage mail = s.onlyEmail();
    assertThat(mail.to()).extracting(a -> a.email()).containsExactly("u1@example.com");
    assertThat(mail.subject()).isEqualTo("Reset your Handyman password");
    assertThat(mail.text())
        .contains("https://app.handyman.test/reset-password/" + TOKEN)
        .contains("The link works for 1 hour");
    assertThat(mail.idempotencyKey()).isEqualTo("password-reset:u1:rst-1");
    assertThat(mail.tags()).containsEntry("workflow", "send-password-reset");
  }

  @Test
  void duplicatedEventUnderAnotherIdSendsOneEmail() {
    s.driver.send(requested("u1").withId("a"));
    s.driver.send(requested("u1").withId("b"));

    assertThat(s.driver.runs("send-password-reset", RunStatus.COMPLETED)).hasSize(2);
    assertThat(s.world.mailer.sent()).hasSize(1);
  }

  @Test
  void outageThenRecoverySendsExactlyOnce() {
    s.world.mailer.failNextTransiently(2);

    s.driver.send(requested("u1"));
    s.driver.advance(Duration.ofMinutes(30));

    RunRecord run = s.driver.lastRun("send-password-reset");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.step("send-password-reset-email").orElseThrow().attempts()).isEqualTo(3);
    assertThat(s.world.mailer.sent()).hasSize(1);
  }

  @Test
  void permanentRejectionFailsWithoutRetries() {
    s.world.mailer.failNextPermanently(1);

    s.driver.send(requested("u1"));
    s.driver.advance(Duration.ofMinutes(30));

    assertThat(s.driver.lastRun("send-password-reset").status()).isEqualTo(RunStatus.FAILED);
    assertThat(s.world.mailer.attempts()).isEqualTo(1);
  }

  @Test
  void linkThatExpiredDuringAnOutageIsNotSent() {
    s.world.mailer.failNextTransiently(3);

    s.driver.send(requested("u1"));
    s.clock.advance(Duration.ofHours(2));
    s.driver.advance(Duration.ofHours(1));

    RunRecord run = s.driver.lastRun("send-password-reset");
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().message()).contains("password reset token of user 'u1' expired");
    assertThat(s.world.mailer.sent()).isEmpty();
  }
}
