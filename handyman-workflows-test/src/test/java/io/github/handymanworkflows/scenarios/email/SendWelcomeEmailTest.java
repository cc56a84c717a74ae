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

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.StepRecord;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.scenarios.ScenarioWorld;
import io.github.handymanworkflows.test.PortWorld;
import io.github.handymanworkflows.test.WorkflowTestDriver;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.test.faults.FaultInjector;
import io.github.handymanworkflows.test.faults.FaultMode;
import io.github.handymanworkflows.test.faults.FaultSweep;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.HandymanWorkflows;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.email.EmailOutcome;
import io.github.handymanworkflows.workflows.email.SendWelcomeEmail;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendWelcomeEmailTest {

  final EmailScenario s = new EmailScenario();

  static Event<UserRegistered> registered(String userId) {
    return UserRegistered.TYPE.event(
        new UserRegistered(userId, userId + "@example.com", "Ada", "Obi", Role.HANDYMAN));
  }

  @Test
  void keepsTheOriginalIdNameTriggerAndRetries() {
    WorkflowFunction fn = SendWelcomeEmail.function(s.deps);
    assertThat(fn.id()).isEqualTo("send-welcome-email");
    assertThat(fn.name()).isEqualTo("Send Welcome Email");
    assertThat(fn.triggers()).containsExactly(new Trigger.OnEvent("auth/user.registered", null));
    assertThat(fn.retries()).isEqualTo(2);
  }

  @Test
  void integrationDocumentsManualTestSendsTheWelcomeToAnUnknownUserFromTheEventsFields() {
    s.driver.sendJson(
        """
        {
          "name": "auth/user.registered",
          "data": {
            "userId": "user123",
            "email": "test@example.com",
            "firstName": "Test",
            "lastName": "User",
            "role": "customer"
          }
        }
        """);

    RunRecord run = s.driver.lastRun("send-welcome-email");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    MailMessage mail = s.onlyEmail();
    assertThat(mail.to()).extracting(a -> a.email()).containsExactly("test@example.com");
    assertThat(mail.subject()).isEqualTo("Welcome to Handyman");
    assertThat(mail.text()).contains("Hi Test,").contains("https://app.handyman.test/dashboard");
    assertThat(mail.idempotencyKey()).isEqualTo("welcome:user123");
    assertThat(mail.tags()).containsEntry("workflow", "send-welcome-email");
    EmailOutcome outcome = EmailScenario.outcome(run);
    assertThat(outcome.userId()).isEqualTo("user123");
    assertThat(outcome.wasSent()).isTrue();
  }

  @Test
  void handymanWelcomePointsAtTheProfile() {
    s.driver.send(registered("u1"));

    assertThat(s.onlyEmail().text())
        .contains("Complete your profile")
        .contains("https://app.handyman.test/profile");
  }

  @Test
  void sameEventTwiceStartsOneRunAndSendsOneEmail() {
    Event<UserRegistered> event = registered("u1").withId("evt-1");
    s.driver.send(event);
    s.driver.send(event);

    assertThat(s.driver.runs("send-welcome-email")).hasSize(1);
    assertThat(s.world.mailer.sentWithKey("welcome:u1")).hasSize(1);
  }

  @Test
  void sameContentUnderAnotherIdSendsNoSecondWelcome() {
    s.driver.send(registered("u1").withId("evt-1"));
    s.driver.send(registered("u1").withId("evt-2"));

    List<RunRecord> runs = s.driver.runs("send-welcome-email", RunStatus.COMPLETED);
    assertThat(runs).hasSize(2);
    assertThat(s.world.mailer.sent()).hasSize(1);
    // The repeat finds the welcome's marker and does not even try.
    assertThat(EmailScenario.outcome(runs.get(1)).skipped())
        .isEqualTo(SendWelcomeEmail.ALREADY_SENT);
    assertThat(s.world.mailer.attempts()).isEqualTo(1);
  }

  @Test
  void eventReplayedAfterTheProvidersWindowSendsNothing() {
    s.driver.send(registered("u1").withId("evt-1"));
    s.clock.advance(Duration.ofHours(25));

    s.driver.send(registered("u1").withId("evt-1-replayed"));

    assertThat(s.world.mailer.sentWithKey("welcome:u1")).hasSize(1);
    assertThat(s.world.mailer.attempts()).isEqualTo(1);
    assertThat(s.world.ledger.markedAt(SendWelcomeEmail.marker("u1")))
        .contains(EmailScenario.START);
  }

  @Test
  void markerWriteWhoseAnswerIsLostIsRetriedAloneWithoutASecondEmail() {
    ScenarioWorld storage = ScenarioWorld.create();
    PortWorld world = storage.ports();
    ManualClock clock = new ManualClock(EmailScenario.START);
    FaultInjector faults = FaultInjector.onFirst("ledger.mark", FaultMode.ANSWER_LOST);
    WorkflowDependencies deps = world.dependencies(clock, WorkflowSettings.defaults(), faults);
    WorkflowTestDriver driver =
        FaultSweep.driver(clock)
            .registry(HandymanWorkflows.registry())
            .functions(List.of(SendWelcomeEmail.function(deps)))
            .store(storage.engineStore())
            .build();

    driver.send(registered("u1"));

    RunRecord run = driver.lastRun("send-welcome-email");
    assertThat(faults.injected()).isPresent();
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.steps())
        .extracting(StepRecord::name)
        .containsExactly("send-welcome-email", "record-welcome-sent");
    assertThat(run.step("send-welcome-email").orElseThrow().attempts()).isEqualTo(1);
    assertThat(run.step("record-welcome-sent").orElseThrow().attempts()).isEqualTo(2);
    assertThat(world.mailer.attempts()).isEqualTo(1);
    assertThat(world.ledger.markedAt(SendWelcomeEmail.marker("u1"))).isPresent();
  }

  @Test
  void providerOutageIsRetriedAndSendsExactlyOneEmail() {
    s.world.mailer.failNextTransiently(2);

    s.driver.send(registered("u1"));
    assertThat(s.driver.lastRun("send-welcome-email").status()).isEqualTo(RunStatus.RUNNING);
    s.driver.advance(Duration.ofHours(1));

    RunRecord run = s.driver.lastRun("send-welcome-email");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.step("send-welcome-email").orElseThrow().attempts()).isEqualTo(3);
    assertThat(s.world.mailer.attempts()).isEqualTo(3);
    assertThat(s.world.mailer.sentWithKey("welcome:u1")).hasSize(1);
  }

  @Test
  void outageLongerThanTheRetriesFailsTheRunInsteadOfSwallowingTheError() {
    s.world.mailer.failNextTransiently(3);

    s.driver.send(registered("u1"));
    s.driver.advance(Duration.ofHours(1));

    RunRecord run = s.driver.lastRun("send-welcome-email");
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().name()).isEqualTo("MailDeliveryException");
    assertThat(s.world.mailer.attempts()).isEqualTo(3);
    assertThat(s.world.mailer.sent()).isEmpty();
  }

  @Test
  void permanentRejectionFailsTheRunWithoutRetries() {
    s.world.mailer.failNextPermanently(1);

    s.driver.send(registered("u1"));
    s.driver.advance(Duration.ofHours(1));

    RunRecord run = s.driver.lastRun("send-welcome-email");
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().name()).isEqualTo("NonRetriableError");
    assertThat(run.error().message()).contains("simulated permanent mail rejection");
    assertThat(s.world.mailer.attempts()).isEqualTo(1);
    assertThat(s.world.mailer.sent()).isEmpty();
  }

  @Test
  void deletedAccountGetsNoWelcome() {
    s.world.users.save(TestUsers.customer("u1").deletedAt(EmailScenario.START).build());

    s.driver.send(registered("u1"));

    RunRecord run = s.driver.lastRun("send-welcome-email");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(EmailScenario.outcome(run).skipped()).isEqualTo("account deleted");
    assertThat(s.world.mailer.attempts()).isZero();
  }
}
