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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.InMemoryEngineStore;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.workflow.CancelOn;
import io.github.handymanworkflows.workflow.Concurrency;
import io.github.handymanworkflows.workflow.Match;
import io.github.handymanworkflows.workflow.StepFailedException;
import io.github.handymanworkflows.workflow.Timeouts;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One test per defect the review of the embedded engine found. */
class EngineReviewDefectsTest {

  static final EventType<JsonNode> ORDER = EventType.of("shop/order.created", JsonNode.class);
  static final EventType<JsonNode> PAID = EventType.of("shop/order.paid", JsonNode.class);
  static final EventType<JsonNode> STOP = EventType.of("shop/order.stopped", JsonNode.class);

  final ManualClock clock = new ManualClock(Instant.parse("2026-01-05T10:00:00Z"));
  EmbeddedEngine started;

  @AfterEach
  void closeStarted() {
    if (started != null) {
      started.close();
    }
  }

  EmbeddedEngine manual(WorkflowFunction... functions) {
    return EmbeddedEngine.builder()
        .clock(clock)
        .random(new Random(42))
        .functions(List.of(functions))
        .build();
  }

  static Event<JsonNode> event(EventType<JsonNode> type, Map<String, ?> data) {
    return Event.of(type, Json.mapper().valueToTree(data));
  }

  /**
   * A store delegating to {@code inner}: {@code before} sees each method name first, {@code after}
   * may replace each result.
   */
  static EngineStore around(
      EngineStore inner,
      ThrowingConsumer<String> before,
      java.util.function.BiFunction<String, Object, Object> after) {
    return (EngineStore)
        Proxy.newProxyInstance(
            EngineStore.class.getClassLoader(),
            new Class<?>[] {EngineStore.class},
            (proxy, method, args) -> {
              before.accept(method.getName());
              try {
                return after.apply(method.getName(), method.invoke(inner, args));
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /** A consumer that may throw (a latch wait). */
  @FunctionalInterface
  interface ThrowingConsumer<T> {
    void accept(T value) throws Exception;
  }

  /** Waits for a condition the engine guarantees to reach; fails after a generous bound. */
  /** A function whose one step signals {@code entered}, then waits for {@code release}. */
  static WorkflowFunction slow(CountDownLatch entered, CountDownLatch release) {
    return Workflow.function("slow", "Slow")
        .trigger(ORDER)
        .handler(
            (ctx, step) ->
                step.run(
                    "work",
                    String.class,
                    () -> {
                      entered.countDown();
                      release.await();
                      return "done";
                    }));
  }

  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("never reached: " + what);
      }
      Thread.sleep(5);
    }
  }

  @Test
  void aConcurrencySlotIsGivenBackWhenTheStoreNoLongerHoldsTheEndedRun() throws Exception {
    InMemoryEngineStore inner = new InMemoryEngineStore();
    // A store that drops ended runs at once (as when a retention limit is reached).
    EngineStore forgetful =
        around(
            inner,
            name -> {},
            (name, result) ->
                name.equals("findRun")
                    ? ((Optional<?>) result).filter(r -> !((StoredRun) r).status().ended())
                    : result);
    WorkflowFunction one =
        Workflow.function("one", "One at a time")
            .trigger(ORDER)
            .concurrency(1)
            .handler((ctx, step) -> step.run("work", String.class, () -> "done"));
    started = EmbeddedEngine.builder().store(forgetful).functions(List.of(one)).build();
    started.start(2);

    started.publish(List.of(event(ORDER, Map.of("orderId", "o_1"))));
    assertThat(started.awaitIdle(Duration.ofSeconds(60))).isTrue();
    started.publish(List.of(event(ORDER, Map.of("orderId", "o_2"))));

    assertThat(started.awaitIdle(Duration.ofSeconds(60))).isTrue();
    assertThat(inner.runs("one", RunStatus.COMPLETED)).hasSize(2);
  }

  @Test
  void anInvalidWaitExpressionFailsTheRunAndCallsTheFailureHandler() {
    AtomicInteger handled = new AtomicInteger();
    EmbeddedEngine engine =
        manual(
            Workflow.function("bad-wait", "Bad wait")
                .trigger(ORDER)
                .retries(0)
                .onFailure((ctx, step) -> handled.incrementAndGet())
                .handler(
                    (ctx, step) ->
                        step.waitForEvent(
                            "paid",
                            PAID,
                            Match.expression("event.data.x == "),
                            Duration.ofDays(1))));

    engine.publish(List.of(event(ORDER, Map.of("orderId", "o_1"))));
    engine.runDue();

    assertThat(engine.runs("bad-wait").get(0).status()).isEqualTo(RunStatus.FAILED);
    assertThat(handled).hasValue(1);
  }

  @Test
  void anInvalidTriggerExpressionFailsWhenTheFunctionIsBuilt() {
    assertThatThrownBy(
            () ->
                Workflow.function("bad-if", "Bad if")
                    .trigger(ORDER, "event.data.total > ")
                    .handler((ctx, step) -> "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad-if")
        .hasMessageContaining("event.data.total > ");
  }

  @Test
  void theSchedulerSleepsWhileAFunctionIsAtItsConcurrencyLimit() throws Exception {
    AtomicLong reads = new AtomicLong();
    Clock counting =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return Clock.systemUTC().getZone();
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            reads.incrementAndGet();
            return Instant.now();
          }
        };
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger entered = new AtomicInteger();
    WorkflowFunction one =
        Workflow.function("one", "One at a time")
            .trigger(ORDER)
            .concurrency(1)
            .handler(
                (ctx, step) ->
                    step.run(
                        "work",
                        String.class,
                        () -> {
                          entered.incrementAndGet();
                          release.await();
                          return "done";
                        }));
    started = EmbeddedEngine.builder().clock(counting).functions(List.of(one)).build();
    started.start(2);
    started.publish(
        List.of(event(ORDER, Map.of("orderId", "o_1")), event(ORDER, Map.of("orderId", "o_2"))));
    await(
        "one call runs and one is parked", () -> entered.get() == 1 && started.parkedCalls() == 1);

    long before = reads.get();
    Thread.sleep(300);
    long during = reads.get() - before;
    release.countDown();

    // A spinning scheduler reads the clock hundreds of thousands of times in 300 ms; a parked one
    // a handful.
    assertThat(during).isLessThan(50);
    assertThat(started.awaitIdle(Duration.ofSeconds(60))).isTrue();
    assertThat(started.runs("one", RunStatus.COMPLETED)).hasSize(2);
  }

