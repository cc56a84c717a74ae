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
import io.github.handymanworkflows.engine.StepRecord;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.OnboardingStarted;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.user.UserProfile;
import io.github.handymanworkflows.workflow.CancelOn;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.account.UserAccountDeactivated;
import io.github.handymanworkflows.workflows.account.UserAccountDeleted;
import io.github.handymanworkflows.workflows.account.UserOnboardingFlow;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UserOnboardingFlowTest {

  final AccountScenario s = new AccountScenario();

  static Event<OnboardingStarted> started(UserAccount user) {
    return OnboardingStarted.TYPE.event(
        new OnboardingStarted(user.id(), user.email(), "Ada", user.role()));
  }

  /** A customer who registered today, with names but no phone or address yet. */
  UserAccount newCustomer(String id) {
    UserAccount user =
        TestUsers.user(id, Role.CUSTOMER)
            .createdAt(AccountScenario.START)
            .emailVerified(false)
            .build();
    s.world.users.save(user);
    return user;
  }

  @Test
  void keepsTheOriginalIdNameTriggerAndRetriesAndIsCancelledByDeletionOrDeactivation() {
    WorkflowFunction fn = UserOnboardingFlow.function(s.deps);
    assertThat(fn.id()).isEqualTo("user-onboarding-flow");
    assertThat(fn.name()).isEqualTo("User Onboarding Flow");
    assertThat(fn.triggers()).containsExactly(new Trigger.OnEvent("user/onboarding.started", null));
    assertThat(fn.retries()).isEqualTo(2);
    assertThat(fn.cancelOn())
        .extracting(CancelOn::event)
        .containsExactly("user/account.deleted", "user/account.deactivated");
  }

  @Test
  void remindsOfTheMissingFieldsAndSendsTipsOnScheduleButNoWelcome() {
    UserAccount user = newCustomer("u1");

    s.driver.send(started(user));
    assertThat(s.world.mailer.sent()).isEmpty();

    s.driver.advance(Duration.ofHours(24).minusSeconds(1));
    assertThat(s.driver.runs("send-profile-reminder")).isEmpty();
    s.driver.advance(Duration.ofSeconds(1));

    RunRecord reminderRun = s.driver.lastRun("send-profile-reminder");
    assertThat(reminderRun.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(reminderRun.triggerEventId()).isEqualTo("profile-incomplete:u1");
    MailMessage reminder = s.world.mailer.lastSent().orElseThrow();
    assertThat(reminder.idempotencyKey()).isEqualTo("profile-incomplete:u1");
    assertThat(reminder.to()).extracting(a -> a.email()).containsExactly("u1@example.com");
    assertThat(reminder.subject()).isEqualTo("Finish your Handyman profile");
    assertThat(reminder.text()).contains("- phone number").contains("- address");

    s.driver.advance(Duration.ofDays(3).minusSeconds(1));
    assertThat(s.world.mailer.sent()).hasSize(1);
    s.driver.advance(Duration.ofSeconds(1));

    MailMessage tips = s.world.mailer.lastSent().orElseThrow();
    assertThat(tips.idempotencyKey()).isEqualTo("role-tips:u1");
    assertThat(tips.subject()).isEqualTo("Tips for getting jobs done on Handyman");
    assertThat(tips.text()).contains("Hi Ada,").contains("Post a job");
    RunRecord run = s.driver.lastRun("user-onboarding-flow");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    UserOnboardingFlow.Result result = AccountScenario.output(run, UserOnboardingFlow.Result.class);
    assertThat(result.missingFields()).containsExactly("phone", "address");
    assertThat(result.reminderRequested()).isTrue();
    assertThat(result.tips().wasSent()).isTrue();
    assertThat(result.stopped()).isNull();
    assertThat(run.steps())
        .extracting(StepRecord::name)
        .containsExactly(
            "wait-before-profile-check",
            "check-profile-completion",
            "send-profile-reminder",
            "wait-before-role-tips",
            "send-role-tips");
    assertThat(run.output().toString()).doesNotContain("@example.com");
  }

  @Test
  void registrationAndOnboardingTogetherSendOneWelcomeFromItsOneOwner() {
    UserAccount user = newCustomer("u1");

    s.driver.send(started(user));
    s.driver.send(
        UserRegistered.TYPE.event(
            new UserRegistered("u1", "u1@example.com", "Ada", "Obi", Role.CUSTOMER)));
    s.driver.advance(Duration.ofDays(5));

    assertThat(s.driver.lastRun("send-welcome-email").status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(s.world.mailer.sentWithKey("welcome:u1")).hasSize(1);
    // Every attempt counts, de-duplicated ones too: only one producer ever tried to welcome.
    assertThat(s.world.mailer.attemptLog())
        .filteredOn(a -> a.message().idempotencyKey().equals("welcome:u1"))
        .hasSize(1);
    assertThat(s.driver.lastRun("user-onboarding-flow").steps())
        .extracting(StepRecord::name)
        .doesNotContain("send-welcome-email");
  }

  @Test
  void completeProfileGetsNoReminder() {
    UserAccount user = TestUsers.handyman("h1").build();
    s.world.users.save(user);

    s.driver.send(started(user));
    s.driver.advance(Duration.ofDays(5));

    assertThat(s.driver.runs("send-profile-reminder")).isEmpty();
    assertThat(s.world.mailer.sent())
        .extracting(MailMessage::idempotencyKey)
        .containsExactly("role-tips:h1");
    assertThat(s.world.mailer.lastSent().orElseThrow().subject())
        .isEqualTo("Tips for winning more jobs on Handyman");
    RunRecord run = s.driver.lastRun("user-onboarding-flow");
    assertThat(run.step("send-profile-reminder")).isEmpty();
    assertThat(AccountScenario.output(run, UserOnboardingFlow.Result.class).missingFields())
        .isEmpty();
  }

  @Test
  void handymanProfileIsCheckedByTheStoredRoleAndRealFields() {
    UserAccount user =
        TestUsers.user("h1", Role.HANDYMAN)
            .profile(UserProfile.empty().withPhone("+234 800 000 0001"))
            .build();
    s.world.users.save(user);

    // The event claims "customer"; the stored account is a handyman.
    s.driver.send(
        OnboardingStarted.TYPE.event(
            new OnboardingStarted("h1", "h1@example.com", "Ada", Role.CUSTOMER)));
    s.driver.advance(Duration.ofDays(1));

    assertThat(s.driver.lastRun("send-profile-reminder").status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(s.world.mailer.lastSent().orElseThrow().text())
        .contains("- the skills you offer")
        .contains("- where you work from")
        .contains("- a short bio")
        .doesNotContain("- phone number");
  }

  @Test
  void userDeletedMidOnboardingCancelsTheRunAndGetsNoTips() {
    UserAccount user = newCustomer("u1");
    s.driver.send(started(user));
    s.driver.advance(Duration.ofDays(2));
    assertThat(s.world.mailer.sent()).hasSize(1);

    s.world.users.save(user.toBuilder().deletedAt(s.clock.instant()).build());
    s.driver.send(UserAccountDeleted.TYPE.event(new UserAccountDeleted("u1", s.clock.instant())));
    s.driver.advance(Duration.ofDays(3));

    RunRecord run = s.driver.lastRun("user-onboarding-flow");
    assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(run.step("send-role-tips")).isEmpty();
    assertThat(s.world.mailer.sentWithKey("role-tips:u1")).isEmpty();
    assertThat(s.world.mailer.sent()).hasSize(1);
    assertThat(s.driver.running()).isEmpty();
  }

  @Test
  void deactivationOfAnotherUserDoesNotCancel() {
    UserAccount user = newCustomer("u1");
    s.driver.send(started(user));
    s.driver.send(
        UserAccountDeactivated.TYPE.event(new UserAccountDeactivated("u2", "asked to leave")));
    s.driver.advance(Duration.ofDays(5));

    assertThat(s.driver.lastRun("user-onboarding-flow").status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(s.world.mailer.sentWithKey("role-tips:u1")).hasSize(1);
  }

  @Test
  void deactivationCancelsToo() {
    UserAccount user = newCustomer("u1");
    s.driver.send(started(user));
    s.driver.send(UserAccountDeactivated.TYPE.event(new UserAccountDeactivated("u1", null)));
    s.driver.advance(Duration.ofDays(5));

    assertThat(s.driver.lastRun("user-onboarding-flow").status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(s.world.mailer.sent()).isEmpty();
  }

  @Test
  void accountGoneWithoutAnEventStopsTheFlowAtItsNextStep() {
    UserAccount user = newCustomer("u1");
    s.driver.send(started(user));
    s.world.users.save(user.toBuilder().archived(s.clock.instant(), "test").build());
    s.driver.advance(Duration.ofDays(5));

    RunRecord run = s.driver.lastRun("user-onboarding-flow");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    UserOnboardingFlow.Result result = AccountScenario.output(run, UserOnboardingFlow.Result.class);
    assertThat(result.stopped()).isEqualTo("account deleted or inactive");
    assertThat(run.step("wait-before-role-tips")).isEmpty();
    assertThat(s.driver.runs("send-profile-reminder")).isEmpty();
    assertThat(s.world.mailer.sent()).isEmpty();
  }

  @Test
  void adminsGetNoTips() {
    UserAccount admin = TestUsers.admin("a1").build();
    s.world.users.save(admin);

    s.driver.send(started(admin));
    s.driver.advance(Duration.ofDays(5));

    UserOnboardingFlow.Result result =
        AccountScenario.output(
            s.driver.lastRun("user-onboarding-flow"), UserOnboardingFlow.Result.class);
    assertThat(result.tips().skipped()).isEqualTo("no tips for admins");
    assertThat(s.world.mailer.sent()).isEmpty();
  }

  @Test
  void mailOutageDuringTheTipsIsRetriedAndTheFlowCompletes() {
    UserAccount user = TestUsers.handyman("h1").build();
    s.world.users.save(user);

    s.driver.send(started(user));
    s.driver.advance(Duration.ofDays(4).minusSeconds(1));
    s.world.mailer.failNextTransiently(2);
    s.driver.advance(Duration.ofDays(1));

    RunRecord run = s.driver.lastRun("user-onboarding-flow");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.step("send-role-tips").orElseThrow().attempts()).isEqualTo(3);
    assertThat(s.world.mailer.sentWithKey("role-tips:h1")).hasSize(1);
  }

  @Test
  void permanentRejectionOfTheTipsFailsTheRun() {
    UserAccount user = TestUsers.handyman("h1").build();
    s.world.users.save(user);
    s.driver.send(started(user));
    s.driver.advance(Duration.ofDays(4).minusSeconds(1));
    s.world.mailer.failNextPermanently(1);

    s.driver.advance(Duration.ofDays(1));

    assertThat(s.driver.lastRun("user-onboarding-flow").status()).isEqualTo(RunStatus.FAILED);
    assertThat(s.world.mailer.sent()).isEmpty();
  }
}
