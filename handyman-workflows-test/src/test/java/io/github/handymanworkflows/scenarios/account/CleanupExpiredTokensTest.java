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
import io.github.handymanworkflows.session.SessionRecord;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.token.TokenRecord;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.account.CleanupExpiredTokens;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CleanupExpiredTokensTest {

  static final Instant NIGHT = Instant.parse("2026-01-06T02:00:00Z");

  final AccountScenario s =
      new AccountScenario(AccountScenario.START, WorkflowSettings.defaults().withPageSize(2));

  void token(String id, TokenKind kind, Instant expiresAt) {
    s.world.tokens.save(
        TokenRecord.issue(
            id,
            "u-" + id,
            kind,
            "raw-" + id,
            expiresAt.minus(Duration.ofHours(1)),
            Duration.ofHours(1)));
  }

  void session(String id, Instant expiresAt) {
    Instant created = expiresAt.minus(Duration.ofDays(7));
    s.world.sessions.save(new SessionRecord(id, "u-" + id, created, expiresAt, created));
  }

  void seed() {
    for (int i = 1; i <= 5; i++) {
      token("v" + i, TokenKind.VERIFICATION, NIGHT.minus(Duration.ofHours(i)));
    }
    token("r1", TokenKind.PASSWORD_RESET, NIGHT.minusSeconds(1));
    token("f1", TokenKind.REFRESH, NIGHT.minus(Duration.ofDays(1)));
    token("v-live", TokenKind.VERIFICATION, NIGHT.plusSeconds(1));
    token("r-at-cutoff", TokenKind.PASSWORD_RESET, NIGHT);
    session("s1", NIGHT.minus(Duration.ofDays(1)));
    session("s2", NIGHT.minus(Duration.ofDays(2)));
    session("s3", NIGHT.minus(Duration.ofDays(3)));
    session("s-live", NIGHT.plus(Duration.ofDays(1)));
  }

  @Test
  void keepsTheOriginalIdNameCronAndRetriesAndRunsOnDemand() {
    WorkflowFunction fn = CleanupExpiredTokens.function(s.deps);
    assertThat(fn.id()).isEqualTo("cleanup-expired-tokens");
    assertThat(fn.name()).isEqualTo("Cleanup Expired Tokens");
    assertThat(fn.triggers())
        .containsExactly(
            new Trigger.OnCron("TZ=UTC 0 2 * * *"),
            new Trigger.OnEvent("system/cleanup.expired.tokens", null));
    assertThat(fn.retries()).isEqualTo(1);
  }

  @Test
  void nightlyRunDeletesWhatExpiredBeforeItsScheduledTimeInBoundedBatches() {
    seed();

    s.driver.advanceTo(NIGHT);

    RunRecord run = s.driver.lastRun("cleanup-expired-tokens");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    CleanupExpiredTokens.Result result =
        AccountScenario.output(run, CleanupExpiredTokens.Result.class);
    assertThat(result.tokenKind()).isNull();
    assertThat(result.expiredBefore()).isEqualTo(NIGHT);
    assertThat(result.tokensDeleted()).isEqualTo(7);
    assertThat(result.sessionsDeleted()).isEqualTo(3);
    assertThat(result.continued()).isFalse();
    // 7 tokens in batches of 2 (2, 2, 2, 1) and 3 sessions (2, 1): one step per batch.
    assertThat(run.steps())
        .extracting(StepRecord::name)
        .containsExactly(
            "delete-expired-tokens",
            "delete-expired-tokens",
            "delete-expired-tokens",
            "delete-expired-tokens",
            "delete-expired-sessions",
            "delete-expired-sessions");
    assertThat(result.batches()).isEqualTo(6);
    assertThat(s.world.tokens.find("v-live")).isPresent();
    assertThat(s.world.tokens.find("r-at-cutoff")).isPresent();
    assertThat(s.world.tokens.find("v1")).isEmpty();
    assertThat(s.world.sessions.find("s-live")).isPresent();
    assertThat(s.world.sessions.find("s1")).isEmpty();
  }

  @Test
  void onDemandRequestInTheOriginalsShapeCleansOnlyThatKind() {
    seed();
    s.clock.set(NIGHT.minus(Duration.ofHours(3)));

    s.driver.sendJson(
        """
        {"name": "system/cleanup.expired.tokens", "data": {"tokenType": "verification"},
         "ts": %d}
        """
            .formatted(NIGHT.toEpochMilli()));

    RunRecord run = s.driver.lastRun("cleanup-expired-tokens");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    CleanupExpiredTokens.Result result =
        AccountScenario.output(run, CleanupExpiredTokens.Result.class);
    assertThat(result.tokenKind())
        .isEqualTo(io.github.handymanworkflows.domain.TokenKind.VERIFICATION);
    assertThat(result.tokensDeleted()).isEqualTo(5);
    assertThat(result.sessionsDeleted()).isZero();
    assertThat(s.world.tokens.find("r1")).isPresent();
    assertThat(s.world.tokens.find("f1")).isPresent();
    assertThat(s.world.sessions.find("s1")).isPresent();
  }

  @Test
  void nothingToDeleteTakesOneStepPerStore() {
    s.driver.advanceTo(NIGHT);

    RunRecord run = s.driver.lastRun("cleanup-expired-tokens");
    assertThat(run.steps()).hasSize(2);
    CleanupExpiredTokens.Result result =
        AccountScenario.output(run, CleanupExpiredTokens.Result.class);
    assertThat(result.tokensDeleted()).isZero();
    assertThat(result.sessionsDeleted()).isZero();
  }

  @Test
  void backlogBeyondTheCapIsFinishedByAFollowUpRun() {
    AccountScenario big =
        new AccountScenario(AccountScenario.START, WorkflowSettings.defaults().withPageSize(1));
    int backlog = CleanupExpiredTokens.MAX_BATCHES + 2;
    for (int i = 0; i < backlog; i++) {
      big.world.tokens.save(
          TokenRecord.issue(
              "t" + i,
              "u" + i,
              TokenKind.REFRESH,
              "raw" + i,
              NIGHT.minus(Duration.ofDays(8)),
              Duration.ofDays(7)));
    }

    big.driver.advanceTo(NIGHT);

    var runs = big.driver.runs("cleanup-expired-tokens", RunStatus.COMPLETED);
    assertThat(runs).hasSize(2);
    CleanupExpiredTokens.Result first =
        AccountScenario.output(runs.get(0), CleanupExpiredTokens.Result.class);
    assertThat(first.batches()).isEqualTo(CleanupExpiredTokens.MAX_BATCHES);
    assertThat(first.continued()).isTrue();
    assertThat(runs.get(0).steps()).hasSize(CleanupExpiredTokens.MAX_BATCHES + 1);
    assertThat(runs.get(1).triggerEventId())
        .isEqualTo("cleanup-expired-tokens:continue:" + runs.get(0).runId());
    CleanupExpiredTokens.Result second =
        AccountScenario.output(runs.get(1), CleanupExpiredTokens.Result.class);
    assertThat(first.tokensDeleted() + second.tokensDeleted()).isEqualTo(backlog);
    assertThat(second.continued()).isFalse();
  }
}