  @Test
  void aCancelledChildReleasesItsInvokingParentAndEmitsTheCancelledEvent() {
    AtomicInteger cancelledEvents = new AtomicInteger();
    EmbeddedEngine engine =
        manual(
            Workflow.function("child", "Child")
                .cancelOn(CancelOn.matching(STOP.name(), "data.orderId"))
                .handler(
                    (ctx, step) -> {
                      step.sleep("long", Duration.ofDays(7));
                      return "finished";
                    }),
            Workflow.function("parent", "Parent")
                .trigger(ORDER)
                .handler(
                    (ctx, step) -> {
                      try {
                        return step.invoke(
                            "call-child",
                            "child",
                            Map.of("orderId", "o_1"),
                            String.class,
                            Duration.ofDays(30));
                      } catch (StepFailedException e) {
                        return "child ended: " + e.getMessage();
                      }
                    }),
            Workflow.function("on-cancel", "On cancel")
                .trigger("inngest/function.cancelled", null)
                .handler((ctx, step) -> cancelledEvents.incrementAndGet()));

    engine.publish(List.of(event(ORDER, Map.of("orderId", "o_1"))));
    engine.runDue();
    engine.publish(List.of(event(STOP, Map.of("orderId", "o_1"))));
    engine.runDue();

    assertThat(engine.runs("child").get(0).status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(engine.runs("parent").get(0).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(engine.runs("parent").get(0).output().asText()).startsWith("child ended");
    assertThat(cancelledEvents).hasValue(1);
  }

  @Test
  void anIdempotencyKeyWhoseFieldIsMissingDropsNoEvent() {
    EmbeddedEngine engine =
        manual(
            Workflow.function("once-per-user", "Once per user")
                .trigger(ORDER)
                .idempotency("event.data.userId")
                .handler((ctx, step) -> "ran"));

    engine.publish(List.of(event(ORDER, Map.of("orderId", "o_1"))));
    engine.publish(List.of(event(ORDER, Map.of("orderId", "o_2"))));
    engine.publish(List.of(event(ORDER, Map.of("orderId", "o_3", "userId", "u_1"))));
    engine.publish(List.of(event(ORDER, Map.of("orderId", "o_4", "userId", "u_1"))));
    engine.runDue();

    assertThat(engine.runs("once-per-user")).hasSize(3);
  }

  @Test
  void aMatchFieldMissingOnBothSidesNeitherResumesNorCancels() {
    EmbeddedEngine engine =
        manual(
            Workflow.function("waits", "Waits")
                .trigger(ORDER)
                .cancelOn(CancelOn.matching(STOP.name(), "data.jobId"))
                .handler(
                    (ctx, step) ->
                        step.waitForEvent(
                                "paid", PAID, Match.field("data.jobId"), Duration.ofHours(1))
                            .isPresent()));

    engine.publish(List.of(event(ORDER, Map.of("orderId", "o_1"))));
    engine.runDue();
    engine.publish(List.of(event(STOP, Map.of("orderId", "other"))));
    engine.publish(List.of(event(PAID, Map.of("orderId", "other"))));
    engine.runDue();
    assertThat(engine.runs("waits").get(0).status()).isEqualTo(RunStatus.RUNNING);
    engine.advance(Duration.ofHours(2));

    RunRecord run = engine.runs("waits").get(0);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().asBoolean()).isFalse();
  }

  @Test
  void noStepBodyPastTheStepLimitExecutes() {
    AtomicInteger bodies = new AtomicInteger();
    EmbeddedEngine engine =
        manual(
            Workflow.function("too-many", "Too many")
                .trigger(ORDER)
                .handler(
                    (ctx, step) -> {
                      for (int i = 0; i < 1_001; i++) {
                        step.run("s" + i, Integer.class, bodies::incrementAndGet);
                      }
                      return "done";
                    }));

    engine.publish(List.of(event(ORDER, Map.of("orderId", "o_1"))));
    engine.runDue();

    assertThat(engine.runs("too-many").get(0).status()).isEqualTo(RunStatus.FAILED);
    assertThat(bodies).hasValue(1_000);
  }

  @Test
  void finishedTimeoutsLeaveTheQueue() {
    EmbeddedEngine engine =
        manual(
            Workflow.function("waits", "Waits")
                .trigger(ORDER)
                .timeouts(new Timeouts(null, Duration.ofDays(300)))
                .handler(
                    (ctx, step) ->
                        step.waitForEvent(
                                "paid", PAID, Match.field("data.orderId"), Duration.ofDays(365))
                            .isPresent()));

    engine.publish(List.of(event(ORDER, Map.of("orderId", "o_1"))));
    engine.runDue();
    engine.publish(List.of(event(PAID, Map.of("orderId", "o_1"))));
    engine.runDue();

    assertThat(engine.runs("waits").get(0).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(engine.nextDue()).isEmpty();
  }

  @Test
  void everyConcurrencyLimitIsEnforcedInItsScope() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger active = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    java.util.function.Function<String, WorkflowFunction> perUser =
        id ->
            Workflow.function(id, id)
                .trigger(ORDER)
                .concurrency(10)
                .concurrency(new Concurrency(1, "event.data.userId", Concurrency.Scope.ENV))
                .handler(
                    (ctx, step) ->
                        step.run(
                            "work",
                            String.class,
                            () -> {
                              most.accumulateAndGet(active.incrementAndGet(), Math::max);
                              release.await();
                              active.decrementAndGet();
                              return "done";
                            }));
    started =
        EmbeddedEngine.builder().functions(List.of(perUser.apply("a"), perUser.apply("b"))).build();
    started.start(4);

    started.publish(List.of(event(ORDER, Map.of("userId", "u_1"))));
    await(
        "one call runs, the other function's call is parked",
        () -> active.get() == 1 && started.parkedCalls() == 1);
    release.countDown();

    assertThat(started.awaitIdle(Duration.ofSeconds(60))).isTrue();
    assertThat(most).hasValue(1);
    assertThat(started.runs("a", RunStatus.COMPLETED)).hasSize(1);
    assertThat(started.runs("b", RunStatus.COMPLETED)).hasSize(1);
  }

  @Test
  void awaitIdleWaitsForCallsInProgress() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch entered = new CountDownLatch(1);
    WorkflowFunction slow = slow(entered, release);
    started = EmbeddedEngine.builder().functions(List.of(slow)).build();
    started.start(1);
    started.publish(List.of(event(ORDER, Map.of("orderId", "o_1"))));
    entered.await();

    assertThat(started.awaitIdle(Duration.ofMillis(50))).isFalse();
    release.countDown();
    assertThat(started.awaitIdle(Duration.ofSeconds(60))).isTrue();
    assertThat(started.runs("slow", RunStatus.COMPLETED)).hasSize(1);
  }

