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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when told to, for tests that advance days without waiting. */
public final class ManualClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /** A clock at an instant, in UTC. */
  public ManualClock(Instant start) {
    this(
        new AtomicReference<>(Objects.requireNonNull(start, "start must not be null")),
        ZoneOffset.UTC);
  }

  private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Sets the time; it may not go backwards. */
  public void set(Instant instant) {
    Objects.requireNonNull(instant, "instant must not be null");
    now.updateAndGet(
        current -> {
          if (instant.isBefore(current)) {
            throw new IllegalArgumentException(
                "a manual clock does not go backwards: " + instant + " is before " + current);
          }
          return instant;
        });
  }

  /** Moves the time forward. */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("cannot advance by a negative duration");
    }
    now.updateAndGet(current -> current.plus(duration));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new ManualClock(now, newZone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
