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

import io.github.handymanworkflows.engine.internal.WorkItem;
import io.github.handymanworkflows.engine.internal.WorkQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The started-mode driver: a scheduler thread hands due work to a fixed pool. Work at a concurrency
 * limit is parked, not polled again, until a call gives a slot back.
 */
final class Worker {

  private static final Logger LOGGER = LoggerFactory.getLogger(Worker.class);
  private static final long IDLE_WAIT_MILLIS = 1_000;

  private final ReentrantLock lock;
  private final Clock clock;
  private final WorkQueue queue;
  private final ConcurrencyLeases leases;
  private final Consumer<WorkItem> process;
  private final ExecutorService pool;
  private final Thread scheduler;
  private final List<WorkItem> blocked = new ArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean running = true;

  Worker(
      ReentrantLock lock,
      Clock clock,
      WorkQueue queue,
      ConcurrencyLeases leases,
      Consumer<WorkItem> process,
      int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("an engine needs at least one worker");
    }
    this.lock = lock;
    this.clock = clock;
    this.queue = queue;
    this.leases = leases;
    this.process = process;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "handyman-workflows-worker-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.scheduler = new Thread(this::loop, "handyman-workflows-scheduler");
    this.scheduler.setDaemon(true);
  }

  void start() {
    scheduler.start();
  }

  /** Calls running now; read under the engine lock for a consistent view with the queue. */
  int inFlight() {
    return inFlight.get();
  }

  /** Work waiting for a concurrency slot; read under the engine lock. */
  int blocked() {
    return blocked.size();
  }

  /** Forgets parked work; the lock is held (the engine lost its lease or rebuilds its caches). */
  void dropBlocked() {
    blocked.clear();
  }

  private void loop() {
    while (running) {
      try {
        dispatchDue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOGGER.error("engine scheduler error; continuing", e);
      }
    }
  }

  private void dispatchDue() throws InterruptedException {
    lock.lock();
    try {
      Instant now = clock.instant();
      Optional<WorkItem> item;
      while (running && (item = queue.pollDue(now)).isPresent()) {
        WorkItem work = item.get();
        List<ConcurrencyLeases.Slot> slots = leases.slotsFor(work);
        if (!leases.acquire(slots, holder(work, slots))) {
          // At a limit: parked until a call releases a slot (no polling meanwhile).
          blocked.add(work);
          continue;
        }
        inFlight.incrementAndGet();
        pool.execute(() -> runOne(work, slots));
      }
      long wait =
          queue
              .nextDue()
              .map(due -> Duration.between(clock.instant(), due).toMillis())
              .orElse(IDLE_WAIT_MILLIS);
      if (running && wait > 0) {
        queue.await(Math.min(wait, IDLE_WAIT_MILLIS));
      }
    } finally {
      lock.unlock();
    }
  }

  /** The lease holder's name of a work item; only built when the call takes a slot. */
  private static String holder(WorkItem work, List<ConcurrencyLeases.Slot> slots) {
    return slots.isEmpty() ? "" : work.key().toString();
  }

  private void runOne(WorkItem work, List<ConcurrencyLeases.Slot> slots) {
    try {
      process.accept(work);
    } catch (RuntimeException e) {
      LOGGER.error("work item {} failed in the engine", work.key(), e);
    } finally {
      lock.lock();
      try {
        // The slots this call took, not a fresh lookup: its run may be gone from the store.
        leases.release(slots, holder(work, slots));
        if (!slots.isEmpty()) {
          blocked.forEach(queue::restore);
          blocked.clear();
        }
        inFlight.decrementAndGet();
        queue.signal();
      } finally {
        lock.unlock();
      }
    }
  }

  /**
   * Stops dispatching and waits up to {@code grace} for calls in progress.
   *
   * @return how many calls were still running when the grace ran out
   */
  int shutdown(Duration grace) {
    running = false;
    queue.signal();
    pool.shutdown();
    int left = 0;
    try {
      scheduler.join(grace.toMillis());
      if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        left = inFlight.get();
        LOGGER.warn("engine workers did not finish within {}; {} calls still running", grace, left);
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lock.lock();
    try {
      // Parked work goes back to the queue so the shutdown report counts it.
      blocked.forEach(queue::restore);
      blocked.clear();
    } finally {
      lock.unlock();
    }
    return left;
  }
}
