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

import io.github.handymanworkflows.mail.MailRejectedException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Resend refused an email for good: a 4xx other than 429 (and other than the 409 that says the same
 * key is still in flight). Carries Resend's status, error name (for example {@code
 * validation_error}, {@code invalid_api_key}) and message, with addresses masked. Not retried.
 */
public final class ResendRejectedException extends MailRejectedException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final @Nullable String errorName;
  private final @Nullable String providerMessage;

  /** A refusal with Resend's status, error name and (masked) message. */
  public ResendRejectedException(
      String what, int statusCode, @Nullable String errorName, @Nullable String providerMessage) {
    super(ResendDeliveryException.describe(what, statusCode, errorName, providerMessage));
    this.statusCode = statusCode;
    this.errorName = errorName;
    this.providerMessage = providerMessage;
  }

  /** The HTTP status Resend answered with. */
  public int statusCode() {
    return statusCode;
  }

  /** Resend's error name, for example {@code validation_error}, if the body had one. */
  public Optional<String> errorName() {
    return Optional.ofNullable(errorName);
  }

  /** Resend's explanation, addresses masked, if the body had one. */
  public Optional<String> providerMessage() {
    return Optional.ofNullable(providerMessage);
  }
}
