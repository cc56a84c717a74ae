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
package io.github.handymanworkflows.inngest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.inngest.Signatures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReplayCacheTest {

  private static final long T = 1_767_225_600L;
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.ofEpochSecond(T));
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  private static Signatures.Verified signature(long t, String mac) {
    return new Signatures.Verified("key", t, mac);
  }

  @Test
  void refusesTheSameSignatureForTheSameTargetAndAcceptsItForAnother() {
    ReplayCache cache = new ReplayCache(clock, 10);
    assertThat(cache.firstUse(signature(T, "aa"), "fnId=a stepId=step")).isTrue();
    assertThat(cache.firstUse(signature(T, "aa"), "fnId=a stepId=step")).isFalse();
    // Parallel steps: the server may sign identical bodies in one second for different steps.
    assertThat(cache.firstUse(signature(T, "aa"), "fnId=a stepId=other")).isTrue();
  }

  @Test
  void forgetsEntriesOnceTheirTimestampLeavesTheWindow() {
    ReplayCache cache = new ReplayCache(clock, 1);
    assertThat(cache.firstUse(signature(T, "aa"), "x")).isTrue();
    now.set(Instant.ofEpochSecond(T + Signatures.MAX_SKEW.getSeconds() + 1));
    // The expired entry makes room: no eviction of a live one.
    assertThat(cache.firstUse(signature(T + 300, "bb"), "x")).isTrue();
    assertThat(cache.evictions()).isZero();
  }

  @Test
  void whenFullOfLiveEntriesForgetsTheOneClosestToExpiryAndCountsIt() {
    ReplayCache cache = new ReplayCache(clock, 2);
    assertThat(cache.firstUse(signature(T - 100, "old"), "x")).isTrue();
    assertThat(cache.firstUse(signature(T, "mid"), "x")).isTrue();
    assertThat(cache.firstUse(signature(T + 10, "new"), "x")).isTrue();
    assertThat(cache.evictions()).isEqualTo(1);
    assertThat(cache.firstUse(signature(T, "mid"), "x")).isFalse();
    assertThat(cache.firstUse(signature(T + 10, "new"), "x")).isFalse();
  }
}
