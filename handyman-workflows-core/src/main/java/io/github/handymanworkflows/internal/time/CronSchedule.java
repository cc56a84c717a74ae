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

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A parsed Inngest cron trigger: a standard 5-field Unix cron (minute, hour, day of month, month,
 * day of week), optionally preceded by {@code TZ=<IANA zone> } or {@code CRON_TZ=<IANA zone> }.
 * Without a prefix the schedule runs in UTC. Immutable and thread-safe.
 *
 * <p>Fields are interpreted by cron-utils' Unix definition: names such as {@code MON-FRI} and
 * {@code jan} work, day of week {@code 7} is Sunday, and nicknames such as {@code @daily} and the
 * {@code L}/{@code W}/{@code #} extensions are rejected (Inngest rejects nicknames too).
 *
 * <p>Daylight saving time, in the schedule's zone:
 *
 * <ul>
 *   <li>Spring forward: a local time that does not exist that day does not fire at all. In
 *       Europe/Paris on 2025-03-30, {@code 0 2 * * *} and {@code 30 2 * * *} skip that day and next
 *       fire on 2025-03-31.
 *   <li>Fall back: a local time that occurs twice fires once, at its first occurrence (the earlier
 *       offset). In Europe/Paris on 2025-10-26, {@code 0 2 * * *} fires at 02:00+02:00 only.
 *       Exception (cron-utils 9.2.1): when the hour field also matches the hour right after the
 *       repeated one, the repeated hour fires on both passes. Hourly schedules, every-15-minutes
 *       schedules and {@code 0 2,3 * * *} therefore fire at 02:00+02:00 and again at 02:00+01:00.
 * </ul>
 *
 * Inngest's own scheduler documents that a cron near a DST change "may run zero, one, or two times"
 * that day, so hosts should not rely on either behaviour; schedule in UTC (or a zone without DST)
 * where it matters.
 */
public final class CronSchedule {

  private static final CronParser PARSER =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  private final String expression;
  private final ZoneId zone;
  private final String fields;
  private final ExecutionTime executionTime;

  private CronSchedule(String expression, ZoneId zone, String fields, ExecutionTime executionTime) {
    this.expression = expression;
    this.zone = zone;
    this.fields = fields;
    this.executionTime = executionTime;
  }

  /**
   * Parses a cron trigger such as {@code "0 9 * * 1"} or {@code "TZ=Europe/Paris 0 9 * * 1"}.
   *
   * @throws IllegalArgumentException naming the expression and what is wrong with it
   */
  public static CronSchedule parse(String expression) {
    Objects.requireNonNull(expression, "expression");
    String rest = expression.strip();
    ZoneId zone = ZoneOffset.UTC;
    String zonePrefix = zonePrefix(rest);
    if (zonePrefix != null) {
      int end = firstWhitespace(rest);
      if (end < 0) {
        throw invalid(expression, "a time zone prefix must be followed by the 5 cron fields");
      }
      String zoneId = rest.substring(zonePrefix.length(), end);
      zone = zone(expression, zoneId);
      rest = rest.substring(end).strip();
    }
    if (rest.isEmpty()) {
      throw invalid(expression, "it is empty");
    }
    if (rest.startsWith("@")) {
      throw invalid(
          expression,
          "nicknames such as @daily are not supported; write the 5 fields (e.g. '0 0 * * *')");
    }
    String[] parts = rest.split("\\s+");
    if (parts.length != 5) {
      throw invalid(
          expression,
          "expected 5 fields (minute hour day-of-month month day-of-week) but found "
              + parts.length);
    }
    String fields = String.join(" ", parts);
    ExecutionTime executionTime;
    try {
      executionTime = ExecutionTime.forCron(PARSER.parse(fields));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Invalid cron expression '" + expression + "': " + e.getMessage(), e);
    }
    return new CronSchedule(expression, zone, fields, executionTime);
  }

  /**
   * Checks a cron trigger without keeping the result.
   *
   * @throws IllegalArgumentException naming the expression and what is wrong with it
   */
  public static void validate(String expression) {
    parse(expression);
  }

  /**
   * The first time strictly after {@code instant} at which the schedule fires, or empty if it never
   * fires again (for example {@code 0 0 30 2 *}).
   */
  public Optional<Instant> nextAfter(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    // Runs are whole minutes, so any run after the start of this minute is also after instant;
    // starting at a whole minute keeps cron-utils from returning the current minute.
    ZonedDateTime from = instant.truncatedTo(ChronoUnit.MINUTES).atZone(zone);
    Optional<ZonedDateTime> next = executionTime.nextExecution(from);
    for (int guard = 0; next.isPresent() && !next.get().toInstant().isAfter(instant); guard++) {
      if (guard == 3) {
        throw new IllegalStateException("cron-utils did not advance past " + next.get());
      }
      next = executionTime.nextExecution(next.get());
    }
    return next.map(ZonedDateTime::toInstant);
  }

  /** The expression exactly as given to {@link #parse(String)}. */
  public String expression() {
    return expression;
  }

  /** The zone the fields are read in: the {@code TZ=}/{@code CRON_TZ=} zone, otherwise UTC. */
  public ZoneId zone() {
    return zone;
  }

  /** The 5 cron fields without the zone prefix, separated by single spaces. */
  public String fields() {
    return fields;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CronSchedule that && expression.equals(that.expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  @Override
  public String toString() {
    return expression;
  }

  private static @Nullable String zonePrefix(String text) {
    if (text.startsWith("TZ=")) {
      return "TZ=";
    }
    if (text.startsWith("CRON_TZ=")) {
      return "CRON_TZ=";
    }
    return null;
  }

  private static int firstWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static ZoneId zone(String expression, String zoneId) {
    if (zoneId.isEmpty()) {
      throw invalid(expression, "the time zone after TZ= is empty");
    }
    try {
      return ZoneId.of(zoneId);
    } catch (DateTimeException e) {
      throw invalid(expression, "unknown time zone '" + zoneId + "'");
    }
  }

  private static IllegalArgumentException invalid(String expression, String reason) {
    return new IllegalArgumentException("Invalid cron expression '" + expression + "': " + reason);
  }
}
