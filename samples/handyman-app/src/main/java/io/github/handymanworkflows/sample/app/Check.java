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
package io.github.handymanworkflows.sample.app;

import io.github.handymanworkflows.event.EventBounds;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Request validation that names the field at fault. */
final class Check {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.~-]+");
  private static final int MAX_SKILLS = 20;

  private Check() {}

  static String text(@Nullable String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw ApiException.invalid(field, "is required");
    }
    if (value.length() > max) {
      throw ApiException.invalid(field, "must be at most " + max + " characters");
    }
    if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      throw ApiException.invalid(field, "must not contain control characters");
    }
    return value.trim();
  }

  /** A token from an email link: URL-safe characters only, as the app issues them. */
  static String token(@Nullable String value, String field) {
    String token = text(value, field, EventBounds.MAX_TOKEN_LENGTH);
    if (!TOKEN.matcher(token).matches()) {
      throw ApiException.invalid(field, "is unknown, used or expired");
    }
    return token;
  }

  /** A handyman's skills: 1 to 20 names of at most 50 characters, without duplicates. */
  static Set<String> skills(@Nullable List<String> values, String field) {
    if (values == null) {
      return Set.of();
    }
    if (values.size() > MAX_SKILLS) {
      throw ApiException.invalid(field, "must list at most " + MAX_SKILLS + " skills");
    }
    Set<String> skills = new LinkedHashSet<>();
    for (int i = 0; i < values.size(); i++) {
      skills.add(text(values.get(i), field + "[" + i + "]", 50).toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(skills);
  }

  /**
   * An amount in minor units (kobo, cents): a whole, positive number up to the events' maximum. A
   * decimal such as {@code 12.5} is refused, never truncated.
   */
  static long minorUnits(@Nullable BigDecimal value, String field) {
    if (value == null) {
      throw ApiException.invalid(field, "is required");
    }
    if (value.signum() <= 0) {
      throw ApiException.invalid(field, "must be positive");
    }
    if (value.stripTrailingZeros().scale() > 0) {
      throw ApiException.invalid(field, "must be a whole number of minor units (kobo, cents)");
    }
    if (value.compareTo(BigDecimal.valueOf(EventBounds.MAX_MINOR_UNITS)) > 0) {
      throw ApiException.invalid(
          field, "must be at most " + EventBounds.MAX_MINOR_UNITS + " minor units");
    }
    return value.longValueExact();
  }

  static @Nullable String optionalText(@Nullable String value, String field, int max) {
    return value == null || value.isBlank() ? null : text(value, field, max);
  }

  static String email(@Nullable String value, String field) {
    String email = text(value, field, 254);
    if (!EMAIL.matcher(email).matches()) {
      throw ApiException.invalid(field, "must be an email address");
    }
    return email.toLowerCase(java.util.Locale.ROOT);
  }

  static String password(@Nullable String value, String field) {
    if (value == null || value.length() < 8) {
      throw ApiException.invalid(field, "must be at least 8 characters");
    }
    if (value.length() > 200) {
      throw ApiException.invalid(field, "must be at most 200 characters");
    }
    return value;
  }

  static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw ApiException.invalid(field, "is required");
    }
    return value;
  }

  static int between(@Nullable Integer value, String field, int min, int max) {
    if (value == null) {
      throw ApiException.invalid(field, "is required");
    }
    if (value < min || value > max) {
      throw ApiException.invalid(field, "must be between " + min + " and " + max);
    }
    return value;
  }
}
