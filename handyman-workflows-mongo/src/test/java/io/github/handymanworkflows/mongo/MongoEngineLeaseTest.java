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
package io.github.handymanworkflows.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.store.StoredRun;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoEngineLeaseTest {

  private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
  private static final Duration TTL = Duration.ofSeconds(30);

  private static InJvmMongo mongo;
  private MongoStorage storage;
  private final ManualClock clock = new ManualClock(NOW);

  @BeforeAll
  static void startServer() {
    mongo = new InJvmMongo();
  }

  @AfterAll
  static void stopServer() {
    mongo.close();
  }

  @BeforeEach
  void freshDatabase() {
    storage = mongo.storage();
  }

  @Test
  void oneInstanceHoldsTheLeaseUntilItExpires() {
    MongoEngineLease a = storage.engineLease("a", TTL, clock);
    MongoEngineLease b = storage.engineLease("b", TTL, clock);

    assertThat(a.tryAcquire()).isTrue();
    assertThat(b.tryAcquire()).isFalse();
    assertThat(a.fencingToken()).isEqualTo(1);
    assertThat(b.fencingToken()).isZero();

    clock.advance(TTL.minusSeconds(1));
    assertThat(a.tryAcquire()).as("renewal keeps the token").isTrue();
    assertThat(a.fencingToken()).isEqualTo(1);
    clock.advance(TTL.minusSeconds(1));
    assertThat(b.tryAcquire()).as("renewed, so still held").isFalse();
  }

  @Test
  void anExpiredLeaseIsTakenOverWithANewerTokenAndTheFormerHolderLosesIt() {
    MongoEngineLease a = storage.engineLease("a", TTL, clock);
    MongoEngineLease b = storage.engineLease("b", TTL, clock);
    a.tryAcquire();

    clock.advance(TTL);

    assertThat(b.tryAcquire()).isTrue();
    assertThat(b.fencingToken()).isEqualTo(2);
    assertThat(a.tryAcquire()).isFalse();
    assertThat(a.fencingToken()).isZero();
  }

  @Test
  void aReleasedLeaseIsFreeAtOnce() {
    MongoEngineLease a = storage.engineLease("a", TTL, clock);
    MongoEngineLease b = storage.engineLease("b", TTL, clock);
    a.tryAcquire();

    a.release();

    assertThat(b.tryAcquire()).isTrue();
  }

  @Test
  void aStaleHolderCannotOverwriteARunItsSuccessorWrote() {
    MongoEngineLease a = storage.engineLease("a", TTL, clock);
    MongoEngineLease b = storage.engineLease("b", TTL, clock);
    a.tryAcquire();
    long staleToken = a.fencingToken();
    MongoEngineStore staleStore = storage.engineStore(() -> staleToken);
    MongoEngineStore successorStore = storage.engineStore(b::fencingToken);
    StoredRun v1 = run(1);
    assertThat(staleStore.createRun(v1)).isTrue();

    // a pauses past its lease; b takes over and moves the run on.
    clock.advance(TTL);
    assertThat(b.tryAcquire()).isTrue();
    assertThat(successorStore.replaceRun(1, run(2))).isTrue();

    // a wakes up and writes what it believes is the next version.
    assertThatThrownBy(() -> staleStore.replaceRun(2, run(3)))
        .isInstanceOf(MongoFencedOutException.class);
    assertThat(successorStore.findRun("r-1")).contains(run(2));
  }

  @Test
  void aStaleHolderCannotMoveACronItsSuccessorSaved() {
    MongoEngineStore stale = storage.engineStore(() -> 1L);
    MongoEngineStore successor = storage.engineStore(() -> 2L);
    stale.saveNextCronFire("digest#0", NOW);
    successor.saveNextCronFire("digest#0", NOW.plusSeconds(60));

    assertThatThrownBy(() -> stale.saveNextCronFire("digest#0", NOW.plusSeconds(1)))
        .isInstanceOf(MongoFencedOutException.class);
    assertThat(successor.nextCronFire("digest#0")).contains(NOW.plusSeconds(60));
  }

  @Test
  void ofInstancesRacingForAFreeLeaseExactlyOneWins() throws Exception {
    int instances = 8;
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        MongoEngineLease lease = storage.engineLease("i-" + i, TTL, clock);
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  return lease.tryAcquire();
                }));
      }
      go.countDown();
      long winners = 0;
      for (Future<Boolean> result : results) {
        winners += result.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private static StoredRun run(long version) {
    return new StoredRun(
        "r-1",
        "welcome",
        version,
        RunStatus.RUNNING,
        List.of(JsonNodeFactory.instance.objectNode().put("name", "auth/user.registered")),
        NOW,
        null,
        Map.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of("v" + version),
        false,
        null,
        null,
        null,
        null,
        List.of(),
        List.of());
  }
}
