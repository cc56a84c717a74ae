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
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's cost per run in CPU time and allocated bytes of the one thread that does the work,
 * in manual mode: a fresh engine per batch, {@code publish} the batch, {@code runDue()} (and for
 * the sleep+wait shape advance the clock and publish the answers). Unlike wall-clock throughput,
 * the thread's CPU time hardly depends on how many other processes share the cores, so builds
 * measured one after the other on a loaded machine stay comparable; its allocation does not depend
 * on load at all.
 *
 * <p>Uses only the engine's public API, so the same class runs against an older build: put the
 * older {@code benchmarks.jar} first on the class path and this one second.
 *
 * <p>Arguments, all optional, as {@code name=value}: {@code shape} ({@code threeSteps} or {@code
 * sleepThenWait}), {@code batch} runs per engine (1000), {@code warmup} batches (30), {@code
 * batches} measured batches (30). Prints the median and the best batch, per run.
 */
public final class EngineCostDriver {

  private EngineCostDriver() {}

  /** Runs the driver; see the class comment for the arguments. */
  public static void main(String[] args) {
    String shape = "threeSteps";
    int batch = 1_000;
    int warmup = 30;
    int batches = 30;
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("arguments are name=value, got: " + arg);
      }
      switch (kv[0]) {
        case "shape" -> shape = kv[1];
        case "batch" -> batch = positive(kv);
        case "warmup" -> warmup = positive(kv);
        case "batches" -> batches = positive(kv);
        default -> throw new IllegalArgumentException("unknown argument " + kv[0]);
      }
    }
    if (!shape.equals("threeSteps") && !shape.equals("sleepThenWait")) {
      throw new IllegalArgumentException("shape is threeSteps or sleepThenWait, got: " + shape);
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    List<Event<JobPosted>> posted = Fixtures.jobPostedBatch(batch);
    List<Event<JobAccepted>> accepted = Fixtures.jobAcceptedBatch(batch);
    double[] cpu = new double[batches];
    double[] bytes = new double[batches];
    for (int i = -warmup; i < batches; i++) {
      AtomicInteger completed = new AtomicInteger();
      WorkflowFunction fn =
          shape.equals("threeSteps")
              ? Workflows.threeSteps(job -> completed.incrementAndGet())
              : Workflows.sleepThenWait(job -> completed.incrementAndGet());
      EmbeddedEngine engine =
          EmbeddedEngine.builder()
              .registry(EventCatalogue.registry())
              .clock(new ManualClock(Fixtures.EPOCH))
              .random(new Random(1))
              .function(fn)
              .build();
      long cpuBefore = threads.getCurrentThreadCpuTime();
      long bytesBefore = threads.getThreadAllocatedBytes(thread);
      engine.publish(posted);
      engine.runDue();
      if (shape.equals("sleepThenWait")) {
        engine.advance(Workflows.SLEEP);
        engine.publish(accepted);
        engine.runDue();
      }
      long cpuNanos = threads.getCurrentThreadCpuTime() - cpuBefore;
      long allocated = threads.getThreadAllocatedBytes(thread) - bytesBefore;
      engine.close();
      if (completed.get() != batch) {
        throw new IllegalStateException(completed.get() + " of " + batch + " runs completed");
      }
      if (i >= 0) {
        cpu[i] = cpuNanos / 1_000.0 / batch;
        bytes[i] = (double) allocated / batch;
      }
    }
    Arrays.sort(cpu);
    Arrays.sort(bytes);
    System.out.printf(
        Locale.ROOT,
        "shape=%s batch=%d batches=%d: CPU per run median %.2f µs (best %.2f), runs per CPU-second"
            + " %.0f; allocated per run median %.0f B (min %.0f)%n",
        shape,
        batch,
        batches,
        cpu[batches / 2],
        cpu[0],
        1e6 / cpu[batches / 2],
        bytes[batches / 2],
        bytes[0]);
  }

  private static int positive(String[] kv) {
    int value = Integer.parseInt(kv[1]);
    if (value < 1) {
      throw new IllegalArgumentException(kv[0] + " must be positive");
    }
    return value;
  }
}
