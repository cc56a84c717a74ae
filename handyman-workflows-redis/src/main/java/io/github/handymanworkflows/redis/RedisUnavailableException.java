package io.github.handymanworkflows.redis;

import io.github.handymanworkflows.workflow.RetryHint;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Redis could not be reached, the connection was lost, or a command timed out. The call failed fast
 * and changed nothing that a retry would count twice; retrying once Redis is back can succeed, so
 * the engines retry the step with their backoff.
 *
 * <p>The message names the operation, never the URI, a password or a key's personal data.
 */
public class RedisUnavailableException extends RuntimeException implements RetryHint {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation what was attempted, for example {@code record a failed login}
   * @param cause the driver's exception
   */
  public RedisUnavailableException(String operation, @Nullable Throwable cause) {
    super(
        "Redis is unavailable: could not "
            + operation
            + (cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")"),
        cause);
  }

  /** No advice: the engine's own backoff applies. */
  @Override
  public Optional<Duration> retryAfter() {
    return Optional.empty();
  }
}
