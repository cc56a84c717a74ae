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
package io.github.handymanworkflows.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

  private static final Instant NOW = Instant.parse("2026-11-26T06:00:00Z");

  @Test
  void defaultsLockForADayAfterTenFailuresInAnHour() {
    LockoutPolicy policy = LockoutPolicy.defaults();

    assertThat(policy.shouldLock(9)).isFalse();
    assertThat(policy.shouldLock(10)).isTrue();
    assertThat(policy.windowStart(NOW)).isEqualTo(NOW.minus(Duration.ofHours(1)));
    assertThat(policy.lockedUntil(NOW)).isEqualTo(NOW.plus(Duration.ofHours(24)));
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofHours(1), Duration.ofHours(1)))
        .hasMessageContaining("maxFailures");
    assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ZERO, Duration.ofHours(1)))
        .hasMessageContaining("window");
  }

  @Test
  void theInMemoryTrackerForgetsFailuresOlderThanItsRetention() {
    InMemoryLoginAttemptTracker tracker = new InMemoryLoginAttemptTracker(Duration.ofHours(2));
    tracker.recordFailure("u-1", NOW.minus(Duration.ofHours(3)));
    tracker.recordFailure("u-1", NOW);

    assertThat(tracker.countFailures("u-1", Instant.EPOCH)).isEqualTo(1);
  }
}
