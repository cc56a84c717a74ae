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
package io.github.handymanworkflows.benchmarks;

import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.JobAccepted;
import io.github.handymanworkflows.event.JobPosted;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Completed runs per second through the embedded engine. Every invocation gets a fresh engine
 * (built outside the timing) and pushes a batch of trigger events until every run has completed, so
 * the score is runs/s, which is trigger events/s.
 *
 * <ul>
 *   <li>{@code manualThreeSteps}: manual mode, one thread: publish the batch, {@code runDue()}.
 *   <li>{@code manualSleepThenWait100} and {@code 1000}: manual mode: publish, {@code runDue()},
 *       advance the clock past the sleep, publish the matching {@code handyman/job.accepted}
 *       events, {@code runDue()}. Two events per run; every run's wait is open when the answers
 *       arrive.
 *   <li>{@code startedThreeSteps}: a started engine with 2 workers on the system clock; publish the
 *       batch and wait until the last run's final call returned.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class EmbeddedEngineThroughputBenchmark {

  static final int BATCH = 1_000;

  /** A fresh manual-mode engine per invocation with the three-step workflow. */
  @State(Scope.Thread)
  public static class ManualThreeSteps {
    final List<Event<JobPosted>> events = Fixtures.jobPostedBatch(BATCH);
    final AtomicInteger completed = new AtomicInteger();
    EmbeddedEngine engine;

    @Setup(Level.Invocation)
    public void setUp() {
      completed.set(0);
      engine =
          manualEngine(Workflows.threeSteps(job -> completed.incrementAndGet()), new Random(1));
    }

    @TearDown(Level.Invocation)
    public void check() {
      expect(completed.get(), BATCH);
    }
  }

  /** A fresh manual-mode engine per invocation with the sleep+wait workflow. */
  public abstract static class ManualSleepThenWait {
    final List<Event<JobPosted>> posted;
    final List<Event<JobAccepted>> accepted;
    final int batch;
    final AtomicInteger completed = new AtomicInteger();
    EmbeddedEngine engine;

    ManualSleepThenWait(int batch) {
      this.batch = batch;
      this.posted = Fixtures.jobPostedBatch(batch);
      this.accepted = Fixtures.jobAcceptedBatch(batch);
    }

    @Setup(Level.Invocation)
    public void setUp() {
      completed.set(0);
      engine =
          manualEngine(Workflows.sleepThenWait(job -> completed.incrementAndGet()), new Random(1));
    }

    @TearDown(Level.Invocation)
    public void check() {
      expect(completed.get(), batch);
    }

    int push() {
      engine.publish(posted);
      int items = engine.runDue();
      items += engine.advance(Workflows.SLEEP);
      engine.publish(accepted);
      return items + engine.runDue();
    }
  }

  /** 100 runs waiting at once. */
  @State(Scope.Thread)
  public static class ManualSleepThenWait100 extends ManualSleepThenWait {
    public ManualSleepThenWait100() {
      super(100);
    }
  }

  /** 1,000 runs waiting at once. */
  @State(Scope.Thread)
  public static class ManualSleepThenWait1000 extends ManualSleepThenWait {
    public ManualSleepThenWait1000() {
      super(1_000);
    }
  }

  /** A fresh started engine (2 workers, system clock) per invocation. */
  @State(Scope.Thread)
  public static class StartedThreeSteps {
    final List<Event<JobPosted>> events = Fixtures.jobPostedBatch(BATCH);
    volatile CountDownLatch done = new CountDownLatch(BATCH);
    EmbeddedEngine engine;

    @Setup(Level.Invocation)
    public void setUp() {
      done = new CountDownLatch(BATCH);
      engine =
          EmbeddedEngine.builder()
              .registry(EventCatalogue.registry())
              .clock(Clock.systemUTC())
              .random(new Random(1))
              .function(Workflows.threeSteps(job -> done.countDown()))
              .build();
      engine.start(2);
    }

    @TearDown(Level.Invocation)
    public void tearDown() throws InterruptedException {
      try {
        expect((int) (BATCH - done.getCount()), BATCH);
        if (!engine.awaitIdle(Duration.ofSeconds(10))) {
          throw new IllegalStateException("engine did not become idle");
        }
      } finally {
        engine.close();
      }
    }
  }

  private static EmbeddedEngine manualEngine(WorkflowFunction fn, Random random) {
    return EmbeddedEngine.builder()
        .registry(EventCatalogue.registry())
        .clock(new ManualClock(Fixtures.EPOCH))
        .random(random)
        .function(fn)
        .build();
  }

  private static void expect(int completed, int expected) {
    if (completed != expected) {
      throw new IllegalStateException(completed + " of " + expected + " runs completed");
    }
  }

  /** Three run steps per run, manual mode. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int manualThreeSteps(ManualThreeSteps state) {
    state.engine.publish(state.events);
    return state.engine.runDue();
  }

  /** Sleep, wait for a matching event, one run step; manual mode, 100 runs per batch. */
  @Benchmark
  @OperationsPerInvocation(100)
  public int manualSleepThenWait100(ManualSleepThenWait100 state) {
    return state.push();
  }

  /** The same with 1,000 runs per batch, so 1,000 waits are open when the answers arrive. */
  @Benchmark
  @OperationsPerInvocation(1_000)
  public int manualSleepThenWait1000(ManualSleepThenWait1000 state) {
    return state.push();
  }

  /** Three run steps per run, started engine with 2 workers. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public boolean startedThreeSteps(StartedThreeSteps state) throws InterruptedException {
    state.engine.publish(state.events);
    return state.done.await(60, TimeUnit.SECONDS);
  }
}
