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
import io.github.handymanworkflows.engine.store.AcceptedEvent;
import io.github.handymanworkflows.engine.store.InMemoryEngineStore;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.workflow.Match;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An engine closed and a new one built on the same store finishes the first one's work. */
class EngineRecoveryTest {

  static final EventType<JsonNode> ORDER = EventType.of("shop/order.created", JsonNode.class);
  static final EventType<JsonNode> APPROVED = EventType.of("shop/order.approved", JsonNode.class);

  final ManualClock clock = new ManualClock(Instant.parse("2026-01-05T10:00:00Z"));
  final InMemoryEngineStore store = new InMemoryEngineStore();
  final Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();
  final Random values = new Random(1);
  final Map<String, Integer> produced = new ConcurrentHashMap<>();

  /** Counts each body execution and returns a value that differs per execution. */
  int body(String name) {
    executions.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
    int value = values.nextInt(1_000_000);
    produced.put(name, value);
    return value;
  }

  int count(String name) {
    AtomicInteger n = executions.get(name);
    return n == null ? 0 : n.get();
  }

  List<WorkflowFunction> functions() {
    return List.of(
        Workflow.function("sleeper", "Sleeper")
            .trigger(ORDER)
            .handler(
                (ctx, step) -> {
                  int a = step.run("a", Integer.class, () -> body("sleeper.a"));
                  step.sleep("nap", Duration.ofHours(1));
                  int b = step.run("b", Integer.class, () -> body("sleeper.b"));
                  return a + ":" + b;
                }),
        Workflow.function("waiter", "Waiter")
            .trigger(ORDER)
            .handler(
                (ctx, step) -> {
                  int a = step.run("a", Integer.class, () -> body("waiter.a"));
                  boolean approved =
                      step.waitForEvent(
                              "approval", APPROVED, Match.field("data.orderId"), Duration.ofDays(1))
                          .isPresent();
                  return a + ":" + approved;
                }),
        Workflow.function("retrier", "Retrier")
            .trigger(ORDER)
            .handler(
                (ctx, step) -> {
                  int a = step.run("a", Integer.class, () -> body("retrier.a"));
                  int flaky =
                      step.run(
                          "flaky",
                          Integer.class,
                          () -> {
                            if (count("retrier.flaky") == 0) {
                              body("retrier.flaky");
                              throw new IllegalStateException("first attempt fails");
                            }
                            return body("retrier.flaky");
                          });
                  return a + ":" + flaky;
                }),
        Workflow.function("fan", "Fan")
            .trigger(ORDER)
            .handler(
                (ctx, step) -> {
                  List<Integer> both =
                      step.parallel(
                          List.of(
                              () -> step.run("left", Integer.class, () -> body("fan.left")),
                              () ->
                                  step.run(
                                      "right",
                                      Integer.class,
                                      () -> {
                                        if (count("fan.right") == 0) {
                                          body("fan.right");
                                          throw new IllegalStateException("first attempt fails");
                                        }
                                        return body("fan.right");
                                      })));
                  return both.get(0) + ":" + both.get(1);
                }));
  }

  EmbeddedEngine engine() {
    return EmbeddedEngine.builder()
        .clock(clock)
        .store(store)
        .random(new Random(42))
        .functions(functions())
        .build();
  }

  static Event<JsonNode> event(EventType<JsonNode> type, String orderId) {
    return Event.of(type, Json.mapper().valueToTree(Map.of("orderId", orderId)));
  }

