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

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The one lockout policy, shared by login, security monitoring and the account-locked e-mail (the
 * original had three different ones, §8 C.17).
 *
 * <p>Defaults: {@value #DEFAULT_MAX_FAILURES} failures within 1 hour lock the account for 24 hours.
 *
 * @param maxFailures failed logins within {@code window} that lock the account, at least 1
 * @param window how far back failures count, positive
 * @param lockDuration how long a lock lasts, positive; the e-mail states the resulting unlock time
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration lockDuration) {

  /** Failures within the window that lock an account by default. */
  public static final int DEFAULT_MAX_FAILURES = 10;

  /** Validates the fields. */
  public LockoutPolicy {
    Objects.requireNonNull(window, "window must not be null");
    Objects.requireNonNull(lockDuration, "lockDuration must not be null");
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1");
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive");
    }
    if (lockDuration.isNegative() || lockDuration.isZero()) {
      throw new IllegalArgumentException("lockDuration must be positive");
    }
  }

  /** 10 failures within 1 hour lock for 24 hours. */
  public static LockoutPolicy defaults() {
    return new LockoutPolicy(DEFAULT_MAX_FAILURES, Duration.ofHours(1), Duration.ofHours(24));
  }

  /** The first instant whose failures still count at {@code now}. */
  public Instant windowStart(Instant now) {
    return now.minus(window);
  }

  /** Whether this many failures within the window lock the account. */
  public boolean shouldLock(long failuresInWindow) {
    return failuresInWindow >= maxFailures;
  }

  /** When a lock taken at {@code lockedAt} ends. */
  public Instant lockedUntil(Instant lockedAt) {
    return lockedAt.plus(lockDuration);
  }
}
