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
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.JobPosted;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Heap retained by runs asleep in the embedded engine with its default in-memory store (issue 15's
 * target: 100,000 sleeping runs in under 200 MB). Each run is a realistic {@code
 * customer/job.posted} workflow that completed one step ({@code match}, returning a short string)
 * and sleeps for a day: the store holds the run (its trigger event, memo, step record, wake-up
 * time), the engine's caches hold its queue entry, and the event's 24-hour de-duplication key is
 * kept too. Heap is read after full collections before the first event and after the last run fell
 * asleep; the difference divided by the runs is the cost of one sleeping run.
 *
 * <p>Arguments ({@code name=value}, all optional): {@code runs} (100000), {@code out} results
 * directory ({@code benchmarks/results}), {@code histogram} ({@code true} prints what the heap
 * holds at the end). Run it with {@code -Xmx200m} to show the runs fit in that heap, with nothing
 * else in it but the JVM's own data.
 */
public final class SleepingRunsHeapDriver {

  private SleepingRunsHeapDriver() {}

  /** Runs the driver; see the class comment for the arguments. */
  public static void main(String[] args) {
    Map<String, String> a = TargetResult.arguments(args, "runs", "out", "histogram");
    int runs = Integer.parseInt(a.getOrDefault("runs", "100000"));
    Path out = Path.of(a.getOrDefault("out", "benchmarks/results"));
    TargetResult result =
        new TargetResult(
            "engine-sleeping-runs-heap", "100,000 runs asleep in under 200 MB of heap");
    WorkflowFunction fn = Workflows.stepThenSleep(Duration.ofDays(1));
    EmbeddedEngine engine =
        EmbeddedEngine.builder()
            .registry(EventCatalogue.registry())
            .clock(new ManualClock(Fixtures.EPOCH))
            .random(new Random(1))
            .function(fn)
            .build();
    long before = usedAfterGc();
    for (int from = 0; from < runs; from += 1_000) {
      List<Event<JobPosted>> batch = new ArrayList<>(1_000);
      for (int i = from; i < Math.min(runs, from + 1_000); i++) {
        batch.add(Event.of(JobPosted.TYPE, Fixtures.jobPosted(i)));
      }
      engine.publish(batch);
      engine.runDue();
    }
    long after = usedAfterGc();
    int sleeping = engine.runs(Workflows.STEP_THEN_SLEEP, RunStatus.RUNNING).size();
    String status =
        engine
            .runs(Workflows.STEP_THEN_SLEEP)
            .get(0)
            .step("cool-off")
            .map(s -> s.status())
            .orElse("none");
    if (sleeping != runs || !status.equals("sleeping")) {
      throw new IllegalStateException(sleeping + " of " + runs + " runs are asleep");
    }
    double retainedMb = (after - before) / 1e6;
    double perRun = (double) (after - before) / runs;
    result
        .put("runs asleep", sleeping)
        .put("heap used before (MB, after GC)", StepThroughputDriver.round(before / 1e6))
        .put("heap used after (MB, after GC)", StepThroughputDriver.round(after / 1e6))
        .put("retained by the sleeping runs (MB)", StepThroughputDriver.round(retainedMb))
        .put("bytes per sleeping run", Math.round(perRun))
        .put(
            "retained for 100,000 runs at that rate (MB)",
            StepThroughputDriver.round(perRun * 1e5 / 1e6));
    result.write(
        out,
        perRun * 100_000 / 1e6,
        200,
        false,
        "each run keeps its trigger event as a read-only JSON tree (about 0.8 KB with its own"
            + " strings), its memo, two step records and a stored run of 19 fields, its wake-up in"
            + " the store and in the engine's queue, and its event's de-duplication key");
    if (Boolean.parseBoolean(a.getOrDefault("histogram", "false"))) {
      printHistogram(30);
    }
    engine.close();
  }

  /** Prints the first lines of the live-object class histogram (what the heap holds). */
  private static void printHistogram(int lines) {
    try {
      Object text =
          ManagementFactory.getPlatformMBeanServer()
              .invoke(
                  new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                  "gcClassHistogram",
                  new Object[] {new String[0]},
                  new String[] {String[].class.getName()});
      String[] rows = String.valueOf(text).split("\n");
      for (int i = 0; i < Math.min(lines, rows.length); i++) {
        System.out.println(rows[i]);
      }
    } catch (javax.management.JMException e) {
      System.out.println("no class histogram: " + e);
    }
  }

  /** Heap in use after full collections, once it stops shrinking. */
  static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return Math.min(used, now);
      }
      used = now;
    }
    return used;
  }
}
