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
package io.github.handymanworkflows.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Asks for the weekly maintenance now rather than at the Sunday run ({@code
 * system/maintenance.weekly}).
 *
 * <p>The original app labelled weeks with a date; this payload uses the ISO-8601 week instead.
 *
 * @param isoWeek the ISO week to run for, {@code YYYY-Www} such as {@code 2026-W48} (week 53 only
 *     in years that have one), or {@code null} for the week before the event's timestamp
 */
public record WeeklyMaintenanceRequested(@Nullable String isoWeek) {

  /** The wire name {@code system/maintenance.weekly}. */
  public static final EventType<WeeklyMaintenanceRequested> TYPE =
      EventType.of("system/maintenance.weekly", WeeklyMaintenanceRequested.class);

  private static final Fields FIELDS = Fields.of(TYPE);
  private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  /**
   * Validates the week.
   *
   * @throws EventValidationException when {@code isoWeek} is not an existing ISO week
   */
  public WeeklyMaintenanceRequested {
    if (isoWeek != null) {
      weekStart(isoWeek);
    }
  }

  /** A request for the most recent full week. */
  public static WeeklyMaintenanceRequested latest() {
    return new WeeklyMaintenanceRequested(null);
  }

  /** A request for the ISO week that contains the given day. */
  public static WeeklyMaintenanceRequested weekOf(LocalDate day) {
    return new WeeklyMaintenanceRequested(
        String.format(
            "%04d-W%02d",
            day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
  }

  /** The Monday that starts {@link #isoWeek()}, or empty when no week was given. */
  @JsonIgnore
  public Optional<LocalDate> weekStart() {
    return isoWeek == null ? Optional.empty() : Optional.of(weekStart(isoWeek));
  }

  private static LocalDate weekStart(String isoWeek) {
    Matcher matcher = ISO_WEEK.matcher(isoWeek);
    if (!matcher.matches()) {
      throw FIELDS.invalid("isoWeek", "must be an ISO week such as 2026-W48");
    }
    int year = Integer.parseInt(matcher.group(1));
    int week = Integer.parseInt(matcher.group(2));
    // 28 December always falls in the last ISO week of its year.
    LocalDate lastWeek = LocalDate.of(year, 12, 28);
    if (week < 1 || week > lastWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) {
      throw FIELDS.invalid("isoWeek", "must be an existing ISO week of its year");
    }
    return lastWeek.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
  }
}
