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
package io.github.handymanworkflows.resend;

import io.github.handymanworkflows.mail.MailDeliveryException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A send that may succeed later: Resend rate-limited it (429), failed (5xx), had the same key still
 * in flight (409 {@code concurrent_idempotent_requests}), the connection failed or timed out, or
 * the circuit breaker is open. {@link #retryAfter()} is Resend's {@code Retry-After} advice when it
 * gave one. Retrying is safe: the retry carries the same idempotency key, so Resend sends the email
 * at most once.
 */
public final class ResendDeliveryException extends MailDeliveryException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final @Nullable String errorName;

  /**
   * A transient failure.
   *
   * @param statusCode Resend's HTTP status, or 0 when no response arrived
   * @param errorName Resend's error name, if any
   * @param providerMessage Resend's (masked) message, if any
   * @param retryAfter Resend's advice on when to retry, if any
   */
  public ResendDeliveryException(
      String what,
      int statusCode,
      @Nullable String errorName,
      @Nullable String providerMessage,
      @Nullable Duration retryAfter,
      @Nullable Throwable cause) {
    super(describe(what, statusCode, errorName, providerMessage), cause, retryAfter);
    this.statusCode = statusCode;
    this.errorName = errorName;
  }

  /** The HTTP status, or 0 when no response arrived (connection refused, dropped, timed out). */
  public int statusCode() {
    return statusCode;
  }

  /** Resend's error name, for example {@code rate_limit_exceeded}, if the body had one. */
  public Optional<String> errorName() {
    return Optional.ofNullable(errorName);
  }

  static String describe(
      String what, int statusCode, @Nullable String errorName, @Nullable String message) {
    StringBuilder text = new StringBuilder(what);
    if (statusCode > 0) {
      text.append(": HTTP ").append(statusCode);
    }
    if (errorName != null) {
      text.append(' ').append(errorName);
    }
    if (message != null) {
      text.append(": ").append(message);
    }
    return text.toString();
  }
}
