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
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.account.LockRequested;
import io.github.handymanworkflows.workflows.account.LockSuspiciousAccount;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockSuspiciousAccountTest {

  static final Instant DETECTED = AccountScenario.START;

  final AccountScenario s = new AccountScenario();

  static Event<LockRequested> request(String userId) {
    LockRequested lock = new LockRequested(userId, 11, DETECTED.minusSeconds(60), DETECTED);
    return LockRequested.TYPE.event(lock).withId(lock.eventId());
  }

  @Test
  void consumesLockRequested() {
    WorkflowFunction fn = LockSuspiciousAccount.function(s.deps);
    assertThat(fn.id()).isEqualTo("lock-suspicious-account");
    assertThat(fn.triggers()).containsExactly(new Trigger.OnEvent("security/lock.requested", null));
    assertThat(fn.retries()).isEqualTo(2);
  }

  @Test
  void locksForThePolicysDurationAndAnnouncesItOnceWhenTheRequestComesTwice() {
    s.world.users.save(TestUsers.customer("a").name("", "").build());

    s.driver.send(request("a"));
    s.driver.send(request("a").withId("another-id"));

    Instant until = DETECTED.plus(Duration.ofHours(24));
    assertThat(s.world.users.find("a").orElseThrow().lockedUntil()).isEqualTo(until);
    assertThat(s.driver.runs("lock-suspicious-account", RunStatus.COMPLETED)).hasSize(2);
    // The repeat finds this request's own lock and reports it as the first run did.
    LockSuspiciousAccount.Result repeat =
        AccountScenario.output(
            s.driver.lastRun("lock-suspicious-account"), LockSuspiciousAccount.Result.class);
    assertThat(repeat.locked()).isTrue();
    assertThat(repeat.lockedUntil()).isEqualTo(until);
    assertThat(s.driver.runs("send-account-locked")).hasSize(1);
    assertThat(s.world.mailer.sent()).hasSize(1);
    // No first name on file: the greeting still reads naturally.
    assertThat(s.world.mailer.sent().get(0).text()).startsWith("Hi there,");
  }

  @Test
  void accountLockedByAnotherRuleIsLeftAloneAndNotMailed() {
    Instant adminLock = DETECTED.plus(Duration.ofDays(7));
    s.world.users.save(TestUsers.customer("a").locked(adminLock, "locked by an admin").build());

    s.driver.send(request("a"));

    assertThat(s.world.users.find("a").orElseThrow().lockedUntil()).isEqualTo(adminLock);
    assertThat(
            AccountScenario.output(
                    s.driver.lastRun("lock-suspicious-account"), LockSuspiciousAccount.Result.class)
                .skipped())
        .isEqualTo("already locked");
    assertThat(s.driver.runs("send-account-locked")).isEmpty();
  }

  @Test
  void unknownUserFailsWithoutRetries() {
    s.driver.send(request("ghost"));
    s.driver.advance(Duration.ofHours(1));

    RunRecord run = s.driver.lastRun("lock-suspicious-account");
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().message()).contains("user 'ghost' does not exist");
    assertThat(run.step("lock-account").orElseThrow().attempts()).isEqualTo(1);
  }

  @Test
  void deletedAccountIsNeitherLockedNorMailed() {
    s.world.users.save(TestUsers.customer("a").deletedAt(DETECTED).build());

    s.driver.send(request("a"));

    assertThat(s.world.users.find("a").orElseThrow().lockedUntil()).isNull();
    assertThat(s.driver.runs("send-account-locked")).isEmpty();
  }
}
