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
package io.github.handymanworkflows.scenarios.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.PasswordResetRequested;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.email.SendPasswordReset;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SendPasswordResetTest {

  final EmailScenario s = new EmailScenario();

  Event<PasswordResetRequested> requested(String userId, String tokenId) {
    return PasswordResetRequested.TYPE.event(new PasswordResetRequested(userId, tokenId));
  }

  @BeforeEach
  void userWithAResetToken() {
    s.world.users.save(TestUsers.customer("u1").build());
    s.world.issueToken(
        "rst-1", "u1", TokenKind.PASSWORD_RESET, EmailScenario.START, Duration.ofHours(1));
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
    s.driver.send(requested("u1", "rst-1"));

    RunRecord run = s.driver.lastRun("send-password-reset");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    MailMessage mail = s.onlyEmail();
    assertThat(mail.to()).extracting(a -> a.email()).containsExactly("u1@example.com");
    assertThat(mail.subject()).isEqualTo("Reset your Handyman password");
    assertThat(mail.text())
        .contains("https://app.handyman.test/reset-password/" + s.world.rawToken("rst-1"))
        .contains("The link works for 1 hour");
    assertThat(mail.idempotencyKey()).isEqualTo("password-reset:u1:rst-1");
    assertThat(mail.tags()).containsEntry("workflow", "send-password-reset");
  }

  @Test
  void linkGoesToTheAddressOnTheAccountWhateverTheEventSays() {
    // The event has no address field at all: whoever can send it cannot redirect the link.
    assertThat(PasswordResetRequested.class.getRecordComponents())
        .extracting(c -> c.getName())
        .containsExactly("userId", "tokenId");
    s.world.users.save(TestUsers.customer("u1").email("new-address@example.com").build());

    s.driver.send(requested("u1", "rst-1"));

    assertThat(s.onlyEmail().to())
        .extracting(a -> a.email())
        .containsExactly("new-address@example.com");
  }

  @Test
  void duplicatedEventUnderAnotherIdSendsOneEmail() {
    s.driver.send(requested("u1", "rst-1").withId("a"));
    s.driver.send(requested("u1", "rst-1").withId("b"));

    assertThat(s.driver.runs("send-password-reset", RunStatus.COMPLETED)).hasSize(2);
    assertThat(s.world.mailer.sent()).hasSize(1);
  }

  @Test
  void requestReplacedByANewerOneGetsNoEmail() {
    s.world.tokens.deleteForUser("u1", TokenKind.PASSWORD_RESET);
    s.world.issueToken(
        "rst-2", "u1", TokenKind.PASSWORD_RESET, EmailScenario.START, Duration.ofHours(1));

    s.driver.send(requested("u1", "rst-1"));
    s.driver.send(requested("u1", "rst-2"));

    assertThat(s.onlyEmail().idempotencyKey()).isEqualTo("password-reset:u1:rst-2");
  }

  @Test
  void outageThenRecoverySendsExactlyOnce() {
    s.world.mailer.failNextTransiently(2);

    s.driver.send(requested("u1", "rst-1"));
    s.driver.advance(Duration.ofMinutes(30));

    RunRecord run = s.driver.lastRun("send-password-reset");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.step("send-password-reset-email").orElseThrow().attempts()).isEqualTo(3);
    assertThat(s.world.mailer.sent()).hasSize(1);
  }

  @Test
  void permanentRejectionFailsWithoutRetries() {
    s.world.mailer.failNextPermanently(1);

    s.driver.send(requested("u1", "rst-1"));
    s.driver.advance(Duration.ofMinutes(30));

    assertThat(s.driver.lastRun("send-password-reset").status()).isEqualTo(RunStatus.FAILED);
    assertThat(s.world.mailer.attempts()).isEqualTo(1);
  }

  @Test
  void linkThatExpiredDuringAnOutageIsNotSent() {
    s.world.mailer.failNextTransiently(3);

    s.driver.send(requested("u1", "rst-1"));
    s.clock.advance(Duration.ofHours(2));
    s.driver.advance(Duration.ofHours(1));

    RunRecord run = s.driver.lastRun("send-password-reset");
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().message()).contains("PASSWORD_RESET token rst-1 expired");
    assertThat(s.world.mailer.sent()).isEmpty();
  }
}
