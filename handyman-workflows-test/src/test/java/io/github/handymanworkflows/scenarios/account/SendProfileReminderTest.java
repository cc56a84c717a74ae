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
package io.github.handymanworkflows.scenarios.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.ProfileIncomplete;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.account.SendProfileReminder;
import io.github.handymanworkflows.workflows.email.EmailOutcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendProfileReminderTest {

  final AccountScenario s = new AccountScenario();

  static Event<ProfileIncomplete> incomplete(String userId, List<String> missing) {
    return ProfileIncomplete.TYPE.event(
        new ProfileIncomplete(userId, userId + "@example.com", "Ada", Role.CUSTOMER, missing));
  }

  @Test
  void consumesProfileIncompleteUnderTheIdItsEmailIsTaggedWith() {
    WorkflowFunction fn = SendProfileReminder.function(s.deps);
    assertThat(fn.id()).isEqualTo("send-profile-reminder");
    assertThat(fn.triggers()).containsExactly(new Trigger.OnEvent("user/profile.incomplete", null));
    assertThat(fn.retries()).isEqualTo(2);
  }

  @Test
  void remindsOfTheFieldsMissingNowInWordsOnce() {
    s.world.users.save(TestUsers.user("u1", Role.CUSTOMER).name("Ada", "").build());

    s.driver.send(incomplete("u1", List.of("phone")).withId("a"));
    s.driver.send(incomplete("u1", List.of("phone")).withId("b"));

    MailMessage mail = s.world.mailer.sent().get(0);
    assertThat(s.world.mailer.sent()).hasSize(1);
    assertThat(mail.to()).extracting(a -> a.email()).containsExactly("u1@example.com");
    assertThat(mail.idempotencyKey()).isEqualTo("profile-incomplete:u1");
    assertThat(mail.tags()).containsEntry("workflow", "send-profile-reminder");
    assertThat(mail.text())
        .contains("- last name")
        .contains("- phone number")
        .contains("- address")
        .contains("https://app.handyman.test/profile");
  }

  @Test
  void profileCompletedSinceTheCheckGetsNoReminder() {
    s.world.users.save(TestUsers.customer("u1").build());

    s.driver.send(incomplete("u1", List.of("phone")));

    RunRecord run = s.driver.lastRun("send-profile-reminder");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(AccountScenario.output(run, EmailOutcome.class).skipped())
        .isEqualTo("profile complete");
    assertThat(s.world.mailer.attempts()).isZero();
  }

  @Test
  void unknownUserFailsWithoutRetries() {
    s.driver.send(incomplete("ghost", List.of("phone")));
    s.driver.advance(Duration.ofHours(1));

    RunRecord run = s.driver.lastRun("send-profile-reminder");
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().message()).contains("user 'ghost' does not exist");
    assertThat(run.step("send-profile-reminder-email").orElseThrow().attempts()).isEqualTo(1);
  }

  @Test
  void outageThenRecoverySendsOnceAndRejectionFailsAtOnce() {
    s.world.users.save(TestUsers.user("u1", Role.CUSTOMER).build());
    s.world.users.save(TestUsers.user("u2", Role.CUSTOMER).build());

    s.world.mailer.failNextTransiently(2);
    s.driver.send(incomplete("u1", List.of("phone")));
    s.driver.advance(Duration.ofHours(1));
    assertThat(s.driver.lastRun("send-profile-reminder").status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(s.world.mailer.sentWithKey("profile-incomplete:u1")).hasSize(1);

    s.world.mailer.failNextPermanently(1);
    s.driver.send(incomplete("u2", List.of("phone")));
    s.driver.advance(Duration.ofHours(1));
    assertThat(s.driver.lastRun("send-profile-reminder").status()).isEqualTo(RunStatus.FAILED);
    assertThat(s.world.mailer.sentWithKey("profile-incomplete:u2")).isEmpty();
  }
}
