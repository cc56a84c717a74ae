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

import io.github.handymanworkflows.internal.Masking;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An email address with an optional display name.
 *
 * <p>{@link #toString()} masks the address, so an {@code Address} can appear in logs and exception
 * messages without leaking who it belongs to.
 *
 * @param email the address, {@code local@domain}; no spaces, angle brackets or line breaks
 * @param displayName the name shown next to the address, or {@code null}
 */
public record Address(String email, @Nullable String displayName) {

  // Deliberately loose: the provider is the authority on deliverability. This only keeps out values
  // that could break headers or are plainly not addresses.
  private static final Pattern EMAIL =
      Pattern.compile(
          "[^\\s@<>()\\[\\],;:\"\\\\]+@[^\\s@<>()\\[\\],;:\"\\\\]+\\.[^\\s@<>()\\[\\],;:\"\\\\]+");
  private static final int MAX_EMAIL_LENGTH = 320;
  private static final int MAX_NAME_LENGTH = 200;

  /** Validates both parts. */
  public Address {
    validate(email, displayName, "address");
  }

  /** An address without a display name. */
  public static Address of(String email) {
    return new Address(email, null);
  }

  /** An address with a display name. */
  public static Address of(String email, String displayName) {
    return new Address(email, displayName);
  }

  /** The display name, if any. */
  public Optional<String> name() {
    return Optional.ofNullable(displayName);
  }

  /** The address with the local part masked, for logs: {@code a***@example.com}. */
  public String masked() {
    return Masking.email(email);
  }

  @Override
  public String toString() {
    return masked();
  }

  static void validate(@Nullable String email, @Nullable String displayName, String field) {
    if (email == null) {
      throw new MailValidationException(field + ".email", "must not be null");
    }
    if (email.length() > MAX_EMAIL_LENGTH) {
      throw new MailValidationException(
          field + ".email", "must be at most " + MAX_EMAIL_LENGTH + " characters");
    }
    if (!EMAIL.matcher(email).matches()) {
      throw new MailValidationException(field + ".email", "is not an email address");
    }
    if (displayName != null) {
      if (displayName.length() > MAX_NAME_LENGTH) {
        throw new MailValidationException(
            field + ".displayName", "must be at most " + MAX_NAME_LENGTH + " characters");
      }
      if (displayName.chars().anyMatch(Character::isISOControl)) {
        throw new MailValidationException(
            field + ".displayName", "must not contain line breaks or control characters");
      }
    }
  }
}
