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

import com.sun.management.OperatingSystemMXBean;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.JobPosted;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Step executions per second through a started embedded engine (issue 15's target: at least
 * 50,000). A workflow of {@code steps} {@code step.run} calls per run, each returning a small
 * value; runs are published in batches of 1,000 with at most {@code outstanding} runs in flight,
 * and a step execution is counted when its body runs. After a warm-up on a throwaway engine, a
 * fresh engine takes {@code runs} runs; the score is step bodies executed per wall-clock second
 * from the first publish to the last run's end. The process CPU time is reported too: per
 * CPU-second the figure hardly depends on how many other processes share the cores.
 *
 * <p>Arguments ({@code name=value}, all optional): {@code steps} (10), {@code runs} (20000), {@code
 * workers} (2), {@code outstanding} (4000), {@code warmup} runs (10000), {@code out} results
 * directory ({@code benchmarks/results}).
 */
public final class StepThroughputDriver {

  private StepThroughputDriver() {}

  /** Runs the driver; see the class comment for the arguments. */
  public static void main(String[] args) throws InterruptedException {
    Map<String, String> a =
        TargetResult.arguments(args, "steps", "runs", "workers", "outstanding", "warmup", "out");
    int steps = Integer.parseInt(a.getOrDefault("steps", "10"));
    int runs = Integer.parseInt(a.getOrDefault("runs", "20000"));
    int workers = Integer.parseInt(a.getOrDefault("workers", "2"));
    int outstanding = Integer.parseInt(a.getOrDefault("outstanding", "4000"));
    int warmup = Integer.parseInt(a.getOrDefault("warmup", "10000"));
    Path out = Path.of(a.getOrDefault("out", "benchmarks/results"));
    TargetResult result =
        new TargetResult("engine-step-throughput", "at least 50,000 step executions per second");
    push(steps, warmup, workers, outstanding);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    long[] measured = push(steps, runs, workers, outstanding);
    double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;
    double seconds = measured[1] / 1e9;
    double perSecond = measured[0] / seconds;
    result
        .put("steps per run", steps)
        .put("runs", runs)
        .put("workers", workers)
        .put("step executions", measured[0])
        .put("seconds", round(seconds))
        .put("step executions per second", Math.round(perSecond))
        .put("process CPU seconds", round(cpuSeconds))
        .put("step executions per process CPU-second", Math.round(measured[0] / cpuSeconds));
    result.write(
        out,
        perSecond,
        50_000,
        true,
        "every step costs one call of the function: the call decodes and validates the trigger"
            + " event, replays the memoized steps and writes the run's new version to the store;"
            + " on this machine two cores are shared with other processes (see the load average),"
            + " so the workers get less than two cores");
  }

  /** Pushes runs through a fresh started engine; returns {step bodies, elapsed nanos}. */
  private static long[] push(int steps, int runs, int workers, int outstanding)
      throws InterruptedException {
    AtomicLong bodies = new AtomicLong();
    AtomicInteger completed = new AtomicInteger();
    Object done = new Object();
    WorkflowFunction fn =
        Workflow.function("steps", "Steps")
            .trigger(JobPosted.TYPE)
            .retries(0)
            .handler(
                (ctx, step) -> {
                  int sum = 0;
                  for (int i = 0; i < steps; i++) {
                    int n = i;
                    sum +=
                        step.run(
                            "step-" + i,
                            Integer.class,
                            () -> {
                              bodies.incrementAndGet();
                              return n;
                            });
                  }
                  if (completed.incrementAndGet() % 1_000 == 0) {
                    synchronized (done) {
                      done.notifyAll();
                    }
                  }
                  return sum;
                });
    EmbeddedEngine engine =
        EmbeddedEngine.builder()
            .registry(EventCatalogue.registry())
            .clock(Clock.systemUTC())
            .random(new Random(1))
            .function(fn)
            .build();
    engine.start(workers);
    try {
      List<Event<JobPosted>> batch = Fixtures.jobPostedBatch(1_000);
      long start = System.nanoTime();
      int published = 0;
      while (published < runs) {
        synchronized (done) {
          while (published - completed.get() >= outstanding) {
            done.wait(10);
          }
        }
        engine.publish(batch.subList(0, Math.min(batch.size(), runs - published)));
        published += Math.min(batch.size(), runs - published);
      }
      if (!engine.awaitIdle(Duration.ofMinutes(10))) {
        throw new IllegalStateException("the engine did not finish in 10 minutes");
      }
      long elapsed = System.nanoTime() - start;
      if (completed.get() != runs) {
        throw new IllegalStateException(completed.get() + " of " + runs + " runs completed");
      }
      return new long[] {bodies.get(), elapsed};
    } finally {
      engine.close();
    }
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
