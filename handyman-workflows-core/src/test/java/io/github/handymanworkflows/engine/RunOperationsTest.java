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
package io.github.handymanworkflows.engine;

import static io.github.handymanworkflows.engine.EmbeddedEngineTest.ORDER;
import static io.github.handymanworkflows.engine.EmbeddedEngineTest.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.handymanworkflows.engine.OperationResult.Outcome;
import io.github.handymanworkflows.engine.store.RunQuery;
import io.github.handymanworkflows.workflow.InngestEvents;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RunOperationsTest {

  final ManualClock clock = new ManualClock(Instant.parse("2026-01-05T10:00:00Z"));
  final AtomicInteger charges = new AtomicInteger();
  final AtomicInteger shipAttempts = new AtomicInteger();
  final AtomicBoolean warehouseUp = new AtomicBoolean(false);

  final WorkflowFunction fulfil =
      Workflow.function("fulfil", "Fulfil")
          .trigger(ORDER)
          .retries(1)
          .handler(
              (ctx, step) -> {
                step.run("charge", Integer.class, charges::incrementAndGet);
                return step.run(
                    "ship",
                    String.class,
                    () -> {
                      shipAttempts.incrementAndGet();
                      if (!warehouseUp.get()) {
                        throw new IOException("warehouse down");
                      }
                      return "shipped";
                    });
              });

  final WorkflowFunction sleeper =
      Workflow.function("sleeper", "Sleeper")
          .trigger(ORDER)
          .handler(
              (ctx, step) -> {
                step.sleep("nap", Duration.ofDays(1));
                return "awake";
              });

  EmbeddedEngine engine(WorkflowFunction... functions) {
    return EmbeddedEngine.builder()
        .clock(clock)
        .random(new Random(7))
        .functions(List.of(functions))
        .build();
  }

  static OperationRequest request(String runId, String requestId) {
    return new OperationRequest(runId, requestId, "ops@example.com");
  }

  @Test
  void retryRunsOnlyTheFailedStepAgainAndTheRunCompletes() {
    EmbeddedEngine engine = engine(fulfil);
    engine.publish(order("o_1"));
    engine.advance(Duration.ofHours(1));
    RunRecord failed = engine.runs("fulfil").get(0);
    assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
    int attemptsBefore = shipAttempts.get();

    warehouseUp.set(true);
    OperationResult result = engine.retry(request(failed.runId(), "req-1"));
    engine.runDue();

    assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
    RunRecord done = engine.run(failed.runId()).orElseThrow();
    assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(done.output().asText()).isEqualTo("shipped");
    assertThat(done.error()).isNull();
    assertThat(done.endedAt()).isNotNull();
    assertThat(charges).hasValue(1);
    assertThat(shipAttempts).hasValue(attemptsBefore + 1);
    assertThat(done.step("ship").orElseThrow().status()).isEqualTo("completed");
    assertThat(done.step("charge").orElseThrow().duration()).isPresent();
  }

  @Test
  void aRepeatedRetryRequestActsOnce() {
    EmbeddedEngine engine = engine(fulfil);
    engine.publish(order("o_1"));
    engine.advance(Duration.ofHours(1));
    String runId = engine.runs("fulfil").get(0).runId();

    assertThat(engine.retry(request(runId, "req-1")).outcome()).isEqualTo(Outcome.APPLIED);
    engine.advance(Duration.ofHours(1));
    assertThat(engine.run(runId).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
    int attempts = shipAttempts.get();

    assertThat(engine.retry(request(runId, "req-1")).outcome()).isEqualTo(Outcome.REPEATED);
    engine.advance(Duration.ofHours(1));
    assertThat(shipAttempts).hasValue(attempts);
    assertThat(engine.retry(request(runId, "req-2")).outcome()).isEqualTo(Outcome.APPLIED);
  }

  @Test
  void onlyFailedRunsCanBeRetriedAndOnlyRunningRunsCancelled() {
    EmbeddedEngine engine = engine(sleeper);
    engine.publish(order("o_1"));
    engine.runDue();
    String runId = engine.runs("sleeper").get(0).runId();

    OperationResult retry = engine.retry(request(runId, "req-1"));
    assertThat(retry.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(retry.message()).endsWith("running");
    assertThat(engine.cancel(request("missing", "req-2")).outcome()).isEqualTo(Outcome.NOT_FOUND);
  }

  @Test
  void cancellingASleepingRunEndsItAndEmitsTheCancellation() {
    AtomicInteger cancelledEvents = new AtomicInteger();
    EmbeddedEngine engine =
        engine(
            sleeper,
            Workflow.function("on-cancel", "On cancel")
                .trigger(InngestEvents.FUNCTION_CANCELLED, null)
                .handler((ctx, step) -> cancelledEvents.incrementAndGet()));
    engine.publish(order("o_1"));
    engine.runDue();
    String runId = engine.runs("sleeper").get(0).runId();

    OperationResult result = engine.cancel(request(runId, "req-1"));
    OperationResult repeated = engine.cancel(request(runId, "req-1"));
    engine.advance(Duration.ofDays(2));

    assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
    assertThat(repeated.outcome()).isEqualTo(Outcome.REPEATED);
    RunRecord run = engine.run(runId).orElseThrow();
    assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(run.output()).isNull();
    assertThat(engine.storedRun(runId).orElseThrow().work()).isEmpty();
    assertThat(cancelledEvents).hasValue(1);
    assertThat(engine.cancel(request(runId, "req-2")).outcome()).isEqualTo(Outcome.REFUSED);
  }

  @Test
  void replayPublishesTheTriggerAgainUnderANewIdOnce() {
    EmbeddedEngine engine = engine(sleeper);
    engine.publish(order("o_1"));
    engine.runDue();
    String runId = engine.runs("sleeper").get(0).runId();

    OperationResult first = engine.replay(request(runId, "req-1"));
    OperationResult again = engine.replay(request(runId, "req-1"));
    engine.runDue();

    assertThat(first.outcome()).isEqualTo(Outcome.APPLIED);
    assertThat(first.eventId()).isEqualTo("replay:req-1");
    assertThat(again.outcome()).isEqualTo(Outcome.REPEATED);
    List<RunRecord> runs = engine.runs("sleeper");
    assertThat(runs).hasSize(2);
    assertThat(runs.get(1).triggerEventId()).isEqualTo("replay:req-1");
    assertThat(runs.get(1).triggerName()).isEqualTo(ORDER.name());
  }

  @Test
  void requestAndRunIdsMustBePlainBecauseTheyAreLogged() {
    assertThatThrownBy(() -> request("r", "has space"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestId");
    assertThatThrownBy(() -> request("r\nforged audit line", "req-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("runId");
  }

  @Test
  void runsArePagedNewestFirstAndCountedThroughTheEngine() {
    EmbeddedEngine engine = engine(sleeper);
    for (int i = 0; i < 5; i++) {
      engine.publish(order("o_" + i));
    }
    engine.runDue();

    var page = engine.queryRuns(RunQuery.newest(3));
    var next = engine.queryRuns(RunQuery.newest(3).after(page.next()));

    List<String> oldestFirst = engine.runs("sleeper").stream().map(RunRecord::runId).toList();
    assertThat(page.runs())
        .extracting(r -> r.runId())
        .containsExactly(oldestFirst.get(4), oldestFirst.get(3), oldestFirst.get(2));
    assertThat(next.runs()).hasSize(2);
    assertThat(engine.countRuns(null, null))
        .singleElement()
        .satisfies(c -> assertThat(c.count()).isEqualTo(5));
  }
}
