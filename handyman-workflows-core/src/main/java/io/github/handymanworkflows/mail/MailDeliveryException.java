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
package io.github.handymanworkflows.mail;

import io.github.handymanworkflows.workflow.RetryHint;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A transient delivery failure: the provider was unreachable, failed (5xx) or is rate limiting.
 * Retrying later can succeed, so the engine retries the step, after {@link #retryAfter()} when the
 * provider said how long to wait.
 *
 * <p>Messages must not contain addresses, bodies or secrets.
 */
public class MailDeliveryException extends RuntimeException implements RetryHint {
  private static final long serialVersionUID = 1L;

  private final @Nullable Duration retryAfter;

  /** A transient failure with no advice on when to retry. */
  public MailDeliveryException(String message, @Nullable Throwable cause) {
    this(message, cause, null);
  }

  /** A transient failure; {@code retryAfter} is the provider's advice, for example from a 429. */
  public MailDeliveryException(
      String message, @Nullable Throwable cause, @Nullable Duration retryAfter) {
    super(message, cause);
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
    this.retryAfter = retryAfter;
  }

  /** How long the provider asked us to wait before trying again, if it said. */
  @Override
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
