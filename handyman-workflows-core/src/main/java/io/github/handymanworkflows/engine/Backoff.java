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

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * Exponential backoff with jitter for retries: {@code initial × multiplier^attempt}, capped at
 * {@code max}, plus up to {@code jitter} of it at random, so that many failing runs do not retry in
 * lockstep.
 *
 * @param initial the delay before the first retry
 * @param multiplier growth per attempt, at least 1
 * @param max the largest delay
 * @param jitter the random share added, 0 to 1
 */
public record Backoff(Duration initial, double multiplier, Duration max, double jitter) {

  /** Defaults: 1 s, doubling, at most 10 minutes, up to 20 % jitter. */
  public static final Backoff DEFAULT =
      new Backoff(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(10), 0.2);

  /** Validates the parameters. */
  public Backoff {
    Objects.requireNonNull(initial, "initial must not be null");
    Objects.requireNonNull(max, "max must not be null");
    if (initial.isNegative() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("backoff needs 0 <= initial <= max");
    }
    if (multiplier < 1) {
      throw new IllegalArgumentException("backoff multiplier must be at least 1");
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("backoff jitter must be between 0 and 1");
    }
  }

  /** The delay before retry number {@code attempt + 1}, after 0-based {@code attempt} failed. */
  public Duration delay(int attempt, Random random) {
    double base = initial.toMillis() * Math.pow(multiplier, attempt);
    double capped = Math.min(base, max.toMillis());
    double withJitter = capped * (1 + jitter * random.nextDouble());
    return Duration.ofMillis((long) Math.min(withJitter, max.toMillis() * (1 + jitter)));
  }
}
