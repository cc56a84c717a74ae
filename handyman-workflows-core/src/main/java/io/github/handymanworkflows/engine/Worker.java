package io.github.handymanworkflows.engine;

import io.github.handymanworkflows.engine.internal.WorkItem;
import io.github.handymanworkflows.engine.internal.WorkQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The production driver: a scheduler thread that hands due work to a fixed pool. */
final class Worker {

  private static final Logger LOGGER = LoggerFactory.getLogger(Worker.class);
  private static final long IDLE_WAIT_MILLIS = 1_000;

  private final EmbeddedEngine engine;
  private final WorkQueue queue;
  private final ExecutorService pool;
  private final Thread scheduler;
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean running = true;

  Worker(EmbeddedEngine engine, WorkQueue queue, int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("an engine needs at least one worker");
    }
    this.engine = engine;
    this.queue = queue;
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

  int inFlight() {
    return inFlight.get();
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
    List<WorkItem> blocked = new ArrayList<>();
    engine.lock().lock();
    try {
      Instant now = engine.clock().instant();
      Optional<WorkItem> item;
      while (running && (item = queue.pollDue(now)).isPresent()) {
        WorkItem work = item.get();
        if (!engine.acquire(work)) {
          // At the concurrency limit: keep it queued; a finishing call signals the queue.
          blocked.add(work);
          continue;
        }
        inFlight.incrementAndGet();
        pool.execute(() -> runOne(work));
      }
      blocked.forEach(queue::putBack);
      long wait =
          queue
              .nextDue()
              .map(due -> Duration.between(engine.clock().instant(), due).toMillis())
              .orElse(IDLE_WAIT_MILLIS);
      if (!blocked.isEmpty()) {
        wait = Math.min(wait, 50);
      }
      if (running && wait > 0) {
        queue.await(Math.min(wait, IDLE_WAIT_MILLIS));
      }
    } finally {
      engine.lock().unlock();
    }
  }

  private void runOne(WorkItem work) {
    try {
      engine.process(work);
    } catch (RuntimeException e) {
      LOGGER.error("work item {} of run {} failed in the engine", work.kind(), work.runId(), e);
    } finally {
      engine.lock().lock();
      try {
        engine.release(work);
      } finally {
        engine.lock().unlock();
      }
      inFlight.decrementAndGet();
      queue.signal();
    }
  }

  void shutdown(Duration grace) {
    running = false;
    queue.signal();
    scheduler.interrupt();
    pool.shutdown();
    try {
      if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        LOGGER.warn(
            "engine workers did not finish within {}; {} calls still running",
            grace,
            inFlight.get());
        pool.shutdownNow();
      }
      scheduler.join(grace.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
