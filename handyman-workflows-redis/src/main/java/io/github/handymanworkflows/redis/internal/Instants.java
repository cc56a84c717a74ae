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
package io.github.handymanworkflows.redis.internal;

import java.time.Instant;

/**
 * Instants as Redis values: sorted-set scores in microseconds since the epoch (exact in a double
 * until the year 2255), and strings that round-trip to the nanosecond.
 */
public final class Instants {

  private Instants() {}

  /** Microseconds since the epoch, rounded down: a sorted-set score. */
  public static long micros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
  }

  /** {@code seconds:nanos}, exact. */
  public static String encode(Instant instant) {
    return instant.getEpochSecond() + ":" + instant.getNano();
  }

  /** Reads {@link #encode} (and anything after a third colon is ignored). */
  public static Instant decode(String text) {
    int colon = text.indexOf(':');
    int end = text.indexOf(':', colon + 1);
    if (colon < 0) {
      throw new IllegalArgumentException("not an encoded instant");
    }
    long seconds = Long.parseLong(text.substring(0, colon));
    long nanos =
        Long.parseLong(end < 0 ? text.substring(colon + 1) : text.substring(colon + 1, end));
    return Instant.ofEpochSecond(seconds, nanos);
  }
}
