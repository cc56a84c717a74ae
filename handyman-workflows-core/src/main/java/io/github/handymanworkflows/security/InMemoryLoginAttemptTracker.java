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

import io.github.handymanworkflows.domain.Page;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LoginAttemptTracker} in memory: the embedded default. It forgets failures older than its
 * retention (7 days unless given), measured back from the newest failure it has seen, so memory
 * stays bounded without reading a clock.
 */
public final class InMemoryLoginAttemptTracker implements LoginAttemptTracker {

  /** How long failures are kept by default. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

  private static final int PRUNE_EVERY = 1024;

  private final Duration retention;
  private final ConcurrentHashMap<String, List<Instant>> failures = new ConcurrentHashMap<>();
  private @Nullable Instant newest;
  private int writesSincePrune;

  /** A tracker that keeps failures for {@link #DEFAULT_RETENTION}. */
  @Inject
  public InMemoryLoginAttemptTracker() {
    this(DEFAULT_RETENTION);
  }

  /** A tracker that keeps failures for {@code retention}, which must be positive. */
  public InMemoryLoginAttemptTracker(Duration retention) {
    Objects.requireNonNull(retention, "retention must not be null");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive");
    }
    this.retention = retention;
  }

  @Override
  public synchronized void recordFailure(String userId, Instant at) {
    Objects.requireNonNull(userId, "userId must not be null");
    Objects.requireNonNull(at, "at must not be null");
    List<Instant> times = failures.computeIfAbsent(userId, id -> new ArrayList<>());
    times.add(at);
    if (newest == null || at.isAfter(newest)) {
      newest = at;
    }
    Instant cutoff = newest.minus(retention);
    times.removeIf(time -> time.isBefore(cutoff));
    if (++writesSincePrune >= PRUNE_EVERY) {
      writesSincePrune = 0;
      failures.values().forEach(list -> list.removeIf(time -> time.isBefore(cutoff)));
      failures.values().removeIf(List::isEmpty);
    }
  }

  @Override
  public synchronized long countFailures(String userId, Instant since) {
    Objects.requireNonNull(userId, "userId must not be null");
    Objects.requireNonNull(since, "since must not be null");
    List<Instant> times = failures.get(userId);
    return times == null ? 0 : times.stream().filter(time -> !time.isBefore(since)).count();
  }

  @Override
  public synchronized Page<FailedLogins> findUsersWithFailures(
      int threshold, Instant since, @Nullable String afterId, int limit) {
    Objects.requireNonNull(since, "since must not be null");
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1");
    }
    List<FailedLogins> matches = new ArrayList<>();
    for (Map.Entry<String, List<Instant>> entry : failures.entrySet()) {
      List<Instant> recent =
          entry.getValue().stream().filter(time -> !time.isBefore(since)).toList();
      if (recent.size() >= threshold) {
        Instant last = recent.stream().max(Instant::compareTo).orElseThrow();
        matches.add(new FailedLogins(entry.getKey(), recent.size(), last));
      }
    }
    return Page.slice(matches.stream(), FailedLogins::userId, afterId, limit);
  }

  @Override
  public synchronized void clear(String userId) {
    Objects.requireNonNull(userId, "userId must not be null");
    failures.remove(userId);
  }
}
