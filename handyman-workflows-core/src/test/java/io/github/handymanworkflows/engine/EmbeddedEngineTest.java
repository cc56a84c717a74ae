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

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.workflow.CancelOn;
import io.github.handymanworkflows.workflow.Match;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EmbeddedEngineTest {

  static final EventType<JsonNode> ORDER = EventType.of("shop/order.created", JsonNode.class);
  static final EventType<JsonNode> PAYMENT = EventType.of("shop/payment.received", JsonNode.class);
  static final EventType<JsonNode> CANCELLED = EventType.of("shop/order.cancelled", JsonNode.class);

  final ManualClock clock = new ManualClock(Instant.parse("2026-01-05T10:00:00Z"));

  EmbeddedEngine engine(WorkflowFunction... functions) {
    return EmbeddedEngine.builder()
        .clock(clock)
        .random(new Random(42))
        .functions(List.of(functions))
        .build();
  }

  static JsonNode json(String text) throws Exception {
    return Json.mapper().readTree(text);
  }

  static Event<JsonNode> order(String orderId) {
    return Event.of(ORDER, Json.mapper().valueToTree(Map.of("orderId", orderId)));
  }

  static Event<JsonNode> payment(String orderId, int amount) {
    return Event.of(
        PAYMENT, Json.mapper().valueToTree(Map.of("orderId", orderId, "amount", amount)));
  }

  @Test
  void completedStepIsNeverRunAgainAcrossReplays() {
    AtomicInteger first = new AtomicInteger();
    AtomicInteger second = new AtomicInteger();
    EmbeddedEngine engine =
        engine(
            Workflow.function("two-steps", "Two steps")
                .trigger(ORDER)
                .handler(
                    (ctx, step) -> {
                      step.run("first", Integer.class, first::incrementAndGet);
                      step.sleep("pause", Duration.ofHours(1));
                      return step.run("second", Integer.class, second::incrementAndGet);
                    }));
    engine.publish(order("o_1"));
    engine.advance(Duration.ofHours(2));
    RunRecord run = engine.runs("two-steps").get(0);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().asInt()).isEqualTo(1);
    assertThat(first).hasValue(1);
    assertThat(second).hasValue(1);
    assertThat(run.steps())
        .extracting(StepRecord::name)
        .containsExactly("first", "pause", "second");
  }

  @Test
  void sleepEndsExactlyAtItsDuration() {
    EmbeddedEngine engine =
        engine(
            Workflow.function("sleeper", "Sleeper")
                .trigger(ORDER)
                .handler(
                    (ctx, step) -> {
                      step.sleep("nap", Duration.ofHours(24));
                      return "awake";
                    }));
    engine.publish(order("o_1"));
    engine.runDue();
    engine.advance(Duration.ofHours(24).minusSeconds(1));
    assertThat(engine.runs("sleeper").get(0).status()).isEqualTo(RunStatus.RUNNING);
    engine.advance(Duration.ofSeconds(1));
    assertThat(engine.runs("sleeper").get(0).status()).isEqualTo(RunStatus.COMPLETED);
  }

  @Test
  void flakyStepRetriesWithGrowingDelaysThenSucceedsOnce() {
    List<Instant> attempts = new ArrayList<>();
    AtomicInteger successes = new AtomicInteger();
    EmbeddedEngine engine =
        engine(
            Workflow.function("flaky", "Flaky")
                .trigger(ORDER)
                .retries(4)
                .handler(
                    (ctx, step) ->
                        step.run(
                            "call",
                            String.class,
                            () -> {
                              attempts.add(clock.instant());
                              if (attempts.size() < 4) {
                                throw new IOException("connection reset");
                              }
                              successes.incrementAndGet();
                              return "ok";
                            })));
    engine.publish(order("o_1"));
    engine.advance(Duration.ofHours(1));
    assertThat(attempts).hasSize(4);
    assertThat(successes).hasValue(1);
    Duration d1 = Duration.between(attempts.get(0), attempts.get(1));
    Duration d2 = Duration.between(attempts.get(1), attempts.get(2));
    Duration d3 = Duration.between(attempts.get(2), attempts.get(3));
    assertThat(d1).isPositive();
    assertThat(d2).isGreaterThan(d1);
    assertThat(d3).isGreaterThan(d2);
    RunRecord run = engine.runs("flaky").get(0);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.step("call").orElseThrow().attempts()).isEqualTo(4);
  }

  @Test
  void exhaustedRetriesFailTheRunAndCallTheFailureHandlerOnce() {
    AtomicInteger calls = new AtomicInteger();
    List<JsonNode> failures = new ArrayList<>();
    EmbeddedEngine engine =
        engine(
            Workflow.function("doomed", "Doomed")
                .trigger(ORDER)
                .retries(2)
                .onFailure(
                    (ctx, step) -> {
                      step.run("record-failure", () -> failures.add((JsonNode) ctx.event().data()));
                      return null;
                    })
                .handler(
                    (ctx, step) ->
                        step.run(
                            "call",
                            String.class,
                            () -> {
                              calls.incrementAndGet();
                              throw new IOException("down");
                            })));
    engine.publish(order("o_1"));
    engine.advance(Duration.ofHours(1));
    assertThat(calls).hasValue(3);
    RunRecord run = engine.runs("doomed").get(0);
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().name()).isEqualTo("IOException");
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).path("function_id").asText()).isEqualTo("handyman-app-doomed");
    assertThat(failures.get(0).path("run_id").asText()).isEqualTo(run.runId());
    assertThat(failures.get(0).path("error").path("message").asText()).isEqualTo("down");
    assertThat(engine.runs("doomed-failure", RunStatus.COMPLETED)).hasSize(1);
  }

  @Test
  void waitResumesOnMatchingEventAndIgnoresOthers() throws Exception {
    EmbeddedEngine engine = engine(awaitPayment());
    engine.publish(order("o_1"));
    engine.runDue();
    engine.advance(Duration.ofMinutes(10));
    engine.publish(payment("o_other", 7));
    engine.runDue();
    assertThat(engine.runs("await-payment").get(0).status()).isEqualTo(RunStatus.RUNNING);
    engine.publish(payment("o_1", 42));
    engine.runDue();
    RunRecord run = engine.runs("await-payment").get(0);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output()).isEqualTo(json("{\"paid\":true,\"amount\":42}"));
  }

  @Test
  void waitTimesOutToEmpty() {
    EmbeddedEngine engine = engine(awaitPayment());
    engine.publish(order("o_1"));
    engine.advance(Duration.ofHours(1));
    RunRecord run = engine.runs("await-payment").get(0);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().toString()).isEqualTo("{\"paid\":false}");
    engine.publish(payment("o_1", 42));
    engine.runDue();
    assertThat(engine.runs("await-payment").get(0).output().toString())
        .isEqualTo("{\"paid\":false}");
  }

  @Test
  void eventSentBeforeTheWaitDoesNotResumeIt() {
    EmbeddedEngine engine = engine(awaitPayment());
    engine.publish(payment("o_1", 42));
    engine.publish(order("o_1"));
    engine.advance(Duration.ofHours(1));
    assertThat(engine.runs("await-payment").get(0).output().toString())
        .isEqualTo("{\"paid\":false}");
  }

  private static WorkflowFunction awaitPayment() {
    return Workflow.function("await-payment", "Await payment")
        .trigger(ORDER)
        .handler(
            (ctx, step) -> {
              Optional<Event<JsonNode>> paid =
                  step.waitForEvent(
                      "wait-for-payment",
                      PAYMENT,
                      Match.field("data.orderId"),
                      Duration.ofHours(1));
              return paid.isPresent()
                  ? Map.of("paid", true, "amount", paid.get().data().get("amount").asInt())
                  : Map.of("paid", false);
            });
  }

  @Test
  void duplicateEventIdStartsNoSecondRun() {
    AtomicInteger runs = new AtomicInteger();
    EmbeddedEngine engine =
        engine(
            Workflow.function("once", "Once")
                .trigger(ORDER)
                .handler((ctx, step) -> step.run("count", Integer.class, runs::incrementAndGet)));
    engine.publish(order("o_1").withId("order-o_1"));
    engine.publish(order("o_1").withId("order-o_1"));
    engine.runDue();
    assertThat(engine.runs("once")).hasSize(1);
    assertThat(runs).hasValue(1);
    engine.advance(Duration.ofHours(25));
    engine.publish(order("o_1").withId("order-o_1"));
    engine.runDue();
    assertThat(engine.runs("once")).hasSize(2);
  }

  @Test
  void repeatedStepIdsRunEachOccurrenceOnce() {
    AtomicInteger bodies = new AtomicInteger();
    EmbeddedEngine engine =
        engine(
            Workflow.function("loop", "Loop")
                .trigger(ORDER)
                .handler(
                    (ctx, step) -> {
                      int sum = 0;
                      for (int i = 0; i < 3; i++) {
                        int value = i;
                        sum +=
                            step.run(
                                "loop-item",
                                Integer.class,
                                () -> {
                                  bodies.incrementAndGet();
                                  return value;
                                });
                      }
                      return sum;
                    }));
    engine.publish(order("o_1"));
    engine.runDue();
    RunRecord run = engine.runs("loop").get(0);
    assertThat(run.output().asInt()).isEqualTo(3);
    assertThat(bodies).hasValue(3);
    assertThat(run.steps())
        .extracting(StepRecord::hashedId)
        .containsExactly(
            "1d4a2609bcbf2f2177828694ee618bda8de9cc68",
            "07ef9e910ff5ed6d7785d0339018dc6993b0795b",
            "8f7ad52910a080d68d8a7c5c51f51200c1ac2585");
  }

  @Test
  void nondeterministicStepIdsAreReportedWithAClearMessage() {
    AtomicInteger calls = new AtomicInteger();
    EmbeddedEngine engine =
        engine(
            Workflow.function("nondeterministic", "Nondeterministic")
                .trigger(ORDER)
                .handler(
                    (ctx, step) -> {
                      // A different step id on every replay, as code reading the clock would make.
                      String id = calls.incrementAndGet() < 2 ? "step-a" : "step-b";
                      step.run(id, Integer.class, () -> 1);
                      step.sleep("pause", Duration.ofMinutes(1));
                      return "done";
                    }));
    engine.publish(order("o_1"));
    engine.advance(Duration.ofMinutes(5));
    RunRecord run = engine.runs("nondeterministic").get(0);
    assertThat(run.warnings()).isNotEmpty();
    assertThat(run.warnings().get(0))
        .contains("was not reached while replaying")
        .contains("nondeterministic");
  }

  @Test
  void parallelBranchesRunOnceEachAndTheGroupJoins() {
    AtomicInteger a = new AtomicInteger();
    AtomicInteger b = new AtomicInteger();
    EmbeddedEngine engine =
        engine(
            Workflow.function("fan", "Fan")
                .trigger(ORDER)
                .handler(
                    (ctx, step) -> {
                      List<String> both =
                          step.parallel(
                              List.of(
                                  () ->
                                      step.run("a", String.class, () -> "A" + a.incrementAndGet()),
                                  () ->
                                      step.run(
                                          "b", String.class, () -> "B" + b.incrementAndGet())));
                      return step.run("join", String.class, () -> String.join("", both));
                    }));
    engine.publish(order("o_1"));
    engine.runDue();
    RunRecord run = engine.runs("fan").get(0);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().asText()).isEqualTo("A1B1");
    assertThat(a).hasValue(1);
    assertThat(b).hasValue(1);
  }

  @Test
  void sendEventFansOutWithDeterministicIdsAndInvokeReturnsTheChildResult() {
    AtomicInteger children = new AtomicInteger();
    WorkflowFunction child =
        Workflow.function("child", "Child")
            .handler(
                (ctx, step) -> {
                  children.incrementAndGet();
                  return Map.of("doubled", ctx.dataAs(JsonNode.class).path("x").asInt() * 2);
                });
    WorkflowFunction receiver =
        Workflow.function("receiver", "Receiver")
            .trigger("shop/order.followed", null)
            .handler((ctx, step) -> ctx.event().id());
    WorkflowFunction parent =
        Workflow.function("parent", "Parent")
            .trigger(ORDER)
            .handler(
                (ctx, step) -> {
                  step.sendEvent(
                      "follow-up",
                      Event.of(
                          EventType.of("shop/order.followed", JsonNode.class),
                          Json.mapper().valueToTree(Map.of("orderId", "o_1"))));
                  JsonNode result =
                      step.invoke(
                          "call-child",
                          "child",
                          Map.of("x", 21),
                          JsonNode.class,
                          Duration.ofHours(1));
                  return result.path("doubled").asInt();
                });
    EmbeddedEngine engine = engine(parent, child, receiver);
    engine.publish(order("o_1"));
    engine.runDue();
    assertThat(engine.runs("parent").get(0).output().asInt()).isEqualTo(42);
    assertThat(children).hasValue(1);
    List<RunRecord> received = engine.runs("receiver");
    assertThat(received).hasSize(1);
    assertThat(received.get(0).triggerEventId()).hasSize(40);
  }

  @Test
  void cancelOnStopsAMatchingRunOnly() {
    EmbeddedEngine engine =
        engine(
            Workflow.function("cancellable", "Cancellable")
                .trigger(ORDER)
                .cancelOn(CancelOn.matching(CANCELLED.name(), "data.orderId"))
                .handler(
                    (ctx, step) -> {
                      step.sleep("wait", Duration.ofDays(1));
                      step.run("after", String.class, () -> "ran");
                      return "done";
                    }));
    engine.publish(order("o_1"));
    engine.publish(order("o_2"));
    engine.runDue();
    engine.publish(Event.of(CANCELLED, Json.mapper().valueToTree(Map.of("orderId", "o_1"))));
    engine.advance(Duration.ofDays(2));
    List<RunRecord> runs = engine.runs("cancellable");
    assertThat(runs)
        .extracting(RunRecord::status)
        .containsExactly(RunStatus.CANCELLED, RunStatus.COMPLETED);
    assertThat(runs.get(0).step("after")).isEmpty();
  }

  @Test
  void reservedEventNamesAreRejectedFromHosts() {
    EmbeddedEngine engine = engine();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                engine.publish(
                    Event.of(
                        EventType.of("inngest/function.failed", JsonNode.class),
                        Json.mapper().createObjectNode())))
        .hasMessageContaining("reserved prefix");
  }

  @Test
  void startedEngineRunsWorkOnTheSystemClockAndShutsDownGracefully() throws Exception {
    AtomicInteger done = new AtomicInteger();
    try (EmbeddedEngine engine =
        EmbeddedEngine.builder()
            .function(
                Workflow.function("quick", "Quick")
                    .trigger(ORDER)
                    .handler(
                        (ctx, step) -> {
                          step.run("work", Integer.class, done::incrementAndGet);
                          step.sleep("tiny", Duration.ofMillis(200));
                          return "ok";
                        }))
            .build()) {
      engine.start(2);
      for (int i = 0; i < 20; i++) {
        engine.publish(order("o_" + i));
      }
      Instant deadline = Instant.now().plusSeconds(10);
      while (engine.runs("quick", RunStatus.COMPLETED).size() < 20
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(20);
      }
      assertThat(engine.runs("quick", RunStatus.COMPLETED)).hasSize(20);
      assertThat(done).hasValue(20);
    }
  }
}
