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
package io.github.handymanworkflows.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A calendar period in a zone, as the half-open interval {@code [from, to)} and a key that names it
 * (§8 F.32: calendar windows and labels for the period measured, not rolling windows labelled with
 * the run date).
 *
 * <p>Keys: {@code daily:2026-11-26}, {@code weekly:2026-W48} (ISO week-based year and week), {@code
 * monthly:2026-11}. Build periods with the factories; the constructor only checks consistency.
 *
 * @param kind daily, weekly or monthly
 * @param key the period key, unique per period and kind
 * @param from the first instant of the period (start of day in {@code zone})
 * @param to the first instant after the period
 * @param zone the zone the calendar is read in
 */
public record ReportPeriod(ReportKind kind, String key, Instant from, Instant to, ZoneId zone) {

  /** Validates the fields. */
  public ReportPeriod {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("to must be after from");
    }
    if (!key.startsWith(kind.prefix() + ":")) {
      throw new IllegalArgumentException("key must start with '" + kind.prefix() + ":'");
    }
  }

  /** The calendar day {@code date} in {@code zone}. */
  public static ReportPeriod daily(LocalDate date, ZoneId zone) {
    return new ReportPeriod(
        ReportKind.DAILY,
        "daily:" + date,
        date.atStartOfDay(zone).toInstant(),
        date.plusDays(1).atStartOfDay(zone).toInstant(),
        zone);
  }

  /** The ISO week (Monday to Sunday) that contains {@code date}, in {@code zone}. */
  public static ReportPeriod weekly(LocalDate date, ZoneId zone) {
    LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    String key =
        String.format(
            "weekly:%d-W%02d",
            monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    return new ReportPeriod(
        ReportKind.WEEKLY,
        key,
        monday.atStartOfDay(zone).toInstant(),
        monday.plusWeeks(1).atStartOfDay(zone).toInstant(),
        zone);
  }

  /** The calendar month {@code month} in {@code zone}. */
  public static ReportPeriod monthly(YearMonth month, ZoneId zone) {
    return new ReportPeriod(
        ReportKind.MONTHLY,
        "monthly:" + month,
        month.atDay(1).atStartOfDay(zone).toInstant(),
        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(),
        zone);
  }

  /** The period of this kind that contains {@code date}. */
  public static ReportPeriod containing(ReportKind kind, LocalDate date, ZoneId zone) {
    Objects.requireNonNull(kind, "kind must not be null");
    return switch (kind) {
      case DAILY -> daily(date, zone);
      case WEEKLY -> weekly(date, zone);
      case MONTHLY -> monthly(YearMonth.from(date), zone);
    };
  }

  /**
   * The last complete period before the one containing {@code at}: what a cron run that fired at
   * {@code at} reports on. A daily run at 01:00 on 27 November reports 26 November; a monthly run
   * on 1 December reports November.
   */
  public static ReportPeriod previous(ReportKind kind, Instant at, ZoneId zone) {
    Objects.requireNonNull(at, "at must not be null");
    LocalDate today = at.atZone(zone).toLocalDate();
    LocalDate dayInPrevious =
        switch (kind) {
          case DAILY -> today.minusDays(1);
          case WEEKLY -> today.minusWeeks(1);
          case MONTHLY -> today.minusMonths(1);
        };
    return containing(kind, dayInPrevious, zone);
  }

  /** Whether {@code at} falls in {@code [from, to)}. */
  public boolean contains(Instant at) {
    return !at.isBefore(from) && at.isBefore(to);
  }
}
