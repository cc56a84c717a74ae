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

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Field checks for the email parameter records; errors name the field, never the value. */
final class Require {
  private Require() {}

  static <T> T present(@Nullable T value, String field) {
    if (value == null) {
      throw new MailValidationException(field, "must not be null");
    }
    return value;
  }

  static String text(@Nullable String value, String field) {
    if (present(value, field).isBlank()) {
      throw new MailValidationException(field, "must not be blank");
    }
    return value;
  }

  static Duration positive(@Nullable Duration value, String field) {
    if (present(value, field).isNegative() || value.isZero()) {
      throw new MailValidationException(field, "must be positive");
    }
    return value;
  }

  static int notNegative(int value, String field) {
    if (value < 0) {
      throw new MailValidationException(field, "must not be negative");
    }
    return value;
  }

  static <T> List<T> list(@Nullable List<T> value, String field, boolean mayBeEmpty) {
    List<T> copy = List.copyOf(present(value, field));
    if (!mayBeEmpty && copy.isEmpty()) {
      throw new MailValidationException(field, "must not be empty");
    }
    return copy;
  }
}