  @Test
  void aNewEngineOnTheSameStoreFinishesEveryRunOnceWithoutRunningAStepAgain() {
    EmbeddedEngine first = engine();
    first.publish(List.of(event(ORDER, "o_1")));
    first.runDue();
    assertThat(first.all()).allMatch(r -> r.status() == RunStatus.RUNNING);
    assertThat(first.runs("retrier").get(0).step("flaky").orElseThrow().status())
        .isEqualTo("retrying");
    assertThat(first.runs("fan").get(0).step("left").orElseThrow().status()).isEqualTo("completed");
    first.close();

    EmbeddedEngine second = engine();
    second.publish(List.of(event(APPROVED, "o_1")));
    second.advance(Duration.ofHours(2));

    assertThat(second.all()).hasSize(4).allMatch(r -> r.status() == RunStatus.COMPLETED);
    assertThat(output(second, "sleeper"))
        .isEqualTo(produced.get("sleeper.a") + ":" + produced.get("sleeper.b"));
    assertThat(output(second, "waiter")).isEqualTo(produced.get("waiter.a") + ":true");
    assertThat(output(second, "retrier"))
        .isEqualTo(produced.get("retrier.a") + ":" + produced.get("retrier.flaky"));
    assertThat(output(second, "fan"))
        .isEqualTo(produced.get("fan.left") + ":" + produced.get("fan.right"));
    assertThat(executions)
        .allSatisfy(
            (name, n) ->
                assertThat(n.get())
                    .as(name)
                    .isEqualTo(name.equals("retrier.flaky") || name.equals("fan.right") ? 2 : 1));
    assertThat(executions).containsKeys("sleeper.b", "fan.left", "fan.right", "retrier.flaky");
    assertThat(second.advance(Duration.ofDays(2))).isZero();
  }

  private static String output(EmbeddedEngine engine, String functionId) {
    return engine.runs(functionId).get(0).output().asText();
  }

  @Test
  void anEventAcceptedButNotRoutedBeforeTheRestartStartsItsRunsOnce() {
    JsonNode wire =
        Json.mapper()
            .valueToTree(
                Map.of(
                    "id", "evt-1",
                    "name", ORDER.name(),
                    "data", Map.of("orderId", "o_9"),
                    "user", Map.of(),
                    "ts", clock.millis()));
    store.acceptEvents(List.of(new AcceptedEvent("0001", wire, clock.instant())));

    EmbeddedEngine engine = engine();
    engine.runDue();

    assertThat(engine.runs("sleeper")).hasSize(1);
    assertThat(engine.runs("waiter")).hasSize(1);
    assertThat(store.unroutedEvents()).isEmpty();
    engine.close();
    engine().runDue();
    assertThat(store.runs("sleeper", null)).hasSize(1);
  }

  @Test
  void publishingAfterCloseIsRefusedWithAClearMessage() {
    EmbeddedEngine engine = engine();
    engine.close();

    assertThatThrownBy(() -> engine.publish(List.of(event(ORDER, "o_1"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(store.unroutedEvents()).isEmpty();
    assertThat(store.runs(null, null)).isEmpty();
  }

  @Test
  void aCronMissedWhileNoEngineRanFiresOnceAtStartThenFollowsItsSchedule() {
    WorkflowFunction hourly =
        Workflow.function("hourly", "Hourly")
            .cron("0 * * * *")
            .handler((ctx, step) -> ctx.triggeredAt().toString());
    EmbeddedEngine first =
        EmbeddedEngine.builder().clock(clock).store(store).functions(List.of(hourly)).build();
    first.advance(Duration.ofMinutes(90));
    assertThat(first.runs("hourly")).hasSize(1);
    first.close();

    clock.set(clock.instant().plus(Duration.ofHours(5)).plus(Duration.ofMinutes(10)));
    EmbeddedEngine second =
        EmbeddedEngine.builder().clock(clock).store(store).functions(List.of(hourly)).build();
    second.runDue();

    assertThat(second.runs("hourly")).hasSize(2);
    assertThat(second.runs("hourly").get(1).output().asText()).isEqualTo("2026-01-05T12:00:00Z");
    second.advance(Duration.ofMinutes(50));
    assertThat(second.runs("hourly")).hasSize(3);
    assertThat(second.runs("hourly").get(2).output().asText()).isEqualTo("2026-01-05T17:00:00Z");
  }
}
