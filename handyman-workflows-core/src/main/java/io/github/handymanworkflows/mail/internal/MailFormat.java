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
package io.github.handymanworkflows.mail.internal;

import io.github.handymanworkflows.domain.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** Formats values for emails, the same way in every template. */
public final class MailFormat {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private MailFormat() {}

  /** {@code Wednesday 3 June 2026, 14:05 WAT}. */
  public static String dateTime(Instant instant, ZoneId zone) {
    return DATE_TIME.format(instant.atZone(zone));
  }

  /** {@code 3 June 2026}. */
  public static String date(Instant instant, ZoneId zone) {
    return DATE.format(instant.atZone(zone));
  }

  /** {@code 3 June 2026}. */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** {@code 30 minutes}, {@code 1 hour}, {@code 24 hours}, {@code 3 days}. */
  public static String duration(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes >= 48 * 60 && minutes % (24 * 60) == 0) {
      return plural(minutes / (24 * 60), "day");
    }
    if (minutes >= 60 && minutes % 60 == 0) {
      return plural(minutes / 60, "hour");
    }
    return plural(Math.max(1, minutes), "minute");
  }

  /** {@code NGN 15,000.00}: the ISO code, grouped digits, the currency's own decimals. */
  public static String money(Money money) {
    int digits = Math.max(0, Currency.getInstance(money.currency()).getDefaultFractionDigits());
    NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return money.currency() + " " + format.format(BigDecimal.valueOf(money.minorUnits(), digits));
  }

  /** {@code 4.7}. */
  public static String rating(double rating) {
    return String.format(Locale.ENGLISH, "%.1f", rating);
  }

  /** {@code 12.3 km}. */
  public static String distance(double km) {
    return String.format(Locale.ENGLISH, "%.1f km", km);
  }

  /** {@code 42 ms}. */
  public static String latency(Duration latency) {
    return latency.toMillis() + " ms";
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
