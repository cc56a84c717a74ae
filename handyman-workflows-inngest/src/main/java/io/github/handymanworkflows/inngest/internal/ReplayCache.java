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

import io.github.handymanworkflows.inngest.Signatures;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Remembers the signed requests seen within the signature window, so that a captured request cannot
 * be replayed while its timestamp is still accepted.
 *
 * <p>An entry expires when its signature's timestamp leaves the window ({@code t + 5 min}); after
 * that {@link Signatures} refuses the request anyway. The cache is bounded: when full of unexpired
 * entries it forgets the one closest to expiry and counts it in {@link #evictions()}. Thread-safe.
 */
public final class ReplayCache {

  /** The default bound: about 330 signed requests per second sustained over the window. */
  public static final int DEFAULT_CAPACITY = 200_000;

  private final Clock clock;
  private final int capacity;
  private final Map<String, Long> seen = new HashMap<>();
  private final PriorityQueue<Entry> byExpiry = new PriorityQueue<>();
  private long evictions;

  /**
   * Creates a cache.
   *
   * @param clock the clock the window is measured against (the one {@link Signatures} uses)
   * @param capacity the most requests remembered
   */
  public ReplayCache(Clock clock, int capacity) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  /**
   * Records a verified request.
   *
   * @param signature the verified signature
   * @param target what the request addresses beyond its body (method, function, step, probe): the
   *     signature covers only the body and the timestamp
   * @return true the first time, false for a replay
   */
  public synchronized boolean firstUse(Signatures.Verified signature, String target) {
    long now = clock.instant().getEpochSecond();
    while (!byExpiry.isEmpty() && byExpiry.peek().expiresAt < now) {
      Entry expired = byExpiry.poll();
      seen.remove(expired.key, expired.expiresAt);
    }
    String key = signature.timestamp() + ":" + signature.mac() + "\n" + target;
    if (seen.containsKey(key)) {
      return false;
    }
    if (seen.size() >= capacity) {
      Entry oldest = byExpiry.poll();
      if (oldest != null) {
        seen.remove(oldest.key);
        evictions++;
      }
    }
    long expiresAt = signature.timestamp() + Signatures.MAX_SKEW.getSeconds();
    seen.put(key, expiresAt);
    byExpiry.add(new Entry(key, expiresAt));
    return true;
  }

  /** How many unexpired entries were forgotten because the cache was full. */
  public synchronized long evictions() {
    return evictions;
  }

  private record Entry(String key, long expiresAt) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      return Long.compare(expiresAt, other.expiresAt);
    }
  }
}
