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
import io.github.handymanworkflows.engine.store.InMemoryEngineStore;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Two engines on one store: only the lease holder routes and executes; a new holder resumes. */
class EngineLeaseTest {

  static final EventType<JsonNode> ORDER = EventType.of("shop/order.created", JsonNode.class);
  static final Duration TTL = Duration.ofSeconds(30);

  final ManualClock clock = new ManualClock(Instant.parse("2026-01-05T10:00:00Z"));
  final InMemoryEngineStore store = new InMemoryEngineStore();
  final Map<String, AtomicInteger> bodies = new ConcurrentHashMap<>();
  final SharedLease shared = new SharedLease();

  /** One lease record both engines compete for, with expiry on the test's clock. */
  final class SharedLease {
    @Nullable String holder;
    Instant expiresAt = Instant.MIN;

    synchronized boolean tryAcquire(String who) {
      Instant now = clock.instant();
      if (who.equals(holder) || holder == null || !now.isBefore(expiresAt)) {
        holder = who;
        expiresAt = now.plus(TTL);
        return true;
      }
      return false;
    }

    synchronized void release(String who) {
      if (who.equals(holder)) {
        holder = null;
      }
    }
  }

  EngineLease lease(String who) {
    return new EngineLease() {
      @Override
      public boolean tryAcquire() {
        return shared.tryAcquire(who);
      }

      @Override
      public void release() {
        shared.release(who);
      }

      @Override
      public Duration ttl() {
        return TTL;
      }
    };
  }

  EmbeddedEngine engine(String who) {
    WorkflowFunction fn =
        Workflow.function("sleeper", "Sleeper")
            .trigger(ORDER)
            .handler(
                (ctx, step) -> {
                  String a = step.run("a", String.class, () -> body(who, "a"));
                  step.sleep("nap", Duration.ofMinutes(5));
                  String b = step.run("b", String.class, () -> body(who, "b"));
                  return a + "+" + b;
                });
    return EmbeddedEngine.builder()
        .clock(clock)
        .store(store)
        .lease(lease(who))
        .function(fn)
        .build();
  }

  String body(String who, String step) {
    bodies.computeIfAbsent(who + "." + step, k -> new AtomicInteger()).incrementAndGet();
    return who;
  }

  int count(String key) {
    AtomicInteger n = bodies.get(key);
    return n == null ? 0 : n.get();
  }

  static Event<JsonNode> order(String id) {
    return Event.of(ORDER, Json.mapper().valueToTree(Map.of("orderId", id))).withId(id);
  }

  @Test
  void anEngineWithoutTheLeaseRecordsEventsAndTheHolderRoutesAndRunsThem() {
    EmbeddedEngine holder = engine("a");
    EmbeddedEngine other = engine("b");
    holder.runDue();

    other.publish(List.of(order("o_1")));
    assertThat(other.runDue()).as("b executes nothing").isZero();
    assertThat(store.unroutedEvents()).hasSize(1);
    assertThat(other.holdsLease()).isFalse();

    holder.runDue();

    assertThat(store.unroutedEvents()).isEmpty();
    assertThat(count("a.a")).isEqualTo(1);
    assertThat(count("b.a")).isZero();
  }

  @Test
  void whenTheHolderStopsRenewingTheOtherResumesItsRunsAndTheFormerHolderStops() {
    EmbeddedEngine first = engine("a");
    EmbeddedEngine second = engine("b");
    first.publish(List.of(order("o_1")));
    first.runDue();
    assertThat(count("a.a")).isEqualTo(1);

    // a stops renewing; its term ends before the lease expires, then b takes over.
    clock.advance(TTL);
    assertThat(first.holdsLease()).isFalse();
    second.advance(Duration.ofMinutes(5));

    assertThat(second.holdsLease()).isTrue();
    assertThat(first.runDue()).as("a lost the lease: it executes nothing").isZero();
    assertThat(first.holdsLease()).isFalse();
    assertThat(count("a.a")).as("a's completed step is not run again").isEqualTo(1);
    assertThat(count("b.a")).isZero();
    assertThat(count("b.b")).isEqualTo(1);
    assertThat(second.runs("sleeper", RunStatus.COMPLETED))
        .singleElement()
        .satisfies(run -> assertThat(run.output().asText()).isEqualTo("a+b"));
  }

  @Test
  void closingGivesTheLeaseUpSoAnotherEngineTakesItAtOnce() {
    EmbeddedEngine first = engine("a");
    first.runDue();
    EmbeddedEngine second = engine("b");
    second.runDue();
    assertThat(second.holdsLease()).isFalse();

    first.close();
    second.runDue();

    assertThat(second.holdsLease()).isTrue();
  }

  @Test
  void onlyTheHolderRetriesOrCancelsARunAndTheRequestStillActsThere() {
    EmbeddedEngine holder = engine("a");
    EmbeddedEngine other = engine("b");
    holder.publish(List.of(order("o_1")));
    holder.runDue();
    String runId = holder.runs("sleeper", RunStatus.RUNNING).get(0).runId();
    OperationRequest cancel = new OperationRequest(runId, "req-1", "ops");

    OperationResult refused = other.cancel(cancel);
    assertThat(refused.outcome()).isEqualTo(OperationResult.Outcome.REFUSED);
    assertThat(refused.message()).contains("does not hold the engine lease");
    assertThat(holder.runs("sleeper", RunStatus.RUNNING)).hasSize(1);

    assertThat(holder.cancel(cancel).outcome()).isEqualTo(OperationResult.Outcome.APPLIED);
    assertThat(holder.runs("sleeper", RunStatus.CANCELLED)).hasSize(1);
  }
}
