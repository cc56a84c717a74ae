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
package io.github.handymanworkflows.redis;

import io.github.handymanworkflows.workflow.RetryHint;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Redis could not be reached, the connection was lost, or a command timed out. The call failed
 * fast; retrying once Redis is back can succeed, so the engines retry the step with their backoff.
 *
 * <p>{@link #outcomeUnknown()} tells the two cases apart: a command that was never sent (Redis was
 * already known to be down) changed nothing; a command that was in flight when the connection
 * broke, or timed out, may have been applied by Redis before it went away.
 *
 * <p>The message names the operation, never the URI, a password or a key's personal data.
 */
public class RedisUnavailableException extends RuntimeException implements RetryHint {
  private static final long serialVersionUID = 1L;

  private final boolean outcomeUnknown;

  /**
   * Creates the exception.
   *
   * @param operation what was attempted, for example {@code record a failed login}
   * @param cause the driver's exception
   * @param outcomeUnknown whether the command may have been applied
   */
  public RedisUnavailableException(
      String operation, @Nullable Throwable cause, boolean outcomeUnknown) {
    super(
        "Redis is unavailable: could not "
            + operation
            + (outcomeUnknown ? " (outcome unknown" : " (not applied")
            + (cause == null ? "" : ", " + cause.getClass().getSimpleName())
            + ")",
        cause);
    this.outcomeUnknown = outcomeUnknown;
  }

  /**
   * Whether the command may have been applied: it was sent, and the connection broke or the timeout
   * passed before the answer came. {@code false} means Redis never received it.
   */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  /** No advice: the engine's own backoff applies. */
  @Override
  public Optional<Duration> retryAfter() {
    return Optional.empty();
  }
}
