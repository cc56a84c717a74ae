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
