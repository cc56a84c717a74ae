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

import io.github.handymanworkflows.security.FailedLogins;
import io.github.handymanworkflows.security.LoginAttemptTracker;
import io.github.handymanworkflows.test.contract.LoginAttemptTrackerContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisLoginAttemptTrackerIT extends LoginAttemptTrackerContract {

  private final List<RedisConnection> connections = new ArrayList<>();
  private RedisConnection redis;

  @Override
  protected LoginAttemptTracker newRepository() {
    redis = SharedRedis.connection();
    connections.add(redis);
    return new RedisLoginAttemptTracker(redis);
  }

  @AfterEach
  void closeConnections() {
    connections.forEach(RedisConnection::close);
  }

  @Test
  void manyThreadsRecordingFailuresForOneUserAreCountedExactly() throws Exception {
    int threads = 16;
    int perThread = 250;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  go.await();
                  for (int i = 0; i < perThread; i++) {
                    // Many share an instant: two failures at the same instant count twice.
                    tracker.recordFailure("target", NOW.minusMillis((thread * perThread + i) % 7));
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(tracker.countFailures("target", NOW.minusSeconds(60)))
        .isEqualTo((long) threads * perThread);
    assertThat(tracker.findUsersWithFailures(1, NOW.minusSeconds(60), null, 10).items())
        .containsExactly(new FailedLogins("target", (long) threads * perThread, NOW));
  }

  @Test
  void failuresOlderThanTheRetentionArePrunedOnTheNextWrite() {
    RedisLoginAttemptTracker shortLived =
        new RedisLoginAttemptTracker(redis, Duration.ofDays(1), 100);
    shortLived.recordFailure("u-1", NOW.minus(Duration.ofDays(2)));
    shortLived.recordFailure("u-1", NOW);

    assertThat(SharedRedis.members(redis, "login:failures:u-1")).hasSize(1);
  }

  @Test
  void keepsAtMostTheCapPerUserDroppingTheOldest() {
    RedisLoginAttemptTracker capped = new RedisLoginAttemptTracker(redis, Duration.ofDays(7), 5);
    for (int i = 10; i > 0; i--) {
      capped.recordFailure("u-1", NOW.minusSeconds(i));
    }

    assertThat(capped.countFailures("u-1", NOW.minusSeconds(60))).isEqualTo(5);
    assertThat(capped.countFailures("u-1", NOW.minusSeconds(5))).isEqualTo(5);
  }

  @Test
  void everyKeyItWritesExpires() {
    tracker.recordFailure("u-1", NOW);
    tracker.recordFailure("u-2", NOW);

    List<String> keys = SharedRedis.keys(redis);
    assertThat(keys).hasSize(3);
    for (String key : keys) {
      assertThat(SharedRedis.pttl(redis, key.substring(redis.keyPrefix().length())))
          .as(key)
          .isBetween(1L, Duration.ofDays(7).toMillis());
    }
  }

  @Test
  void theScanForgetsUsersWhoseFailuresExpired() {
    tracker.recordFailure("gone", NOW);
    tracker.recordFailure("kept", NOW);
    SharedRedis.delete(redis, "login:failures:gone");

    assertThat(tracker.findUsersWithFailures(1, NOW.minusSeconds(1), null, 10).items())
        .extracting(FailedLogins::userId)
        .containsExactly("kept");
    assertThat(SharedRedis.members(redis, "login:users")).containsExactly("kept");
  }

  @Test
  void pagesAcrossMoreUsersThanOneScanBatch() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 450; i++) {
      String id = String.format("u-%04d", i);
      tracker.recordFailure(id, NOW);
      if (i % 3 == 0) {
        tracker.recordFailure(id, NOW);
        expected.add(id);
      }
    }

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      var page = tracker.findUsersWithFailures(2, NOW.minusSeconds(1), cursor, 40);
      page.items().forEach(f -> seen.add(f.userId()));
      cursor = page.nextCursor();
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void keepsTheExactInstantOfTheLastFailure() {
    Instant precise = Instant.parse("2026-11-26T05:59:59.123456789Z");
    tracker.recordFailure("u-1", precise);

    assertThat(tracker.findUsersWithFailures(1, precise.minusSeconds(1), null, 1).items())
        .containsExactly(new FailedLogins("u-1", 1, precise));
  }
}
