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
package io.github.handymanworkflows.execution;

import io.github.handymanworkflows.internal.time.TimeStrings;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a failed request may be retried: a delay or an instant.
 *
 * @param delay the delay, or null
 * @param at the instant, or null
 */
public record RetryAfter(@Nullable Duration delay, @Nullable Instant at) {

  /** Exactly one of the two must be set. */
  public RetryAfter {
    if ((delay == null) == (at == null)) {
      throw new IllegalArgumentException("exactly one of delay and at must be set");
    }
  }

  /** How long to wait from {@code now}; never negative. */
  public Duration delayFrom(Instant now) {
    Duration d = delay != null ? delay : Duration.between(now, Objects.requireNonNull(at));
    return d.isNegative() ? Duration.ZERO : d;
  }

  /**
   * The {@code Retry-After} header value: whole seconds (rounded up) for a delay, RFC 3339 for an
   * instant.
   */
  public String headerValue() {
    if (delay != null) {
      long seconds = delay.getSeconds() + (delay.getNano() > 0 ? 1 : 0);
      return Long.toString(Math.max(0, seconds));
    }
    return TimeStrings.formatInstant(at);
  }
}
