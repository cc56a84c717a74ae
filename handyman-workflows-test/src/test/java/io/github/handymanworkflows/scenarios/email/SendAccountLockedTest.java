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
import io.github.handymanworkflows.event.AccountLocked;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.email.SendAccountLocked;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SendAccountLockedTest {

  static final Instant UNTIL = Instant.parse("2026-01-06T09:00:00Z");

  final EmailScenario s = new EmailScenario();

  static Event<AccountLocked> locked(String userId, @Nullable Instant until) {
    return AccountLocked.TYPE.event(
        new AccountLocked(
            userId, userId + "@example.com", "Ada", "too many failed sign-in attempts", until));
  }

  @Test
  void keepsTheOriginalIdNameTriggerAndRetries() {
    WorkflowFunction fn = SendAccountLocked.function(s.deps);
    assertThat(fn.id()).isEqualTo("send-account-locked");
    assertThat(fn.name()).isEqualTo("Send Account Locked Email");
    assertThat(fn.triggers()).containsExactly(new Trigger.OnEvent("auth/account.locked", null));
    assertThat(fn.retries()).isEqualTo(2);
  }

  @Test
  void statesTheReasonAndTheRealUnlockTime() {
    s.driver.send(locked("u1", UNTIL));

    RunRecord run = s.driver.lastRun("send-account-locked");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    MailMessage mail = s.onlyEmail();
    assertThat(mail.to()).extracting(a -> a.email()).containsExactly("u1@example.com");
    assertThat(mail.subject()).isEqualTo("Your Handyman account is temporarily locked");
    assertThat(mail.text())
        .contains("Reason: too many failed sign-in attempts.")
        .contains("It unlocks automatically on Tuesday 6 January 2026, 09:00 UTC.")
        .doesNotContain("15 minutes");
    assertThat(mail.idempotencyKey()).isEqualTo("account-locked:u1:" + UNTIL.getEpochSecond());
  }

  @Test
  void unlockTimeMissingFromTheEventIsReadFromTheAccount() {
    Instant storedUntil = EmailScenario.START.plus(Duration.ofMinutes(15));
    s.world.users.save(TestUsers.customer("u1").locked(storedUntil, "login").build());

    s.driver.send(locked("u1", null));

    assertThat(s.onlyEmail().text()).contains("Monday 5 January 2026, 09:15 UTC");
  }

  @Test
  void noUnlockTimeAnywhereFailsWithoutRetriesRatherThanGuess() {
    s.driver.send(locked("u1", null));
    s.driver.advance(Duration.ofHours(1));

    RunRecord run = s.driver.lastRun("send-account-locked");
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().message()).contains("must state the real unlock time");
    assertThat(s.world.mailer.attempts()).isZero();
  }

  @Test
  void sameLockAnnouncedTwiceSendsOneEmail() {
    s.driver.send(locked("u1", UNTIL).withId("login-1"));
    s.driver.send(locked("u1", UNTIL).withId("monitor-1"));

    assertThat(s.driver.runs("send-account-locked", RunStatus.COMPLETED)).hasSize(2);
    assertThat(s.world.mailer.sent()).hasSize(1);
  }

  @Test
  void outageThenRecoverySendsOnce() {
    s.world.mailer.failNextTransiently(2);

    s.driver.send(locked("u1", UNTIL));
    s.driver.advance(Duration.ofHours(1));

    assertThat(s.driver.lastRun("send-account-locked").status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(s.world.mailer.sent()).hasSize(1);
    assertThat(s.world.mailer.attempts()).isEqualTo(3);
  }

  @Test
  void permanentRejectionFailsWithoutRetries() {
    s.world.mailer.failNextPermanently(1);

    s.driver.send(locked("u1", UNTIL));
    s.driver.advance(Duration.ofHours(1));

    assertThat(s.driver.lastRun("send-account-locked").status()).isEqualTo(RunStatus.FAILED);
    assertThat(s.world.mailer.attempts()).isEqualTo(1);
  }

  @Test
  void lockThatAlreadyLiftedIsNotAnnounced() {
    s.driver.send(locked("u1", EmailScenario.START.minusSeconds(60)));

    RunRecord run = s.driver.lastRun("send-account-locked");
    assertThat(EmailScenario.outcome(run).skipped()).isEqualTo("lock already lifted");
    assertThat(s.world.mailer.attempts()).isZero();
  }
}
