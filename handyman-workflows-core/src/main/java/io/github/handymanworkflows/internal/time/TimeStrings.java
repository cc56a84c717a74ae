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
package io.github.handymanworkflows.internal.time;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Converts between {@link Duration}/{@link Instant} and the strings the Inngest protocol uses.
 *
 * <p>Durations are written like the JavaScript SDK writes them: whole weeks, days, hours, minutes
 * and seconds, largest unit first, zero parts left out ({@code "1w2d"}, {@code "1m30s"}). The
 * server reads {@code w} as 168 hours, so {@code "1w"} and {@code "7d"} mean the same. Unlike the
 * JavaScript SDK, which drops a sub-second remainder (and writes {@code ""} for less than one
 * second), any fraction of a second is rounded <em>up</em>: a sleep or a wait then never ends
 * earlier than asked.
 */
public final class TimeStrings {

  private static final long SECONDS_PER_MINUTE = 60;
  private static final long SECONDS_PER_HOUR = 60 * SECONDS_PER_MINUTE;
  private static final long SECONDS_PER_DAY = 24 * SECONDS_PER_HOUR;
  private static final long SECONDS_PER_WEEK = 7 * SECONDS_PER_DAY;

  private static final long[] UNIT_SECONDS = {
    SECONDS_PER_WEEK, SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_MINUTE, 1
  };
  private static final String[] UNIT_SUFFIXES = {"w", "d", "h", "m", "s"};

  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);
  private static final BigInteger MAX_NANOS =
      BigInteger.valueOf(Long.MAX_VALUE)
          .multiply(NANOS_PER_SECOND)
          .add(BigInteger.valueOf(999_999_999L));

  private static final DateTimeFormatter SECONDS_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(java.time.ZoneOffset.UTC);
  private static final DateTimeFormatter MILLIS_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
          .withZone(java.time.ZoneOffset.UTC);

  private TimeStrings() {}

  /**
   * Formats a duration as an Inngest time string such as {@code "1d2h"} or {@code "1m30s"}.
   *
   * @param duration zero or positive; a fraction of a second is rounded up to the next second
   * @return {@code "0s"} for zero, otherwise the non-zero parts among {@code w d h m s}
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public static String format(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative: " + duration);
    }
    long remaining = duration.getSeconds();
    if (duration.getNano() > 0) {
      if (remaining == Long.MAX_VALUE) {
        throw new IllegalArgumentException("duration is too long: " + duration);
      }
      remaining++;
    }
    if (remaining == 0) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < UNIT_SECONDS.length; i++) {
      long count = remaining / UNIT_SECONDS[i];
      if (count > 0) {
        text.append(count).append(UNIT_SUFFIXES[i]);
        remaining -= count * UNIT_SECONDS[i];
      }
    }
    return text.toString();
  }

  /**
   * Parses an Inngest time string: one or more {@code <decimal><unit>} parts, for example {@code
   * "300ms"}, {@code "2h45m"}, {@code "1w2d"} or {@code "1.5h"}.
   *
   * <p>Units: {@code ns}, {@code us} (also {@code µs} and {@code μs}), {@code ms}, {@code s},
   * {@code m}, {@code h}, {@code d} (24 hours) and {@code w} (7 days). A lone {@code "0"} means
   * zero, as in Go. Signs, spaces and an empty string are rejected. Parts add up, so {@code "1h1h"}
   * is two hours. Fractions below one nanosecond are dropped.
   *
   * @throws IllegalArgumentException naming the input and the problem
   */
  public static Duration parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    if (text.isEmpty()) {
      throw invalid(text, "it is empty");
    }
    BigInteger totalNanos = BigInteger.ZERO;
    int pos = 0;
    while (pos < text.length()) {
      int numberStart = pos;
      while (pos < text.length() && (isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
        pos++;
      }
      String number = text.substring(numberStart, pos);
      if (number.isEmpty()) {
        throw invalid(text, "expected a number at position " + numberStart);
      }
      if (!number.matches("\\d+(\\.\\d*)?|\\.\\d+")) {
        throw invalid(text, "'" + number + "' is not a decimal number");
      }
      int unitStart = pos;
      while (pos < text.length() && !isDigit(text.charAt(pos)) && text.charAt(pos) != '.') {
        pos++;
      }
      String unit = text.substring(unitStart, pos);
      if (unit.isEmpty()) {
        throw invalid(
            text, "missing unit after '" + number + "' (use ns, us, ms, s, m, h, d or w)");
      }
      BigDecimal unitNanos = unitNanos(text, unit);
      totalNanos = totalNanos.add(new BigDecimal(number).multiply(unitNanos).toBigInteger());
      if (totalNanos.compareTo(MAX_NANOS) > 0) {
        throw invalid(text, "it is too long");
      }
    }
    BigInteger[] secondsAndNanos = totalNanos.divideAndRemainder(NANOS_PER_SECOND);
    return Duration.ofSeconds(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValue());
  }

  /**
   * Formats an instant as an RFC 3339 UTC timestamp, such as {@code "2026-01-01T09:00:00Z"}, or
   * {@code "2026-01-01T09:00:00.250Z"} when there are milliseconds. A fraction of a millisecond is
   * rounded up, so that a deadline or wake-up time is never earlier than asked.
   */
  public static String formatInstant(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
    if (millis.isBefore(instant)) {
      millis = millis.plusMillis(1);
    }
    return millis.getNano() == 0 ? SECONDS_FORMAT.format(millis) : MILLIS_FORMAT.format(millis);
  }

  private static BigDecimal unitNanos(String text, String unit) {
    switch (unit) {
      case "ns":
        return BigDecimal.ONE;
      case "us":
      case "\u00b5s": // micro sign
      case "\u03bcs": // Greek small letter mu, which Go accepts too
        return BigDecimal.valueOf(1_000L);
      case "ms":
        return BigDecimal.valueOf(1_000_000L);
      case "s":
        return BigDecimal.valueOf(1_000_000_000L);
      case "m":
        return BigDecimal.valueOf(SECONDS_PER_MINUTE * 1_000_000_000L);
      case "h":
        return BigDecimal.valueOf(SECONDS_PER_HOUR * 1_000_000_000L);
      case "d":
        return BigDecimal.valueOf(SECONDS_PER_DAY * 1_000_000_000L);
      case "w":
        return BigDecimal.valueOf(SECONDS_PER_WEEK * 1_000_000_000L);
      default:
        throw invalid(text, "unknown unit '" + unit + "' (use ns, us, ms, s, m, h, d or w)");
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static IllegalArgumentException invalid(String text, String reason) {
    return new IllegalArgumentException("Invalid time string '" + text + "': " + reason);
  }
}
