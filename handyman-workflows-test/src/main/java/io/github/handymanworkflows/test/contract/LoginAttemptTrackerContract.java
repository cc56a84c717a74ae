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
package io.github.handymanworkflows.test.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.security.FailedLogins;
import io.github.handymanworkflows.security.LockoutPolicy;
import io.github.handymanworkflows.security.LoginAttemptTracker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The semantics every {@link LoginAttemptTracker} must have. Extend it and return an empty tracker
 * from {@link #newRepository()}; it must keep failures for at least a day.
 */
public abstract class LoginAttemptTrackerContract {

  /** A reference "now": 2026-11-26T06:00:00Z. */
  protected static final Instant NOW = Instant.parse("2026-11-26T06:00:00Z");

  private static final LockoutPolicy POLICY = LockoutPolicy.defaults();

  /** The tracker under test, fresh for each test. */
  protected LoginAttemptTracker tracker;

  /** An empty tracker; called before each test. */
  protected abstract LoginAttemptTracker newRepository();

  @BeforeEach
  void createTracker() {
    tracker = newRepository();
  }

  @Test
  void aUserWithoutFailuresHasNone() {
    assertThat(tracker.countFailures("u-1", NOW.minusSeconds(3600))).isZero();
  }

  @Test
  void countsFailuresAtOrAfterTheStartOfTheWindow() {
    Instant since = POLICY.windowStart(NOW);
    tracker.recordFailure("u-1", since.minusSeconds(1));
    tracker.recordFailure("u-1", since);
    tracker.recordFailure("u-1", NOW.minusSeconds(5));
    tracker.recordFailure("u-1", NOW.minusSeconds(5));

    assertThat(tracker.countFailures("u-1", since)).isEqualTo(3);
    assertThat(tracker.countFailures("u-1", since.minusSeconds(1))).isEqualTo(4);
  }

  @Test
  void failuresOfOneUserDoNotCountForAnother() {
    tracker.recordFailure("u-1", NOW);

    assertThat(tracker.countFailures("u-2", NOW.minusSeconds(60))).isZero();
  }

  @Test
  void findsUsersAtOrAboveTheThresholdInTheWindow() {
    Instant since = POLICY.windowStart(NOW);
    fail("at-threshold", 10, NOW.minusSeconds(60));
    fail("above", 12, NOW.minusSeconds(30));
    fail("below", 9, NOW.minusSeconds(60));
    fail("old", 20, since.minusSeconds(1));

    List<FailedLogins> found = tracker.findUsersWithFailures(10, since, null, 10).items();

    assertThat(found)
        .containsExactly(
            new FailedLogins("above", 12, NOW.minusSeconds(30)),
            new FailedLogins("at-threshold", 10, NOW.minusSeconds(60)));
  }

  @Test
  void pagingVisitsEverySuspiciousUserOnce() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      String id = "u-" + i;
      expected.add(id);
      fail(id, 3, NOW.minusSeconds(i));
    }

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Page<FailedLogins> page = tracker.findUsersWithFailures(3, NOW.minusSeconds(600), cursor, 2);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
      page.items().forEach(entry -> seen.add(entry.userId()));
      cursor = page.nextCursor();
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void clearForgetsAUsersFailures() {
    fail("u-1", 5, NOW);
    fail("u-2", 5, NOW);

    tracker.clear("u-1");

    assertThat(tracker.countFailures("u-1", NOW.minusSeconds(60))).isZero();
    assertThat(tracker.countFailures("u-2", NOW.minusSeconds(60))).isEqualTo(5);
    assertThat(tracker.findUsersWithFailures(1, NOW.minusSeconds(60), null, 10).items())
        .extracting(FailedLogins::userId)
        .containsExactly("u-2");
  }

  @Test
  void concurrentFailuresAreAllCounted() throws Exception {
    Race.run(
        8,
        i -> {
          for (int j = 0; j < 25; j++) {
            tracker.recordFailure("u-1", NOW.minusSeconds(j));
          }
          return i;
        });

    assertThat(tracker.countFailures("u-1", NOW.minusSeconds(3600))).isEqualTo(200);
  }

  private void fail(String userId, int times, Instant at) {
    for (int i = 0; i < times; i++) {
      tracker.recordFailure(userId, at);
    }
  }
}