  @Test
  void awaitIdleIsFalseWhileACallIsBeingDispatched() throws Exception {
    InMemoryEngineStore inner = new InMemoryEngineStore();
    // The test and publishing threads; the pause is for the scheduler only.
    Set<Thread> callers = ConcurrentHashMap.newKeySet();
    callers.add(Thread.currentThread());
    CountDownLatch dispatching = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    AtomicInteger armed = new AtomicInteger(1);
    // The first run lookup off the test thread (the scheduler reading the run for its concurrency
    // key, between taking the call off the queue and counting it in flight) waits for the test.
    EngineStore pausing =
        around(
            inner,
            name -> {
              if (name.equals("findRun")
                  && !callers.contains(Thread.currentThread())
                  && armed.getAndSet(0) == 1) {
                dispatching.countDown();
                resume.await();
              }
            },
            (name, result) -> result);
    CountDownLatch release = new CountDownLatch(1);
    WorkflowFunction limited =
        Workflow.function("limited", "Limited")
            .trigger(ORDER)
            .concurrency(5)
            .handler(
                (ctx, step) ->
                    step.run(
                        "work",
                        String.class,
                        () -> {
                          release.await();
                          return "done";
                        }));
    started = EmbeddedEngine.builder().store(pausing).functions(List.of(limited)).build();
    started.start(1);
    // Published from its own thread: the scheduler may take the call and pause while holding the
    // engine lock before publish returns, and publish's wake-up needs that lock.
    Thread publisher =
        new Thread(
            () -> {
              callers.add(Thread.currentThread());
              started.publish(List.of(event(ORDER, Map.of("orderId", "o_1"))));
            });
    publisher.start();
    dispatching.await();
    Thread resumer =
        new Thread(
            () -> {
              try {
                // Gives awaitIdle time to look while the call is between queue and workers; the
                // assertion holds whenever this runs.
                Thread.sleep(200);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              resume.countDown();
            });
    resumer.start();

    boolean idleWhileRunning = started.awaitIdle(Duration.ofSeconds(1));
    release.countDown();
    resumer.join();
    publisher.join();

    assertThat(idleWhileRunning).isFalse();
    assertThat(started.awaitIdle(Duration.ofSeconds(60))).isTrue();
    assertThat(started.runs("limited", RunStatus.COMPLETED)).hasSize(1);
  }

  @Test
  void closeLetsACallInProgressFinishAndThenRefusesEvents() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    WorkflowFunction slow = slow(entered, release);
    EmbeddedEngine engine = EmbeddedEngine.builder().functions(List.of(slow)).build();
    engine.start(1);
    engine.publish(List.of(event(ORDER, Map.of("orderId", "o_1"))));
    entered.await();

    Thread closer = new Thread(engine::close);
    closer.start();
    await("intake closed", engine::isClosed);
    assertThatThrownBy(() -> engine.publish(List.of(event(ORDER, Map.of("orderId", "o_2")))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    release.countDown();
    closer.join();

    RunRecord run = engine.runs("slow").get(0);
    assertThat(run.step("work").orElseThrow().status()).isEqualTo("completed");
    assertThat(engine.runs("slow")).hasSize(1);
  }
}
