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
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.account.AccountRecoveryFlow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountRecoveryFlowTest {

  static final Instant MONDAY = Instant.parse("2026-01-12T09:00:00Z");
  static final Instant LONG_AGO = Instant.parse("2025-11-20T10:00:00Z");

  final AccountScenario s =
      new AccountScenario(AccountScenario.START, WorkflowSettings.defaults().withPageSize(2));

  void seed() {
    for (String id : List.of("c1", "c2", "c3")) {
      s.world.users.save(TestUsers.customer(id).lastLoginAt(LONG_AGO).build());
    }
    s.world.users.save(TestUsers.handyman("h1").lastLoginAt(LONG_AGO).build());
    // Never logged in: inactive since registration.
    s.world.users.save(
        TestUsers.customer("c4").createdAt(Instant.parse("2025-12-01T00:00:00Z")).build());
    s.world.users.save(
        TestUsers.customer("active").lastLoginAt(MONDAY.minus(Duration.ofDays(3))).build());
    s.world.users.save(TestUsers.admin("admin").lastLoginAt(LONG_AGO).build());
    s.world.users.save(
        TestUsers.customer("deleted").lastLoginAt(LONG_AGO).deletedAt(LONG_AGO).build());
  }

  @Test
  void keepsTheOriginalIdNameCronAndRetries() {
    WorkflowFunction fn = AccountRecoveryFlow.function(s.deps);
    assertThat(fn.id()).isEqualTo("account-recovery-flow");
    assertThat(fn.name()).isEqualTo("Account Recovery Flow");
    assertThat(fn.triggers()).containsExactly(new Trigger.OnCron("TZ=UTC 0 9 * * 1"));
    assertThat(fn.retries()).isEqualTo(1);
  }

  @Test
  void mondayRunPagesThroughInactiveUsersAndMailsEachOnce() {
    seed();

    s.driver.advanceTo(MONDAY);

    RunRecord run = s.driver.lastRun("account-recovery-flow");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    AccountRecoveryFlow.Result result =
        AccountScenario.output(run, AccountRecoveryFlow.Result.class);
    assertThat(result.inactiveBefore()).isEqualTo(MONDAY.minus(Duration.ofDays(30)));
    assertThat(result.usersDue()).isEqualTo(5);
    assertThat(result.pages()).isEqualTo(3);
    assertThat(result.capped()).isFalse();
    // Three pages of at most two users: one load and one send step each.
    assertThat(run.steps()).hasSize(6);
    assertThat(run.steps())
        .extracting(StepRecord::name)
        .containsOnly("load-inactive-users", "send-reengagement-events");
    assertThat(run.output().toString()).doesNotContain("@example.com");

    assertThat(s.driver.runs("send-re-engagement-email", RunStatus.COMPLETED)).hasSize(5);
    assertThat(s.world.mailer.sent())
        .extracting(m -> m.to().get(0).email())
        .containsExactlyInAnyOrder(
            "c1@example.com",
            "c2@example.com",
            "c3@example.com",
            "c4@example.com",
            "h1@example.com");
    MailMessage c1 = s.world.mailer.sentTo("c1@example.com").get(0);
    assertThat(c1.subject()).isEqualTo("We miss you at Handyman");
    assertThat(c1.text())
        .contains("We have not seen you since 20 November 2025.")
        .contains("https://app.handyman.test/login");
    assertThat(c1.idempotencyKey()).isEqualTo("re-engage:c1:" + LONG_AGO.getEpochSecond());
    assertThat(s.world.mailer.sentTo("h1@example.com").get(0).text())
        .contains("mark yourself available");
    assertThat(s.world.users.find("c1").orElseThrow().reengagedAt()).isEqualTo(MONDAY);
    assertThat(s.world.users.find("active").orElseThrow().reengagedAt()).isNull();
    assertThat(s.world.users.find("admin").orElseThrow().reengagedAt()).isNull();
  }

  @Test
  void nextWeeksRunDoesNotMailTheSameUsersAgain() {
    seed();
    s.driver.advanceTo(MONDAY);
    assertThat(s.world.mailer.sent()).hasSize(5);

    s.driver.advance(Duration.ofDays(7));

    List<RunRecord> runs = s.driver.runs("account-recovery-flow", RunStatus.COMPLETED);
    assertThat(runs).hasSize(2);
    AccountRecoveryFlow.Result second =
        AccountScenario.output(runs.get(1), AccountRecoveryFlow.Result.class);
    assertThat(second.usersDue()).isZero();
    assertThat(runs.get(1).steps()).hasSize(1);
    assertThat(s.world.mailer.sent()).hasSize(5);
  }

  @Test
  void userWhoCameBackAndWentQuietAgainGetsOneMoreEmail() {
    seed();
    s.driver.advanceTo(MONDAY);
    Instant login = MONDAY.plus(Duration.ofDays(1));
    s.world.users.recordLogin("c1", login);

    // Weekly runs until c1 has been inactive for 30 days again (Monday 2026-02-16).
    s.driver.advanceTo(Instant.parse("2026-02-16T09:00:00Z"));

    List<MailMessage> toC1 = s.world.mailer.sentTo("c1@example.com");
    assertThat(toC1)
        .extracting(MailMessage::idempotencyKey)
        .containsExactly(
            "re-engage:c1:" + LONG_AGO.getEpochSecond(), "re-engage:c1:" + login.getEpochSecond());
    // By then "active" (last login 2026-01-09) has been quiet for 30 days too.
    assertThat(s.world.mailer.sentTo("active@example.com")).hasSize(1);
    assertThat(s.world.mailer.sent()).hasSize(7);
  }

  @Test
  void mailOutageIsRetriedPerUserAndEveryoneIsMailedOnce() {
    seed();
    s.world.mailer.failNextTransiently(2);

    s.driver.advanceTo(MONDAY);
    s.driver.advance(Duration.ofHours(1));

    assertThat(s.driver.runs("send-re-engagement-email", RunStatus.COMPLETED)).hasSize(5);
    assertThat(s.world.mailer.sent()).hasSize(5);
    assertThat(s.world.mailer.sent())
        .extracting(MailMessage::idempotencyKey)
        .doesNotHaveDuplicates();
  }

  @Test
  void usersOfEveryRoleButAdminAreCovered() {
    s.world.users.save(TestUsers.user("x", Role.HANDYMAN).lastLoginAt(LONG_AGO).build());

    s.driver.advanceTo(MONDAY);

    assertThat(s.world.mailer.sentTo("x@example.com")).hasSize(1);
  }
}
