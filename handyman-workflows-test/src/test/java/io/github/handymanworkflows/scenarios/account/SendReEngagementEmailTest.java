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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventValidationException;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.account.ReengagementDue;
import io.github.handymanworkflows.workflows.account.SendReEngagementEmail;
import io.github.handymanworkflows.workflows.email.EmailOutcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendReEngagementEmailTest {

  static final Instant LAST_LOGIN = Instant.parse("2025-11-20T10:00:00Z");

  final AccountScenario s = new AccountScenario();

  static Event<ReengagementDue> due(String userId) {
    return ReengagementDue.TYPE.event(new ReengagementDue(userId, LAST_LOGIN));
  }

  @Test
  void consumesReengagementDue() {
    WorkflowFunction fn = SendReEngagementEmail.function(s.deps);
    assertThat(fn.id()).isEqualTo("send-re-engagement-email");
    assertThat(fn.triggers()).containsExactly(new Trigger.OnEvent("user/reengagement.due", null));
    assertThat(fn.retries()).isEqualTo(2);
  }

  @Test
  void sameUserAndPeriodUnderTwoIdsIsMailedAndMarkedOnce() {
    s.world.users.save(TestUsers.customer("c1").lastLoginAt(LAST_LOGIN).build());

    s.driver.send(due("c1").withId("a"));
    s.driver.send(due("c1").withId("b"));

    assertThat(s.world.mailer.sent()).hasSize(1);
    assertThat(s.world.users.find("c1").orElseThrow().reengagedAt())
        .isEqualTo(AccountScenario.START);
    RunRecord second = s.driver.lastRun("send-re-engagement-email");
    assertThat(AccountScenario.output(second, EmailOutcome.class).skipped())
        .isEqualTo("already re-engaged in this period");
    assertThat(second.step("mark-reengaged")).isEmpty();
  }

  @Test
  void userWhoLoggedInSinceIsNotMailed() {
    s.world.users.save(
        TestUsers.customer("c1").lastLoginAt(LAST_LOGIN.plus(Duration.ofDays(2))).build());

    s.driver.send(due("c1"));

    assertThat(
            AccountScenario.output(s.driver.lastRun("send-re-engagement-email"), EmailOutcome.class)
                .skipped())
        .isEqualTo("active again since");
    assertThat(s.world.mailer.attempts()).isZero();
  }

  @Test
  void malformedPayloadIsRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                s.driver.sendJson(
                    "{\"name\": \"user/reengagement.due\", \"data\": {\"userId\": \"c1\"}}"))
        .isInstanceOf(EventValidationException.class)
        .hasMessageContaining("user/reengagement.due")
        .hasMessageContaining("data.lastActiveAt");
    assertThat(s.driver.runs("send-re-engagement-email")).isEmpty();
  }

  @Test
  void unknownUserFailsWithoutRetries() {
    s.driver.send(due("ghost"));
    s.driver.advance(Duration.ofHours(1));

    RunRecord run = s.driver.lastRun("send-re-engagement-email");
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().message()).contains("user 'ghost' does not exist");
  }

  @Test
  void permanentRejectionFailsTheRunAndLeavesTheUserUnmarked() {
    s.world.users.save(TestUsers.customer("c1").lastLoginAt(LAST_LOGIN).build());
    s.world.mailer.failNextPermanently(1);

    s.driver.send(due("c1"));
    s.driver.advance(Duration.ofHours(1));

    assertThat(s.driver.lastRun("send-re-engagement-email").status()).isEqualTo(RunStatus.FAILED);
    assertThat(s.world.mailer.attempts()).isEqualTo(1);
    assertThat(s.world.users.find("c1").orElseThrow().reengagedAt()).isNull();
  }
}
