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
package io.github.handymanworkflows.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A transient failure that knows when a retry may succeed (a provider's rate limit, a maintenance
 * window). Reported on the Inngest wire as {@code RetryAfterError} with a {@code Retry-After}
 * header.
 */
public class RetryAfterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final @Nullable Duration delay;
  private final @Nullable Instant at;

  /** Retry after a delay. */
  public RetryAfterException(String message, Duration delay) {
    this(message, delay, null);
  }

  /** Retry after a delay, keeping the cause. */
  public RetryAfterException(String message, Duration delay, @Nullable Throwable cause) {
    super(message, cause);
    this.delay = Objects.requireNonNull(delay, "delay must not be null");
    this.at = null;
    if (delay.isNegative()) {
      throw new IllegalArgumentException("retry delay must not be negative");
    }
  }

  /** Retry at an instant. */
  public RetryAfterException(String message, Instant at) {
    super(message);
    this.delay = null;
    this.at = Objects.requireNonNull(at, "at must not be null");
  }

  /** The delay, when the retry time was given as a delay. */
  public @Nullable Duration delay() {
    return delay;
  }

  /** The instant, when the retry time was given as an instant. */
  public @Nullable Instant at() {
    return at;
  }
}
