package io.github.handymanworkflows.workflow;

import java.time.Duration;
import java.util.Optional;

/**
 * Implemented by transient exceptions that carry a provider's advice on when to retry (a 429's
 * {@code Retry-After}). The engines retry after that delay instead of their own backoff.
 */
public interface RetryHint {

  /** The advised delay, if the provider gave one. */
  Optional<Duration> retryAfter();
}
