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
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.JobPosted;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pushes trigger events through a started embedded engine (in-process, no network) and prints
 * throughput, end-to-end latency percentiles and heap use. Not a JMH benchmark: one long run that
 * shows how the engine behaves as its run history grows.
 *
 * <p>Latency is measured from just before the {@code publish} call that carried the event to the
 * moment the run's final call gets past its last step (the engine marks the run completed
 * microseconds later, on the same thread).
 *
 * <p>Arguments, all optional, as {@code name=value}: {@code events} (100000), {@code workers} (2),
 * {@code batch} events per publish call (100), {@code outstanding} runs in flight before the driver
 * waits (2000), {@code rate} events per second to offer, 0 for as fast as {@code outstanding}
 * allows (0), {@code seconds} time limit (300), {@code warmup} events pushed through a throwaway
 * engine first so the JIT has compiled the hot paths (5000).
 */
public final class EngineLoadDriver {

  private final int events;
  private final int workers;
  private final int batch;
  private final int outstanding;
  private final int rate;
  private final Duration limit;
  private final long[] publishedAt;
  private final long[] completedAt;
  private final AtomicInteger completed = new AtomicInteger();
  private int sentCount;

  private EngineLoadDriver(
      int events, int workers, int batch, int outstanding, int rate, Duration limit) {
    this.events = events;
    this.workers = workers;
    this.batch = batch;
    this.outstanding = outstanding;
    this.rate = rate;
    this.limit = limit;
    this.publishedAt = new long[events];
    this.completedAt = new long[events];
  }

  /** Runs the driver; see the class comment for the arguments. */
  public static void main(String[] args) throws InterruptedException {
    int events = 100_000;
    int workers = 2;
    int batch = 100;
    int outstanding = 2_000;
    int rate = 0;
    int warmup = 5_000;
    int seconds = 300;
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("arguments are name=value, got: " + arg);
      }
      int value = Integer.parseInt(kv[1]);
      if (value < 0 || (value == 0 && !kv[0].equals("rate") && !kv[0].equals("warmup"))) {
        throw new IllegalArgumentException(kv[0] + " must be positive");
      }
      switch (kv[0]) {
        case "events" -> events = value;
        case "workers" -> workers = value;
        case "batch" -> batch = value;
        case "outstanding" -> outstanding = value;
        case "rate" -> rate = value;
        case "warmup" -> warmup = value;
        case "seconds" -> seconds = value;
        default -> throw new IllegalArgumentException("unknown argument: " + kv[0]);
      }
    }
    if (warmup > 0) {
      System.out.printf(Locale.ROOT, "warm-up: %,d events through a throwaway engine%n", warmup);
      new EngineLoadDriver(warmup, workers, batch, outstanding, 0, Duration.ofSeconds(60))
          .run(false);
    }
    new EngineLoadDriver(events, workers, batch, outstanding, rate, Duration.ofSeconds(seconds))
        .run(true);
  }

  private void run(boolean print) throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long heapBefore = heapAfterGc(memory);
    if (!print) {
      drive(start(), false);
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "engine load: %,d events, %d workers, batch %d, at most %,d outstanding, rate %s,"
            + " limit %ds%n",
        events,
        workers,
        batch,
        outstanding,
        rate == 0 ? "unpaced" : rate + "/s",
        limit.toSeconds());
    EmbeddedEngine engine = start();
    long start = drive(engine, true);
    report(start, sentCount, heapBefore, memory, engine.all().size());
    // The heap figure is meant to include the closed engine's run store.
    Reference.reachabilityFence(engine);
  }

  private EmbeddedEngine start() {
    EmbeddedEngine engine =
        EmbeddedEngine.builder()
            .registry(EventCatalogue.registry())
            .clock(Clock.systemUTC())
            .random(new Random(1))
            .function(Workflows.threeSteps(this::completed))
            .build();
    engine.start(workers);
    return engine;
  }

  /** Pushes the events and returns when the driving started, in nanos. */
  private long drive(EmbeddedEngine engine, boolean print) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    int sent = 0;
    int window = Math.max(1, events / 10);
    int nextReport = window;
    long windowStart = start;
    int windowCompleted = 0;
    try {
      while (completed.get() < events && System.nanoTime() < deadline) {
        if (sent < events && sent - completed.get() < outstanding && onSchedule(start, sent)) {
          int n = Math.min(batch, events - sent);
          List<Event<JobPosted>> chunk = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            chunk.add(Event.of(JobPosted.TYPE, Fixtures.jobPosted(sent + i)));
          }
          long now = System.nanoTime();
          Arrays.fill(publishedAt, sent, sent + n, now);
          engine.publish(chunk);
          sent += n;
        } else {
          Thread.sleep(1);
        }
        int done = completed.get();
        if (print && done >= nextReport) {
          long now = System.nanoTime();
          System.out.printf(
              Locale.ROOT,
              "  %,7d runs completed, %,8.0f runs/s in the last window%n",
              done,
              (done - windowCompleted) / ((now - windowStart) / 1e9));
          windowStart = now;
          windowCompleted = done;
          nextReport = done - done % window + window;
        }
      }
    } finally {
      engine.close();
      sentCount = sent;
    }
    return start;
  }

  private boolean onSchedule(long start, int sent) {
    return rate == 0 || sent < (System.nanoTime() - start) / 1e9 * rate;
  }

  private void completed(String jobId) {
    int n = Integer.parseInt(jobId.substring("job-".length()));
    completedAt[n] = System.nanoTime();
    completed.incrementAndGet();
  }

  private void report(long start, int sent, long heapBefore, MemoryMXBean memory, int retained) {
    int done = completed.get();
    long last = start;
    long[] latencies = new long[done];
    int k = 0;
    for (int i = 0; i < sent && k < done; i++) {
      if (completedAt[i] != 0) {
        latencies[k++] = completedAt[i] - publishedAt[i];
        last = Math.max(last, completedAt[i]);
      }
    }
    Arrays.sort(latencies, 0, k);
    double seconds = (last - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "published %,d, completed %,d in %.2f s: %,.0f runs/s (%,.0f events/s)%n",
        sent,
        done,
        seconds,
        done / seconds,
        done / seconds);
    if (k > 0) {
      System.out.printf(
          Locale.ROOT,
          "latency publish -> run completed: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
          percentile(latencies, k, 0.50),
          percentile(latencies, k, 0.90),
          percentile(latencies, k, 0.99),
          latencies[k - 1] / 1e6);
    }
    // The engine is closed but still reachable: its in-memory store keeps the recent ended runs.
    long heapAfter = heapAfterGc(memory);
    System.out.printf(
        Locale.ROOT,
        "heap used after GC: %,.1f MiB before, %,.1f MiB after; the store keeps %,d runs"
            + " (%,.0f bytes each)%n",
        heapBefore / 1048576.0,
        heapAfter / 1048576.0,
        retained,
        retained == 0 ? 0.0 : (heapAfter - heapBefore) / (double) retained);
    if (done < events) {
      System.out.printf(
          Locale.ROOT, "stopped at the time limit: %,d of %,d runs completed%n", done, events);
    }
  }

  private static double percentile(long[] sorted, int count, double p) {
    int index = (int) Math.min(count - 1, Math.ceil(p * count) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static long heapAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
