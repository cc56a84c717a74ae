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
import io.github.handymanworkflows.event.EmailVerificationRequested;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.token.TokenRecord;
import io.github.handymanworkflows.token.TokenSecret;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.email.SendVerificationEmail;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SendVerificationEmailTest {

  final EmailScenario s = new EmailScenario();

  Event<EmailVerificationRequested> requested(String userId, String tokenId) {
    return EmailVerificationRequested.TYPE.event(new EmailVerificationRequested(userId, tokenId));
  }

  @BeforeEach
  void unverifiedUserWithAToken() {
    s.world.users.save(TestUsers.customer("u1").emailVerified(false).build());
    s.world.issueToken(
        "tok-1", "u1", TokenKind.VERIFICATION, EmailScenario.START, Duration.ofDays(1));
  }

  @Test
  void keepsTheOriginalIdNameTriggerAndRetries() {
    WorkflowFunction fn = SendVerificationEmail.function(s.deps);
    assertThat(fn.id()).isEqualTo("send-verification-email");
    assertThat(fn.name()).isEqualTo("Send Email Verification");
    assertThat(fn.triggers())
        .containsExactly(new Trigger.OnEvent("auth/email.verification.requested", null));
    assertThat(fn.retries()).isEqualTo(3);
  }

  @Test
  void sendsTheLinkWithTheTokenDerivedInTheStepAndTheTokensIdAsKey() {
    s.driver.send(requested("u1", "tok-1"));

    RunRecord run = s.driver.lastRun("send-verification-email");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    MailMessage mail = s.onlyEmail();
    String token = s.world.rawToken("tok-1");
    assertThat(mail.to()).extracting(a -> a.email()).containsExactly("u1@example.com");
    assertThat(mail.subject()).isEqualTo("Verify your email address for Handyman");
    assertThat(mail.text())
        .contains("https://app.handyman.test/verify-email?token=" + token)
        .contains("The link works for 24 hours.");
    assertThat(mail.idempotencyKey()).isEqualTo("verify:u1:tok-1");
    assertThat(EmailScenario.outcome(run).wasSent()).isTrue();
    assertThat(run.output().toString()).doesNotContain(token).doesNotContain("@example.com");
  }

  @Test
  void duplicatedEventSendsOneEmail() {
    s.driver.send(requested("u1", "tok-1").withId("evt-1"));
    s.driver.send(requested("u1", "tok-1").withId("evt-1"));
    s.driver.send(requested("u1", "tok-1").withId("evt-2"));

    assertThat(s.driver.runs("send-verification-email")).hasSize(2);
    assertThat(s.world.mailer.sent()).hasSize(1);
  }

  @Test
  void providerOutageIsRetriedThenOneEmailGoesOut() {
    s.world.mailer.failNextTransiently(3);

    s.driver.send(requested("u1", "tok-1"));
    s.driver.advance(Duration.ofHours(1));

    RunRecord run = s.driver.lastRun("send-verification-email");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.step("send-verification-email").orElseThrow().attempts()).isEqualTo(4);
    assertThat(s.world.mailer.sent()).hasSize(1);
  }

  @Test
  void permanentRejectionFailsAtOnce() {
    s.world.mailer.failNextPermanently(1);

    s.driver.send(requested("u1", "tok-1"));
    s.driver.advance(Duration.ofHours(1));

    assertThat(s.driver.lastRun("send-verification-email").status()).isEqualTo(RunStatus.FAILED);
    assertThat(s.world.mailer.attempts()).isEqualTo(1);
  }

  @Test
  void expiredTokenFailsWithoutRetriesAndSendsNothing() {
    s.clock.advance(Duration.ofDays(2));

    s.driver.send(requested("u1", "tok-1"));
    s.driver.advance(Duration.ofHours(1));

    RunRecord run = s.driver.lastRun("send-verification-email");
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().message()).contains("VERIFICATION token tok-1 expired");
    assertThat(run.step("send-verification-email").orElseThrow().attempts()).isEqualTo(1);
    assertThat(s.world.mailer.attempts()).isZero();
  }

  @Test
  void usedOrReplacedTokenGetsNoEmail() {
    s.world.tokens.delete("tok-1");

    s.driver.send(requested("u1", "tok-1"));

    RunRecord run = s.driver.lastRun("send-verification-email");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(EmailScenario.outcome(run).skipped()).isEqualTo("token used or replaced");
    assertThat(s.world.mailer.attempts()).isZero();
  }

  @Test
  void alreadyVerifiedAddressGetsNoEmail() {
    s.world.users.save(TestUsers.customer("u1").emailVerified(true).build());

    s.driver.send(requested("u1", "tok-1"));

    RunRecord run = s.driver.lastRun("send-verification-email");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(EmailScenario.outcome(run).skipped()).isEqualTo("email already verified");
    assertThat(s.world.mailer.attempts()).isZero();
  }

  @Test
  void tokenOfAnotherUserFailsWithoutSending() {
    s.world.issueToken(
        "tok-9", "u9", TokenKind.VERIFICATION, EmailScenario.START, Duration.ofDays(1));

    s.driver.send(requested("u1", "tok-9"));

    RunRecord run = s.driver.lastRun("send-verification-email");
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().message()).contains("tok-9").doesNotContain(s.world.rawToken("tok-9"));
    assertThat(s.world.mailer.attempts()).isZero();
  }

  @Test
  void tokenIssuedUnderAnotherSecretFailsWithoutSendingAndSaysWhy() {
    TokenSecret other = TokenSecret.random();
    s.world.tokens.save(
        TokenRecord.issue(
            "tok-2",
            "u1",
            TokenKind.VERIFICATION,
            other.rawToken("tok-2", "u1", TokenKind.VERIFICATION),
            EmailScenario.START,
            Duration.ofDays(1)));

    s.driver.send(requested("u1", "tok-2"));

    RunRecord run = s.driver.lastRun("send-verification-email");
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().message()).contains("tok-2", "token secret");
    assertThat(s.world.mailer.attempts()).isZero();
  }

  @Test
  void unknownUserFailsWithoutRetries() {
    s.world.issueToken(
        "tok-5", "u5", TokenKind.VERIFICATION, EmailScenario.START, Duration.ofDays(1));

    s.driver.send(requested("u5", "tok-5"));
    s.driver.advance(Duration.ofHours(1));

    RunRecord run = s.driver.lastRun("send-verification-email");
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().message()).contains("user 'u5' does not exist");
    assertThat(s.world.mailer.attempts()).isZero();
  }
}
