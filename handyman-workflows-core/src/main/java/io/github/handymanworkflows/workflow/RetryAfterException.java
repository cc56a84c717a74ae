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
