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
package io.github.handymanworkflows.resend.internal;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The provider's advice on when to retry: {@code Retry-After} (delay seconds or an HTTP date), else
 * {@code ratelimit-reset} (seconds until the rate-limit window resets). Capped at one day, so a
 * wrong header cannot park a run for months.
 */
public final class RetryAfterHeader {

  /** The longest delay taken from a header. */
  public static final Duration MAX = Duration.ofDays(1);

  private RetryAfterHeader() {}

  /** The advised delay, measured from {@code now} for an HTTP date. */
  public static Optional<Duration> from(HttpHeaders headers, Instant now) {
    Optional<Duration> retryAfter = headers.firstValue("retry-after").flatMap(v -> parse(v, now));
    if (retryAfter.isPresent()) {
      return retryAfter;
    }
    return headers.firstValue("ratelimit-reset").flatMap(RetryAfterHeader::seconds);
  }

  static Optional<Duration> parse(String value, Instant now) {
    Optional<Duration> seconds = seconds(value);
    if (seconds.isPresent()) {
      return seconds;
    }
    try {
      Instant at =
          ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration delay = Duration.between(now, at);
      return Optional.of(cap(delay.isNegative() ? Duration.ZERO : delay));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> seconds(String value) {
    String v = value.strip();
    if (v.isEmpty() || v.length() > 12 || !v.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(cap(Duration.ofSeconds(Long.parseLong(v))));
  }

  private static Duration cap(Duration delay) {
    return delay.compareTo(MAX) > 0 ? MAX : delay;
  }
}
