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

import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.StepRecord;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.security.LockoutPolicy;
import io.github.handymanworkflows.session.SessionRecord;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.account.LockSuspiciousAccount;
import io.github.handymanworkflows.workflows.account.SecurityMonitoringFlow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityMonitoringFlowTest {

  static final Instant NOON = Instant.parse("2026-01-05T12:00:00Z");
  static final Instant UNTIL = NOON.plus(Duration.ofHours(24));
  static final Instant EARLIER_LOCK = Instant.parse("2026-01-05T13:00:00Z");

  static WorkflowSettings withLockout(LockoutPolicy policy) {
    WorkflowSettings d = WorkflowSettings.defaults().withPageSize(2);
    return new WorkflowSettings(
        d.zone(),
        policy,
        d.inactivity(),
        d.archiveAfter(),
        d.pageSize(),
        d.profileCheckDelay(),
        d.tipsDelay(),
        d.matchRadiusKm(),
        d.widenedRadiusKm(),
        d.maxMatches(),
        d.acceptWindow(),
        d.reviewDelay(),
        d.reviewWindow(),
        d.performance());
  }

  final AccountScenario s =
      new AccountScenario(AccountScenario.START, withLockout(LockoutPolicy.defaults()));

  void failures(AccountScenario world, String userId, int count, Instant last) {
    for (int i = 0; i < count; i++) {
      world.world.loginAttempts.recordFailure(userId, last.minus(Duration.ofMinutes(i)));
    }
  }

  void seed(AccountScenario world) {
    for (String id : List.of("a", "b", "c")) {
      world.world.users.save(TestUsers.customer(id).build());
      failures(world, id, 10, NOON.minus(Duration.ofMinutes(5)));
    }
    world.world.sessions.save(
        new SessionRecord("sa", "a", AccountScenario.START, NOON.plus(Duration.ofDays(7)), NOON));
    // Already locked at login until 13:00: neither re-locked nor mailed again.
    world.world.users.save(TestUsers.customer("d").locked(EARLIER_LOCK, "login").build());
    failures(world, "d", 10, NOON.minus(Duration.ofMinutes(5)));
    // Below the threshold, and before the previous run at 06:00 (that run checked them).
    world.world.users.save(TestUsers.customer("e").build());
    failures(world, "e", 9, NOON.minus(Duration.ofMinutes(5)));
    world.world.users.save(TestUsers.customer("f").build());
    failures(world, "f", 10, NOON.minus(Duration.ofHours(7)));
  }

  @Test
  void keepsTheOriginalIdNameCronAndRetries() {
    WorkflowFunction fn = SecurityMonitoringFlow.function(s.deps);
    assertThat(fn.id()).isEqualTo("security-monitoring-flow");
    assertThat(fn.name()).isEqualTo("Security Monitoring Flow");
    assertThat(fn.triggers()).containsExactly(new Trigger.OnCron("TZ=UTC 0 */6 * * *"));
    assertThat(fn.retries()).isEqualTo(1);
  }

  @Test
  void locksUsersOverTheThresholdAndMailsTheRealUnlockTime() {
    seed(s);

    s.driver.advanceTo(NOON);

    RunRecord run = s.driver.lastRun("security-monitoring-flow");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    SecurityMonitoringFlow.Result result =
        AccountScenario.output(run, SecurityMonitoringFlow.Result.class);
    // Everything since the previous scheduled run, not just the policy's hour (§8 C.17).
    assertThat(result.failuresSince()).isEqualTo(NOON.minus(Duration.ofHours(6)));
    assertThat(result.threshold()).isEqualTo(10);
    assertThat(result.locksRequested()).isEqualTo(4);
    assertThat(result.pages()).isEqualTo(2);
    assertThat(run.steps())
        .extracting(StepRecord::name)
        .containsExactly(
            "load-suspicious-users",
            "send-lock-requests",
            "load-suspicious-users",
            "send-lock-requests");

    for (String id : List.of("a", "b", "c")) {
      UserAccount user = s.world.users.find(id).orElseThrow();
      assertThat(user.lockedUntil()).isEqualTo(UNTIL);
      assertThat(user.lockReason()).isEqualTo(LockSuspiciousAccount.REASON);
    }
    assertThat(s.world.sessions.find("sa")).isEmpty();
    assertThat(s.world.users.find("d").orElseThrow().lockedUntil()).isEqualTo(EARLIER_LOCK);
    assertThat(s.world.users.find("e").orElseThrow().lockedUntil()).isNull();
    assertThat(s.world.users.find("f").orElseThrow().lockedUntil()).isNull();
    // Failures stay visible to monitoring after the lock (§8 C.17).
    assertThat(s.world.loginAttempts.countFailures("a", NOON.minus(Duration.ofHours(1))))
        .isEqualTo(10);

    assertThat(s.world.mailer.sent())
        .extracting(m -> m.to().get(0).email())
        .containsExactlyInAnyOrder("a@example.com", "b@example.com", "c@example.com");
    MailMessage mail = s.world.mailer.sentTo("a@example.com").get(0);
    assertThat(mail.idempotencyKey()).isEqualTo("account-locked:a:" + UNTIL.getEpochSecond());
    assertThat(mail.text())
        .contains("Reason: too many failed sign-in attempts.")
        .contains("It unlocks automatically on Tuesday 6 January 2026, 12:00 UTC.");
    RunRecord notice = s.driver.runs("send-account-locked").get(0);
    assertThat(notice.triggerEventId()).startsWith("account-locked:");
    RunRecord skipped =
        s.driver.runs("lock-suspicious-account").stream()
            .filter(r -> r.triggerEventId().startsWith("lock:d:"))
            .findFirst()
            .orElseThrow();
    assertThat(AccountScenario.output(skipped, LockSuspiciousAccount.Result.class).skipped())
        .isEqualTo("already locked");
    assertThat(s.driver.runs("lock-suspicious-account", RunStatus.COMPLETED)).hasSize(4);
    assertThat(run.output().toString()).doesNotContain("@example.com");
  }

  @Test
  void burstStillInTheWindowAtTheNextRunLocksAndMailsOnce() {
    AccountScenario wide =
        new AccountScenario(
            AccountScenario.START,
            withLockout(new LockoutPolicy(10, Duration.ofHours(12), Duration.ofHours(24))));
    seed(wide);

    wide.driver.advanceTo(NOON.plus(Duration.ofHours(6)));

    List<RunRecord> runs = wide.driver.runs("security-monitoring-flow", RunStatus.COMPLETED);
    assertThat(runs).hasSize(2);
    // "f" is within the wider window of the first run; the second run sees the others again.
    assertThat(
            AccountScenario.output(runs.get(0), SecurityMonitoringFlow.Result.class)
                .locksRequested())
        .isEqualTo(5);
    assertThat(
            AccountScenario.output(runs.get(1), SecurityMonitoringFlow.Result.class)
                .locksRequested())
        .isEqualTo(4);
    assertThat(wide.driver.runs("lock-suspicious-account")).hasSize(5);
    assertThat(wide.world.mailer.sent()).hasSize(4);
    assertThat(wide.world.users.find("a").orElseThrow().lockedUntil()).isEqualTo(UNTIL);
  }

  @Test
  void pagingOverManyUsersKeepsTheStepCountBounded() {
    for (int i = 0; i < 9; i++) {
      String id = "u" + i;
      s.world.users.save(TestUsers.customer(id).build());
      failures(s, id, 12, NOON.minus(Duration.ofMinutes(1)));
    }

    s.driver.advanceTo(NOON);

    RunRecord run = s.driver.lastRun("security-monitoring-flow");
    // Nine users in pages of two: five loads and five sends, never one step per user.
    assertThat(run.steps()).hasSize(10);
    assertThat(AccountScenario.output(run, SecurityMonitoringFlow.Result.class).locksRequested())
        .isEqualTo(9);
    assertThat(s.world.mailer.sent()).hasSize(9);
  }

  @Test
  void mailOutageDelaysButDoesNotDuplicateTheNotice() {
    seed(s);
    s.world.mailer.failNextTransiently(2);

    s.driver.advanceTo(NOON);
    s.driver.advance(Duration.ofHours(1));

    assertThat(s.driver.runs("send-account-locked", RunStatus.COMPLETED)).hasSize(3);
    assertThat(s.world.mailer.sent()).hasSize(3);
  }

  @Test
  void failuresBetweenTwoRunsAreCheckedByTheNextRun() {
    s.world.users.save(TestUsers.customer("slow").build());
    // Ten failures at 07:00-07:09: more than an hour before the 12:00 run, after the 06:00 one.
    failures(s, "slow", 10, Instant.parse("2026-01-05T07:09:00Z"));

    s.driver.advanceTo(NOON);

    assertThat(s.world.users.find("slow").orElseThrow().lockedUntil()).isEqualTo(UNTIL);
  }

  @Test
  void runsNeverOverlap() {
    assertThat(SecurityMonitoringFlow.function(s.deps).concurrency())
        .extracting(io.github.handymanworkflows.workflow.Concurrency::limit)
        .containsExactly(1);
  }

  @Test
  void nothingSuspiciousTakesOneStep() {
    s.driver.advanceTo(NOON);

    RunRecord run = s.driver.lastRun("security-monitoring-flow");
    assertThat(run.steps()).hasSize(1);
    assertThat(s.driver.runs("lock-suspicious-account")).isEmpty();
  }
}
