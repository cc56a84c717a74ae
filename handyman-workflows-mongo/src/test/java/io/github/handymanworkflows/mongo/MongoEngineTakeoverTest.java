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
package io.github.handymanworkflows.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.EngineLease;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two engines share one database through the lease: both accept events, only the holder executes,
 * and when the holder stops renewing (as after a crash or a partition) the other takes over and
 * finishes every run, no completed step body running twice.
 */
class MongoEngineTakeoverTest {

  private static final EventType<JsonNode> SIGNUP = EventType.untyped("test/user.signed-up");
  private static final Duration TTL = Duration.ofSeconds(5);
  private static final Duration DEADLINE = Duration.ofSeconds(90);
  private static final int EVENTS = 60;

  /** One step-body execution: which engine ran which step of which run, and its unique value. */
  private record Execution(String engine, String runId, String step, String value) {}

  private final List<Execution> executions = new CopyOnWriteArrayList<>();
  private final AtomicInteger values = new AtomicInteger();
  private final List<EmbeddedEngine> engines = new ArrayList<>();
  private InJvmMongo mongo;
  private MongoStorage storage;

  @BeforeEach
  void startServer() {
    mongo = new InJvmMongo();
    storage = mongo.storage();
  }

  @AfterEach
  void stop() {
    engines.forEach(EmbeddedEngine::close);
    mongo.close();
  }

  private WorkflowFunction welcome(String engine) {
    return Workflow.function("welcome", "Welcome")
        .trigger(SIGNUP)
        .handler(
            (ctx, step) -> {
              String first =
                  step.run("first", String.class, () -> body(engine, ctx.runId(), "first"));
              step.sleep("pause", Duration.ofMillis(200));
              String second =
                  step.run("second", String.class, () -> body(engine, ctx.runId(), "second"));
              return Map.of("first", first, "second", second);
            });
  }

  private String body(String engine, String runId, String step) {
    String value = engine + "-" + values.incrementAndGet();
    executions.add(new Execution(engine, runId, step, value));
    return value;
  }

  /** A lease that can be cut off, as if its process stopped renewing. */
  private static final class SeverableLease implements EngineLease {
    private final MongoEngineLease lease;
    private final AtomicBoolean severed = new AtomicBoolean();

    SeverableLease(MongoEngineLease lease) {
      this.lease = lease;
    }

    void sever() {
      severed.set(true);
    }

    @Override
    public boolean tryAcquire() {
      if (severed.get()) {
        throw new MongoStoreException("severed", new IllegalStateException("partition"));
      }
      return lease.tryAcquire();
    }

    @Override
    public void release() {
      if (severed.get()) {
        throw new MongoStoreException("severed", new IllegalStateException("partition"));
      }
      lease.release();
    }

    @Override
    public Duration ttl() {
      return lease.ttl();
    }
  }

  private EmbeddedEngine engine(String name, SeverableLease lease, MongoEngineLease mongoLease) {
    EmbeddedEngine engine =
        EmbeddedEngine.builder()
            .appId("takeover")
            .function(welcome(name))
            .store(storage.engineStore(mongoLease::fencingToken))
            .lease(lease)
            .shutdownGrace(Duration.ofSeconds(5))
            .build();
    engines.add(engine);
    return engine;
  }

  private static Event<JsonNode> signup(int n) {
    return Event.of(SIGNUP, Json.mapper().valueToTree(Map.of("user", "u" + n)))
        .withId("signup-" + n);
  }

  @Test
  void onlyTheHolderExecutesAndTheOtherFinishesEveryRunOnceAfterTheHolderStopsRenewing()
      throws Exception {
    MongoEngineLease leaseA = storage.engineLease("a", TTL, Clock.systemUTC());
    MongoEngineLease leaseB = storage.engineLease("b", TTL, Clock.systemUTC());
    SeverableLease severableA = new SeverableLease(leaseA);
    EmbeddedEngine a = engine("a", severableA, leaseA);
    EmbeddedEngine b = engine("b", new SeverableLease(leaseB), leaseB);
    a.start(2);
    await("a holds the lease", a::holdsLease);
    b.start(2);

    // Both accept: b records its events for the holder to route.
    for (int i = 0; i < EVENTS; i++) {
      (i % 2 == 0 ? a : b).publish(List.of(signup(i))).toCompletableFuture().join();
    }
    await("some runs completed under a", () -> completed(a) >= EVENTS / 4);
    assertThat(executions).allSatisfy(e -> assertThat(e.engine()).isEqualTo("a"));
    assertThat(b.holdsLease()).isFalse();

    int beforeCut = executions.size();
    severableA.sever();
    await("b took the lease over", b::holdsLease);
    assertThat(a.holdsLease()).as("a stopped executing before b took over").isFalse();
    for (int i = EVENTS; i < EVENTS + 10; i++) {
      a.publish(List.of(signup(i))).toCompletableFuture().join();
    }
    await("every run completed", () -> completed(b) == EVENTS + 10);

    List<RunRecord> runs = b.runs("welcome");
    assertThat(runs).hasSize(EVENTS + 10);
    assertThat(runs.stream().map(RunRecord::triggerEventId).distinct()).hasSize(EVENTS + 10);
    assertThat(executions.size()).isGreaterThan(beforeCut);
    assertThat(executions.stream().filter(e -> e.engine().equals("b"))).isNotEmpty();
    assertNoCompletedStepRanTwice(runs);
  }

  /**
   * Each step's memoized value was produced by exactly one execution; any other execution of that
   * step was a's, cut off before its result was written, and no engine ran a step twice.
   */
  private void assertNoCompletedStepRanTwice(List<RunRecord> runs) {
    Map<String, List<Execution>> byStep = new HashMap<>();
    for (Execution e : executions) {
      byStep.computeIfAbsent(e.runId() + "/" + e.step(), k -> new ArrayList<>()).add(e);
    }
    for (RunRecord run : runs) {
      assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
      for (String step : List.of("first", "second")) {
        String memoized = run.output().get(step).asText();
        List<Execution> ran = byStep.getOrDefault(run.runId() + "/" + step, List.of());
        assertThat(ran).extracting(Execution::value).containsOnlyOnce(memoized);
        assertThat(ran.stream().map(Execution::engine).distinct().count())
            .as("no engine ran %s of %s twice", step, run.runId())
            .isEqualTo(ran.size());
        ran.stream()
            .filter(e -> !e.value().equals(memoized))
            .forEach(e -> assertThat(e.engine()).as("only the cut-off engine").isEqualTo("a"));
      }
    }
  }

  private static int completed(EmbeddedEngine engine) {
    return engine.runs("welcome", RunStatus.COMPLETED).size();
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(DEADLINE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not within " + DEADLINE + ": " + what);
      }
      Thread.sleep(20);
    }
  }
}
