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

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks {@link CronSchedule#nextAfter(Instant)} against an independent brute-force matcher: for
 * many seeded-random instants, the next run is after the instant, matches the cron, and no minute
 * in between matches. The one allowed exception is documented behaviour: the second occurrence of a
 * local time repeated when clocks fall back.
 */
class CronSchedulePropertyTest {

  private static final List<String> CRONS =
      List.of(
          "0 2 * * *",
          "0 9 * * 1",
          "0 */6 * * *",
          "0 0 * * 1",
          "0 1 * * *",
          "0 3 * * 0",
          "0 2 1 * *",
          "*/15 * * * *",
          "30 2 * * *",
          "15,45 */2 * * 1-5",
          "0 12 1-7 * 0");

  private static final List<String> ZONES =
      List.of("UTC", "Africa/Lagos", "Europe/Paris", "America/New_York");

  private static final int SAMPLES = 40;

  static Stream<Arguments> cronsAndZones() {
    return CRONS.stream().flatMap(cron -> ZONES.stream().map(zone -> Arguments.of(cron, zone)));
  }

  @ParameterizedTest(name = "TZ={1} {0}")
  @MethodSource("cronsAndZones")
  void nextRunIsTheFirstMatchingMinuteAfterTheInstant(String cron, String zoneName) {
    ZoneId zone = ZoneId.of(zoneName);
    CronSchedule schedule = CronSchedule.parse("TZ=" + zoneName + " " + cron);
    BruteForceCron expected = new BruteForceCron(cron);
    Random random = new Random(cron.hashCode() * 31L + zoneName.hashCode());

    for (Instant start : samples(random, zone.getRules())) {
      Instant next = schedule.nextAfter(start).orElseThrow();

      assertThat(next).as("next after %s", start).isAfter(start);
      assertThat(expected.matches(local(next, zone.getRules())))
          .as("%s (next after %s) matches %s", next, start, cron)
          .isTrue();
      Instant minute = start.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
      for (; minute.isBefore(next); minute = minute.plus(1, ChronoUnit.MINUTES)) {
        LocalDateTime local = local(minute, zone.getRules());
        if (expected.matches(local)) {
          assertThat(isSecondOccurrence(minute, local, zone.getRules()))
              .as("%s (local %s) matches %s but was skipped before %s", minute, local, cron, next)
              .isTrue();
        }
      }
    }
  }

  /** Random instants over several years, plus instants close to this zone's DST changes. */
  private static List<Instant> samples(Random random, ZoneRules rules) {
    Instant from = Instant.parse("2024-01-01T00:00:00Z");
    long span = Instant.parse("2031-01-01T00:00:00Z").getEpochSecond() - from.getEpochSecond();
    List<Instant> samples = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      samples.add(
          from.plusSeconds((long) (random.nextDouble() * span))
              .plusNanos(random.nextInt(1_000_000_000)));
    }
    ZoneOffsetTransition transition = rules.nextTransition(from);
    for (int i = 0; i < 8 && transition != null; i++) {
      long within = (long) ((random.nextDouble() - 0.75) * 4 * 3600);
      samples.add(transition.getInstant().plusSeconds(within));
      samples.add(transition.getInstant().minusSeconds(3600 + random.nextInt(3600)));
      transition = rules.nextTransition(transition.getInstant());
    }
    return samples;
  }

  private static LocalDateTime local(Instant instant, ZoneRules rules) {
    return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, rules.getOffset(instant));
  }

  private static boolean isSecondOccurrence(Instant instant, LocalDateTime local, ZoneRules rules) {
    ZoneOffsetTransition transition = rules.getTransition(local);
    ZoneOffset offset = rules.getOffset(instant);
    return transition != null
        && transition.isOverlap()
        && offset.equals(transition.getOffsetAfter());
  }

  /**
   * A deliberately simple cron matcher for numbers, {@code *}, ranges, lists and steps. Like Vixie
   * cron, when both day fields are restricted a day matches if either does.
   */
  private static final class BruteForceCron {
    private final IntPredicate minute;
    private final IntPredicate hour;
    private final IntPredicate dayOfMonth;
    private final IntPredicate month;
    private final IntPredicate dayOfWeek;
    private final boolean dayOfMonthRestricted;
    private final boolean dayOfWeekRestricted;

    BruteForceCron(String cron) {
      String[] fields = cron.split(" ");
      minute = field(fields[0], 0, 59);
      hour = field(fields[1], 0, 23);
      dayOfMonth = field(fields[2], 1, 31);
      month = field(fields[3], 1, 12);
      dayOfWeek = field(fields[4], 0, 7);
      dayOfMonthRestricted = !fields[2].equals("*");
      dayOfWeekRestricted = !fields[4].equals("*");
    }

    boolean matches(LocalDateTime time) {
      int weekday = time.getDayOfWeek().getValue() % 7;
      boolean domMatches = dayOfMonth.test(time.getDayOfMonth());
      boolean dowMatches = dayOfWeek.test(weekday) || (weekday == 0 && dayOfWeek.test(7));
      boolean dayMatches =
          dayOfMonthRestricted && dayOfWeekRestricted
              ? domMatches || dowMatches
              : domMatches && dowMatches;
      return minute.test(time.getMinute())
          && hour.test(time.getHour())
          && month.test(time.getMonthValue())
          && dayMatches;
    }

    private static IntPredicate field(String text, int min, int max) {
      IntPredicate any = value -> false;
      for (String part : text.split(",")) {
        any = any.or(part(part, min, max));
      }
      return any;
    }

    private static IntPredicate part(String part, int min, int max) {
      String[] rangeAndStep = part.split("/");
      int step = rangeAndStep.length == 2 ? Integer.parseInt(rangeAndStep[1]) : 1;
      int low;
      int high;
      if (rangeAndStep[0].equals("*")) {
        low = min;
        high = max;
      } else if (rangeAndStep[0].contains("-")) {
        String[] bounds = rangeAndStep[0].split("-");
        low = Integer.parseInt(bounds[0]);
        high = Integer.parseInt(bounds[1]);
      } else {
        low = Integer.parseInt(rangeAndStep[0]);
        high = low;
      }
      return value -> value >= low && value <= high && (value - low) % step == 0;
    }
  }
}
