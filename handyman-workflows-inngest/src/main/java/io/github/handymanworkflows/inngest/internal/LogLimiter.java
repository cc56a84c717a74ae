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

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Lets one log line through per interval, so that requests anyone can send (unsigned calls,
 * replays) cannot flood the log. Thread-safe.
 */
public final class LogLimiter {

  private final Clock clock;
  private final long intervalMillis;
  private long nextAllowed = Long.MIN_VALUE;
  private long suppressed;

  /** Allows one line per {@code interval} measured on {@code clock}. */
  public LogLimiter(Clock clock, Duration interval) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.intervalMillis = Objects.requireNonNull(interval, "interval must not be null").toMillis();
  }

  /**
   * Whether to log now.
   *
   * @return the number of lines suppressed since the last one logged, or empty to suppress this one
   */
  public synchronized OptionalLong permit() {
    long now = clock.millis();
    if (now < nextAllowed) {
      suppressed++;
      return OptionalLong.empty();
    }
    nextAllowed = now + intervalMillis;
    long count = suppressed;
    suppressed = 0;
    return OptionalLong.of(count);
  }
}
