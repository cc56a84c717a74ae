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
import io.github.handymanworkflows.event.TwoFactorEnabled;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.email.SendTwoFactorEnabled;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendTwoFactorEnabledTest {

  static final Instant ENABLED_AT = Instant.parse("2026-01-05T08:30:00Z");

  final EmailScenario s = new EmailScenario();

  static Event<TwoFactorEnabled> enabled(String userId, Instant at) {
    return TwoFactorEnabled.TYPE
        .event(new TwoFactorEnabled(userId, userId + "@example.com", "Ada"))
        .withTs(at);
  }

  @Test
  void keepsTheOriginalIdNameTriggerAndRetries() {
    WorkflowFunction fn = SendTwoFactorEnabled.function(s.deps);
    assertThat(fn.id()).isEqualTo("send-2fa-enabled");
    assertThat(fn.name()).isEqualTo("Send 2FA Enabled Email");
    assertThat(fn.triggers()).containsExactly(new Trigger.OnEvent("auth/2fa.enabled", null));
    assertThat(fn.retries()).isEqualTo(2);
  }

  @Test
  void confirmsWithTheTimeItWasSwitchedOn() {
    s.driver.send(enabled("u1", ENABLED_AT));

    RunRecord run = s.driver.lastRun("send-2fa-enabled");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    MailMessage mail = s.onlyEmail();
    assertThat(mail.to()).extracting(a -> a.email()).containsExactly("u1@example.com");
    assertThat(mail.subject())
        .isEqualTo("Two-factor authentication is on for your Handyman account");
    assertThat(mail.text())
        .contains("Monday 5 January 2026, 08:30 UTC")
        .contains("https://app.handyman.test/settings/security");
    assertThat(mail.idempotencyKey()).isEqualTo("2fa-enabled:u1:" + ENABLED_AT.getEpochSecond());
  }

  @Test
  void duplicatedEventSendsOnceButEnablingAgainLaterSendsAgain() {
    s.driver.send(enabled("u1", ENABLED_AT).withId("a"));
    s.driver.send(enabled("u1", ENABLED_AT).withId("b"));
    assertThat(s.world.mailer.sent()).hasSize(1);

    s.driver.send(enabled("u1", ENABLED_AT.plus(Duration.ofDays(1))).withId("c"));
    assertThat(s.world.mailer.sent()).hasSize(2);
  }

  @Test
  void outageThenRecoverySendsOnce() {
    s.world.mailer.failNextTransiently(1);

    s.driver.send(enabled("u1", ENABLED_AT));
    s.driver.advance(Duration.ofHours(1));

    assertThat(s.driver.lastRun("send-2fa-enabled").status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(s.world.mailer.attempts()).isEqualTo(2);
    assertThat(s.world.mailer.sent()).hasSize(1);
  }

  @Test
  void permanentRejectionFailsWithoutRetries() {
    s.world.mailer.failNextPermanently(1);

    s.driver.send(enabled("u1", ENABLED_AT));
    s.driver.advance(Duration.ofHours(1));

    assertThat(s.driver.lastRun("send-2fa-enabled").status()).isEqualTo(RunStatus.FAILED);
    assertThat(s.world.mailer.attempts()).isEqualTo(1);
  }

  @Test
  void deletedAccountIsNotMailed() {
    s.world.users.save(TestUsers.customer("u1").deletedAt(ENABLED_AT).build());

    s.driver.send(enabled("u1", ENABLED_AT));

    assertThat(EmailScenario.outcome(s.driver.lastRun("send-2fa-enabled")).skipped())
        .isEqualTo("account deleted");
    assertThat(s.world.mailer.attempts()).isZero();
  }
}
