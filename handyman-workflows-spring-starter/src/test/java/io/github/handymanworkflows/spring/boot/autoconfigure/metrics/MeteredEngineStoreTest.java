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
package io.github.handymanworkflows.spring.boot.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.StepRecord;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.InMemoryEngineStore;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.workflow.Workflow;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class MeteredEngineStoreTest {

  private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
  private static final String FN = "fn";

  private final Counting counting = new Counting(new InMemoryEngineStore());
  private final Recording metrics = new Recording();
  private final MeteredEngineStore store = new MeteredEngineStore(counting.store, metrics);

  @Test
  void writingARunFromCreationToItsEndReadsNothingBack() {
    StoredRun run = run("r1", 1, RunStatus.RUNNING);
    assertThat(store.createRun(run)).isTrue();
    run = replace(store, run, RunStatus.RUNNING, step("a", "planned", 0));
    run = replace(store, run, RunStatus.RUNNING, step("a", "retrying", 1));
    run = replace(store, run, RunStatus.RUNNING, step("a", "retrying", 2));
    run =
        replace(store, run, RunStatus.RUNNING, step("a", "completed", 2), step("b", "sleeping", 0));
    run = replace(store, run, RunStatus.COMPLETED, run.steps().toArray(StepRecord[]::new));

    assertThat(counting.calls("findRun")).isZero();
    assertThat(metrics.seen)
        .containsExactly(
            "started fn", "retried fn step-a", "retried fn step-a", "ended fn COMPLETED");
    assertThat(store.rememberedRuns()).isZero();
  }

  @Test
  void anEngineRunningARetriedStepReadsNoRunTheEngineDidNotRead() {
    // The engine reads each run before changing it; those reads pass through the decorator and are
    // counted on both sides of it. Any read the decorator makes itself is counted only inside it.
    Counting inside = new Counting(new InMemoryEngineStore());
    MeteredEngineStore metered = new MeteredEngineStore(inside.store, metrics);
    Counting outside = new Counting(metered);
    EventType<JsonNode> ping = EventType.of("test/ping", JsonNode.class);
    AtomicInteger calls = new AtomicInteger();
    EmbeddedEngine engine =
        EmbeddedEngine.builder()
            .clock(new ManualClock(START))
            .random(new Random(42))
            .store(outside.store)
            .function(
                Workflow.function(FN, "Flaky")
                    .trigger(ping)
                    .retries(3)
                    .handler(
                        (ctx, step) -> {
                          step.sleep("nap", Duration.ofMinutes(5));
                          return step.run(
                              "call",
                              String.class,
                              () -> {
                                if (calls.incrementAndGet() <= 2) {
                                  throw new IOException("down");
                                }
                                return "up";
                              });
                        }))
            .build();
    engine.publish(List.of(Event.of(ping, JsonNodeFactory.instance.objectNode())));
    engine.advance(Duration.ofHours(1));
    assertThat(engine.runs(FN, RunStatus.COMPLETED)).hasSize(1);
    engine.close();

    assertThat(calls).hasValue(3);
    assertThat(inside.calls("replaceRun")).isGreaterThan(3);
    assertThat(inside.calls("findRun")).isEqualTo(outside.calls("findRun"));
    assertThat(metrics.seen)
        .containsExactly("started fn", "retried fn call", "retried fn call", "ended fn COMPLETED");
    assertThat(metered.rememberedRuns()).isZero();
  }

  @Test
  void aWriteNotReplacingTheRememberedVersionReadsTheRunFirst() {
    StoredRun run = run("r1", 1, RunStatus.RUNNING, step("a", "planned", 0));
    store.createRun(run);
    // Another writer (another engine, after a takeover) moves the step to its first retry.
    run = replace(counting.store, run, RunStatus.RUNNING, step("a", "retrying", 1));
    assertThat(counting.calls("findRun")).isZero();

    // The remembered version 1 is not the one replaced: the stored version 2 is read, and its
    // retry is not counted a second time.
    run = replace(store, run, RunStatus.RUNNING, step("a", "retrying", 1));
    assertThat(counting.calls("findRun")).isEqualTo(1);
    run = replace(store, run, RunStatus.RUNNING, step("a", "retrying", 2));
    replace(store, run, RunStatus.FAILED, step("a", "failed", 2));

    assertThat(counting.calls("findRun")).isEqualTo(1);
    assertThat(metrics.seen).containsExactly("started fn", "retried fn step-a", "ended fn FAILED");
  }

  @Test
  void aWriteThatLosesTheRaceCountsNothingAndForgetsTheRun() {
    StoredRun run = run("r1", 1, RunStatus.RUNNING);
    store.createRun(run);
    StoredRun theirs = replace(counting.store, run, RunStatus.CANCELLED);

    assertThat(store.replaceRun(1, next(run, RunStatus.COMPLETED))).isFalse();
    assertThat(store.rememberedRuns()).isZero();
    // Its next attempt replaces the version it reads, as before.
    assertThat(store.replaceRun(2, next(theirs, RunStatus.RUNNING, step("a", "retrying", 1))))
        .isTrue();
    assertThat(metrics.seen).containsExactly("started fn", "retried fn step-a");
  }

  @Test
  void retryingAFailedRunCountsItsStepRetryAndItsSecondEnd() {
    StoredRun run = run("r1", 1, RunStatus.RUNNING, step("a", "retrying", 1));
    store.createRun(run);
    run = replace(store, run, RunStatus.FAILED, step("a", "failed", 1));
    // Reopened by an operator: the failed step is retrying again from a run nobody remembers.
    run = replace(store, run, RunStatus.RUNNING, step("a", "retrying", 1));
    run = replace(store, run, RunStatus.RUNNING, step("a", "completed", 1));
    replace(store, run, RunStatus.COMPLETED, step("a", "completed", 1));

    assertThat(counting.calls("findRun")).isEqualTo(1);
    assertThat(metrics.seen)
        .containsExactly(
            "started fn",
            "retried fn step-a",
            "ended fn FAILED",
            "retried fn step-a",
            "ended fn COMPLETED");
  }

  @Test
  void remembersOnlyRunningRunsAndAtMostTheBound() {
    MeteredEngineStore bounded = new MeteredEngineStore(counting.store, metrics, 3);
    List<StoredRun> runs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      StoredRun run = run("r" + i, 1, RunStatus.RUNNING);
      bounded.createRun(run);
      runs.add(run);
    }
    assertThat(bounded.rememberedRuns()).isEqualTo(3);

    // r0 and r1, created first, were dropped: each costs one read at its next write, and being
    // written again they push out the two written least recently since, r2 and r3.
    for (int i : new int[] {2, 3, 4, 0, 1}) {
      runs.set(i, replace(bounded, runs.get(i), RunStatus.RUNNING, step("a", "retrying", 1)));
    }
    assertThat(counting.calls("findRun")).isEqualTo(2);
    assertThat(bounded.rememberedRuns()).isEqualTo(3);
    for (int i : new int[] {4, 0, 1, 2, 3}) {
      replace(bounded, runs.get(i), RunStatus.CANCELLED);
    }
    assertThat(counting.calls("findRun")).isEqualTo(4);
    // Ended runs are forgotten.
    assertThat(bounded.rememberedRuns()).isZero();
    assertThat(metrics.seen.stream().filter(s -> s.equals("retried fn step-a"))).hasSize(5);
    assertThat(metrics.seen.stream().filter(s -> s.equals("ended fn CANCELLED"))).hasSize(5);
  }

  @Test
  void countsWhatReadingEachRunBeforeWritingItCounted() {
    // Random writes to a few runs, through the decorator and around it, some replacing a stale
    // version, fed both to the decorator (remembering at most two runs) and to the way it worked
    // before (reading each run before writing it): both count the same.
    Random random = new Random(7);
    for (int round = 0; round < 50; round++) {
      EngineStore mine = new InMemoryEngineStore();
      Recording mineSeen = new Recording();
      MeteredEngineStore decorated = new MeteredEngineStore(mine, mineSeen, 2);
      ReadBeforeWrite reference = new ReadBeforeWrite(new InMemoryEngineStore());
      Map<String, StoredRun> latest = new HashMap<>();
      for (int i = 0; i < 4; i++) {
        StoredRun run = run("r" + i, 1, RunStatus.RUNNING);
        boolean around = random.nextInt(5) == 0;
        (around ? mine : decorated).createRun(run);
        reference.delegate.createRun(run);
        if (!around) {
          reference.created(run);
        }
        latest.put(run.runId(), run);
      }
      for (int write = 0; write < 60; write++) {
        StoredRun before = latest.get("r" + random.nextInt(4));
        long expected = random.nextInt(8) == 0 ? before.version() - 1 : before.version();
        if (expected < 1) {
          continue;
        }
        StoredRun after = randomChange(random, before, expected + 1);
        boolean around = random.nextInt(6) == 0;
        boolean wrote =
            around ? mine.replaceRun(expected, after) : decorated.replaceRun(expected, after);
        boolean referenceWrote =
            around
                ? reference.delegate.replaceRun(expected, after)
                : reference.replaceRun(expected, after);
        assertThat(wrote).isEqualTo(referenceWrote);
        if (wrote) {
          latest.put(after.runId(), after);
        }
      }
      assertThat(mineSeen.seen).as("round %d", round).isEqualTo(reference.metrics.seen);
      assertThat(decorated.rememberedRuns()).isLessThanOrEqualTo(2);
    }
  }

  private static StoredRun randomChange(Random random, StoredRun before, long version) {
    List<StepRecord> steps = new ArrayList<>();
    String[] statuses = {"planned", "retrying", "retrying", "completed", "failed"};
    // Now and then a hashed id twice: the last record of it is the one compared.
    for (String id : List.of("a", "b", "a")) {
      if (random.nextBoolean()) {
        steps.add(step(id, statuses[random.nextInt(statuses.length)], random.nextInt(3)));
      }
    }
    RunStatus[] runStatuses = {
      RunStatus.RUNNING, RunStatus.RUNNING, RunStatus.RUNNING, RunStatus.COMPLETED, RunStatus.FAILED
    };
    return run(
        before.runId(),
        version,
        runStatuses[random.nextInt(runStatuses.length)],
        steps.toArray(StepRecord[]::new));
  }

  /** Writes the next version of a run in a status with steps, and returns it. */
  private static StoredRun replace(
      EngineStore target, StoredRun run, RunStatus status, StepRecord... steps) {
    StoredRun next = next(run, status, steps);
    assertThat(target.replaceRun(run.version(), next)).isTrue();
    return next;
  }

  private static StoredRun next(StoredRun run, RunStatus status, StepRecord... steps) {
    return run(run.runId(), run.version() + 1, status, steps);
  }

  private static StoredRun run(String runId, long version, RunStatus status, StepRecord... steps) {
    return new StoredRun(
        runId,
        FN,
        version,
        status,
        List.of(JsonNodeFactory.instance.objectNode()),
        START,
        status.ended() ? START : null,
        Map.of(),
        List.of(),
        List.of(),
        List.of(steps),
        List.of(),
        false,
        null,
        null,
        null,
        null,
        List.of(),
        List.of());
  }

  private static StepRecord step(String id, String status, int attempts) {
    return new StepRecord(id, "step-" + id, "run", status, attempts, 0, null);
  }

  /** Metrics as lines, in the order reported. */
  static final class Recording implements WorkflowMetrics {
    final List<String> seen = new ArrayList<>();

    @Override
    public synchronized void runStarted(String functionId) {
      seen.add("started " + functionId);
    }

    @Override
    public synchronized void runEnded(String functionId, RunStatus status) {
      seen.add("ended " + functionId + " " + status);
    }

    @Override
    public synchronized void stepRetried(String functionId, String step) {
      seen.add("retried " + functionId + " " + step);
    }
  }

  /** A store that counts the calls of each of its methods. */
  static final class Counting {
    final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    final EngineStore store;

    Counting(EngineStore delegate) {
      this.store =
          (EngineStore)
              Proxy.newProxyInstance(
                  EngineStore.class.getClassLoader(),
                  new Class<?>[] {EngineStore.class},
                  (proxy, method, args) -> {
                    counts
                        .computeIfAbsent(method.getName(), k -> new AtomicInteger())
                        .incrementAndGet();
                    try {
                      return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
    }

    int calls(String method) {
      AtomicInteger count = counts.get(method);
      return count == null ? 0 : count.get();
    }
  }

  /**
   * How the decorator counted before it remembered runs: it read the replaced version from the
   * store before every write and compared every step with it.
   */
  static final class ReadBeforeWrite {
    final EngineStore delegate;
    final Recording metrics = new Recording();

    ReadBeforeWrite(EngineStore delegate) {
      this.delegate = delegate;
    }

    void created(StoredRun run) {
      metrics.runStarted(run.functionId());
      observe(null, run);
    }

    boolean replaceRun(long expectedVersion, StoredRun run) {
      StoredRun before = delegate.findRun(run.runId()).orElse(null);
      boolean replaced = delegate.replaceRun(expectedVersion, run);
      if (replaced) {
        observe(before, run);
      }
      return replaced;
    }

    private void observe(@Nullable StoredRun before, StoredRun after) {
      Map<String, StepRecord> previous =
          before == null
              ? Map.of()
              : before.steps().stream()
                  .collect(Collectors.toMap(StepRecord::hashedId, s -> s, (a, b) -> b));
      for (StepRecord step : after.steps()) {
        StepRecord old = previous.get(step.hashedId());
        if ("retrying".equals(step.status())
            && (old == null
                || !"retrying".equals(old.status())
                || old.attempts() != step.attempts())) {
          metrics.stepRetried(after.functionId(), step.name());
        }
      }
      boolean wasRunning = before == null || before.status() == RunStatus.RUNNING;
      if (wasRunning && after.status() != RunStatus.RUNNING) {
        metrics.runEnded(after.functionId(), after.status());
      }
    }
  }
}
