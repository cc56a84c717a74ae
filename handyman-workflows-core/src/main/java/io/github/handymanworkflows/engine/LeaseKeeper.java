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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the engine's {@link EngineLease}: renews it every third of its ttl, tells the engine when
 * it gained the lease (to resume from the store) and when it lost it (to stop executing), and
 * answers whether the engine may execute now. A term ends two thirds of a ttl after the renewal
 * that began it, by this engine's clock, whether or not the loss was noticed yet.
 */
final class LeaseKeeper {

  private static final Logger LOGGER = LoggerFactory.getLogger(LeaseKeeper.class);

  /**
   * What the engine does when its term begins or ends; called with no lock held. Routing stops at
   * {@code routeUntil}, so the next renewal starts well within the term.
   */
  interface Listener {
    void acquired(Instant routeUntil);

    void lost();

    /** Each renewal while held: routes events other engines recorded. */
    void renewed(Instant routeUntil);
  }

  private final EngineLease lease;
  private final Clock clock;
  private final Duration term;
  private final Duration renewEvery;
  private final boolean always;
  private @Nullable Listener listener;
  private @Nullable ScheduledExecutorService renewer;
  private volatile boolean held;
  private volatile Instant validUntil = Instant.MIN;

  LeaseKeeper(EngineLease lease, Clock clock) {
    this.lease = lease;
    this.clock = clock;
    this.always = lease instanceof AlwaysHeldLease;
    Duration ttl = lease.ttl();
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("the engine lease's ttl must be positive");
    }
    this.term = ttl.multipliedBy(2).dividedBy(3);
    this.renewEvery = ttl.dividedBy(3);
    this.held = always;
  }

  void listener(Listener value) {
    this.listener = value;
  }

  /** Whether the lease is the trivial one: the engine executes from the start. */
  boolean always() {
    return always;
  }

  /** Whether the engine may execute now: it holds the lease and its term has not run out. */
  boolean held() {
    return always || (held && clock.instant().isBefore(validUntil));
  }

  /**
   * Renews or acquires once and reports a change of holding to the listener. Synchronized: the
   * renewal thread and a test driving {@code runDue} never interleave acquisitions.
   */
  synchronized void tick() {
    if (always) {
      return;
    }
    Instant asked = clock.instant();
    boolean holding;
    try {
      holding = lease.tryAcquire();
    } catch (RuntimeException e) {
      // Unreachable lease store: keep executing until the current term runs out, then stop.
      LOGGER.warn("engine lease could not be renewed: {}", e.toString());
      if (held && !clock.instant().isBefore(validUntil)) {
        lose("its term ran out while the lease could not be renewed");
      }
      return;
    }
    if (holding) {
      // A term that ran out before this renewal may have dropped work: start over from the store.
      boolean continuing = held && asked.isBefore(validUntil);
      validUntil = asked.plus(term);
      // Half a renewal interval for routing: the next renewal begins by half the ttl.
      Instant routeUntil = asked.plus(renewEvery.dividedBy(2));
      if (continuing) {
        listener().renewed(routeUntil);
      } else {
        held = true;
        LOGGER.info("engine lease acquired: this engine executes and resumes stored runs");
        listener().acquired(routeUntil);
      }
    } else if (held) {
      lose("another engine holds it");
    }
  }

  private void lose(String why) {
    held = false;
    LOGGER.warn("engine lease lost ({}): this engine stops executing", why);
    listener().lost();
  }

  private Listener listener() {
    if (listener == null) {
      throw new IllegalStateException("lease keeper has no listener");
    }
    return listener;
  }

  /** Acquires now and keeps renewing on a daemon thread until {@link #stop}. */
  synchronized void start() {
    if (always || renewer != null) {
      return;
    }
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "handyman-workflows-lease");
              thread.setDaemon(true);
              return thread;
            });
    renewer = executor;
    executor.scheduleWithFixedDelay(
        this::tickQuietly, 0, Math.max(1, renewEvery.toMillis()), TimeUnit.MILLISECONDS);
  }

  private void tickQuietly() {
    try {
      tick();
    } catch (RuntimeException e) {
      // Logged, never thrown: a thrown error would end the renewals.
      LOGGER.error("engine lease renewal failed", e);
    }
  }

  /** Stops renewing; gives the lease up when {@code release} and it is held. */
  void stop(boolean release) {
    ScheduledExecutorService executor;
    synchronized (this) {
      executor = renewer;
      renewer = null;
    }
    if (executor != null) {
      executor.shutdownNow();
      try {
        executor.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (this) {
      boolean wasHeld = held;
      held = always;
      if (release && wasHeld && !always) {
        try {
          lease.release();
        } catch (RuntimeException e) {
          LOGGER.warn("engine lease could not be released; it expires by itself: {}", e.toString());
        }
      }
    }
  }
}
