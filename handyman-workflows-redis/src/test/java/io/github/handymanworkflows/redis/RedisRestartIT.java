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
package io.github.handymanworkflows.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.health.ProbeResult;
import io.github.handymanworkflows.security.FailedLogins;
import io.github.handymanworkflows.security.LockoutPolicy;
import io.github.handymanworkflows.session.SessionRecord;
import io.github.handymanworkflows.test.redis.LocalRedisServer;
import io.github.handymanworkflows.workflow.RetryHint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis stops and comes back (with its data, as a production Redis with persistence does) while the
 * adapters are in use: calls fail fast and retriably meanwhile, the probe reports it, and
 * afterwards everything works again without a new connection, nothing counted twice and no lockout
 * lost.
 */
class RedisRestartIT {

  private static final Instant NOW = Instant.parse("2026-11-26T06:00:00Z");
  private static final LockoutPolicy POLICY =
      new LockoutPolicy(5, Duration.ofHours(1), Duration.ofHours(24));

  private LocalRedisServer server;
  private RedisConnection redis;
  private RedisLoginAttemptTracker tracker;
  private RedisHealthProbe probe;

  @BeforeEach
  void start() {
    server = LocalRedisServer.builder().persistent().start();
    redis = RedisConnection.connect(RedisSettings.of(server.uri()));
    tracker = new RedisLoginAttemptTracker(redis);
    probe = new RedisHealthProbe(redis, Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    redis.close();
    server.close();
  }

  @Test
  void recoversAfterARestartWithNothingDoubleCountedAndNoLockoutLost() {
    RedisSessionRepository sessions =
        new RedisSessionRepository(redis, Clock.fixed(NOW, ZoneOffset.UTC));
    SessionRecord session =
        new SessionRecord("s-1", "victim", NOW.minusSeconds(60), NOW.plusSeconds(3600), NOW);
    sessions.save(session);
    for (int i = 0; i < POLICY.maxFailures(); i++) {
      tracker.recordFailure("victim", NOW.minusSeconds(i));
    }
    tracker.recordFailure("bystander", NOW);
    assertThat(POLICY.shouldLock(tracker.countFailures("victim", POLICY.windowStart(NOW))))
        .isTrue();

    server.stop();

    assertThatThrownBy(() -> tracker.recordFailure("victim", NOW))
        .isInstanceOf(RedisUnavailableException.class)
        .isInstanceOf(RetryHint.class)
        .hasMessageNotContaining(server.uri());
    assertThatThrownBy(() -> tracker.countFailures("victim", POLICY.windowStart(NOW)))
        .isInstanceOf(RedisUnavailableException.class);
    assertThatThrownBy(() -> sessions.find("s-1")).isInstanceOf(RedisUnavailableException.class);
    ProbeResult down = probe.check();
    assertThat(down.status()).isEqualTo(HealthStatus.DOWN);
    assertThat(down.detail()).isEqualTo("RedisUnavailableException");

    server.restart();
    await(() -> probe.check().status() == HealthStatus.UP);

    // The failure attempted while Redis was down was refused, not stored: still exactly five.
    assertThat(tracker.countFailures("victim", POLICY.windowStart(NOW)))
        .isEqualTo(POLICY.maxFailures());
    assertThat(POLICY.shouldLock(tracker.countFailures("victim", POLICY.windowStart(NOW))))
        .isTrue();
    assertThat(tracker.countFailures("bystander", POLICY.windowStart(NOW))).isEqualTo(1);
    assertThat(sessions.find("s-1")).contains(session);

    tracker.recordFailure("victim", NOW);
    assertThat(
            tracker
                .findUsersWithFailures(POLICY.maxFailures(), POLICY.windowStart(NOW), null, 10)
                .items())
        .containsExactly(new FailedLogins("victim", POLICY.maxFailures() + 1L, NOW));
  }

  /**
   * Threads record failures while Redis stops and restarts. Every call has its own instant, so the
   * store can be checked call by call: each acknowledged failure is stored exactly once, each
   * refused one not at all, and one that was in flight when the connection broke at most once.
   */
  @Test
  void failuresRecordedWhileRedisRestartsAreEachStoredOnceOrNotAtAllAsReported() throws Exception {
    int threads = 8;
    AtomicLong calls = new AtomicLong();
    Map<Long, Outcome> outcomes = new ConcurrentHashMap<>();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch warmedUp = new CountDownLatch(threads);
    List<Future<?>> workers = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  int done = 0;
                  while (running.get()) {
                    long call = calls.incrementAndGet();
                    try {
                      tracker.recordFailure("victim", instantOf(call));
                      outcomes.put(call, Outcome.STORED);
                    } catch (RedisUnavailableException e) {
                      outcomes.put(call, e.outcomeUnknown() ? Outcome.UNKNOWN : Outcome.REFUSED);
                    }
                    if (++done == 20) {
                      warmedUp.countDown();
                    }
                  }
                  return null;
                }));
      }
      warmedUp.await();
      server.stop();
      await(() -> outcomes.values().stream().filter(o -> o == Outcome.REFUSED).count() > threads);
      server.restart();
      long storedBefore = count(outcomes, Outcome.STORED);
      await(() -> count(outcomes, Outcome.STORED) > storedBefore + 100);
      running.set(false);
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      running.set(false);
      pool.shutdownNow();
    }

    long unknownStored = 0;
    for (Map.Entry<Long, Outcome> entry : outcomes.entrySet()) {
      Instant at = instantOf(entry.getKey());
      long stored =
          tracker.countFailures("victim", at) - tracker.countFailures("victim", at.plusNanos(1000));
      switch (entry.getValue()) {
        case STORED -> assertThat(stored).as("acknowledged call %s", entry.getKey()).isEqualTo(1);
        case REFUSED -> assertThat(stored).as("refused call %s", entry.getKey()).isZero();
        case UNKNOWN -> {
          assertThat(stored).as("in-flight call %s", entry.getKey()).isBetween(0L, 1L);
          unknownStored += stored;
        }
      }
    }
    assertThat(count(outcomes, Outcome.REFUSED)).isPositive();
    assertThat(tracker.countFailures("victim", instantOf(calls.get())))
        .isEqualTo(count(outcomes, Outcome.STORED) + unknownStored);
  }

  private enum Outcome {
    STORED,
    REFUSED,
    UNKNOWN
  }

  /** A distinct instant per call, a microsecond apart (the tracker's resolution). */
  private static Instant instantOf(long call) {
    return NOW.minusNanos(call * 1000);
  }

  private static long count(Map<Long, Outcome> outcomes, Outcome outcome) {
    return outcomes.values().stream().filter(o -> o == outcome).count();
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 60 seconds");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }
}
