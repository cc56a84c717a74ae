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
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** A Wednesday, mid-morning, with seconds, so that no schedule fires exactly at it. */
  private static final Instant WEDNESDAY = Instant.parse("2025-06-04T10:17:30Z");

  @ParameterizedTest
  @CsvSource({
    "0 2 * * *, 2025-06-05T02:00:00Z",
    "0 9 * * 1, 2025-06-09T09:00:00Z",
    "0 */6 * * *, 2025-06-04T12:00:00Z",
    "0 0 * * 1, 2025-06-09T00:00:00Z",
    "0 1 * * *, 2025-06-05T01:00:00Z",
    "0 3 * * 0, 2025-06-08T03:00:00Z",
    "0 2 1 * *, 2025-07-01T02:00:00Z",
    "*/15 * * * *, 2025-06-04T10:30:00Z",
  })
  void productSchedulesRunInUtcByDefault(String cron, Instant expected) {
    CronSchedule schedule = CronSchedule.parse(cron);

    assertThat(schedule.zone()).isEqualTo(ZoneOffset.UTC);
    assertThat(schedule.nextAfter(WEDNESDAY)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "0 2 * * *, 2025-06-05T01:00:00Z",
    "0 9 * * 1, 2025-06-09T08:00:00Z",
    "0 */6 * * *, 2025-06-04T11:00:00Z",
    "0 0 * * 1, 2025-06-08T23:00:00Z",
    "0 1 * * *, 2025-06-05T00:00:00Z",
    "0 3 * * 0, 2025-06-08T02:00:00Z",
    "0 2 1 * *, 2025-07-01T01:00:00Z",
    "*/15 * * * *, 2025-06-04T10:30:00Z",
  })
  void productSchedulesRunInLagosTimeWithATzPrefix(String cron, Instant expected) {
    CronSchedule schedule = CronSchedule.parse("TZ=Africa/Lagos " + cron);

    assertThat(schedule.zone()).isEqualTo(ZoneId.of("Africa/Lagos"));
    assertThat(schedule.fields()).isEqualTo(cron);
    assertThat(schedule.nextAfter(WEDNESDAY)).contains(expected);
  }

  @Test
  void acceptsTheCronTzPrefixToo() {
    CronSchedule schedule = CronSchedule.parse("CRON_TZ=America/New_York 0 9 * * 1");

    assertThat(schedule.zone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(schedule.nextAfter(WEDNESDAY)).contains(Instant.parse("2025-06-09T13:00:00Z"));
  }

  @Test
  void keepsTheOriginalTextAndNormalisesTheFields() {
    CronSchedule schedule = CronSchedule.parse("TZ=Europe/Paris   0  9 * *\t1 ");

    assertThat(schedule.expression()).isEqualTo("TZ=Europe/Paris   0  9 * *\t1 ");
    assertThat(schedule.fields()).isEqualTo("0 9 * * 1");
    assertThat(schedule.zone()).isEqualTo(PARIS);
    assertThat(schedule).hasToString("TZ=Europe/Paris   0  9 * *\t1 ");
  }

  @Test
  void isStrictlyAfterTheGivenInstant() {
    CronSchedule schedule = CronSchedule.parse("0 2 * * *");
    Instant run = Instant.parse("2025-06-05T02:00:00Z");

    assertThat(schedule.nextAfter(run)).contains(Instant.parse("2025-06-06T02:00:00Z"));
    assertThat(schedule.nextAfter(run.plusSeconds(30)))
        .contains(Instant.parse("2025-06-06T02:00:00Z"));
    assertThat(schedule.nextAfter(run.minusNanos(1))).contains(run);
  }

  @Test
  void acceptsNamesAndSundayAsSeven() {
    assertThat(
            CronSchedule.parse("0 9 * * MON-FRI").nextAfter(Instant.parse("2025-06-07T00:00:00Z")))
        .contains(Instant.parse("2025-06-09T09:00:00Z"));
    assertThat(CronSchedule.parse("0 0 * * 7").nextAfter(WEDNESDAY))
        .contains(Instant.parse("2025-06-08T00:00:00Z"));
  }

  @Test
  void findsTheNextLeapDay() {
    assertThat(CronSchedule.parse("0 0 29 2 *").nextAfter(WEDNESDAY))
        .contains(Instant.parse("2028-02-29T00:00:00Z"));
  }

  @Test
  void isEmptyForADateThatNeverComes() {
    assertThat(CronSchedule.parse("0 0 30 2 *").nextAfter(WEDNESDAY)).isEmpty();
  }

  @Test
  void equalsByExpression() {
    assertThat(CronSchedule.parse("0 2 * * *"))
        .isEqualTo(CronSchedule.parse("0 2 * * *"))
        .hasSameHashCodeAs(CronSchedule.parse("0 2 * * *"))
        .isNotEqualTo(CronSchedule.parse("TZ=UTC 0 2 * * *"));
  }

  @Nested
  class DaylightSavingTimeInParis {

    @ParameterizedTest
    @CsvSource({"0 2 * * *, 2025-03-31T00:00:00Z", "30 2 * * *, 2025-03-31T00:30:00Z"})
    void aLocalTimeSkippedBySpringForwardDoesNotFireThatDay(String cron, Instant expected) {
      CronSchedule schedule = CronSchedule.parse("TZ=Europe/Paris " + cron);

      assertThat(schedule.nextAfter(Instant.parse("2025-03-29T12:00:00Z"))).contains(expected);
      assertThat(expected.atZone(PARIS).toLocalDate()).hasToString("2025-03-31");
    }

    @ParameterizedTest
    @CsvSource({
      "0 2 * * *, 2025-10-26T00:00:00Z, 2025-10-27T01:00:00Z",
      "30 2 * * *, 2025-10-26T00:30:00Z, 2025-10-27T01:30:00Z",
    })
    void aLocalTimeRepeatedByFallBackFiresOnceAtItsFirstOccurrence(
        String cron, Instant first, Instant second) {
      CronSchedule schedule = CronSchedule.parse("TZ=Europe/Paris " + cron);

      assertThat(schedule.nextAfter(Instant.parse("2025-10-25T12:00:00Z"))).contains(first);
      assertThat(first.atZone(PARIS).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
      assertThat(schedule.nextAfter(first)).contains(second);
      assertThat(second.atZone(PARIS).toLocalDate()).hasToString("2025-10-27");
    }

    @ParameterizedTest
    @CsvSource({
      "*/15 * * * *, 2025-10-26T00:45:00Z, 2025-10-26T01:00:00Z",
      "0 * * * *, 2025-10-26T00:00:00Z, 2025-10-26T01:00:00Z",
      "'0 2,3 * * *', 2025-10-26T00:00:00Z, 2025-10-26T01:00:00Z",
      "0 2 * * *, 2025-10-26T00:00:00Z, 2025-10-27T01:00:00Z",
      "'30 2,4 * * *', 2025-10-26T00:30:00Z, 2025-10-26T03:30:00Z",
    })
    void theRepeatedHourFiresAgainOnlyWhenTheFollowingHourMatchesToo(
        String cron, Instant firstPass, Instant expected) {
      CronSchedule schedule = CronSchedule.parse("TZ=Europe/Paris " + cron);

      assertThat(schedule.nextAfter(firstPass)).contains(expected);
    }

    @Test
    void theSecondOccurrenceIsNotReportedEvenWhenAskedFromInsideTheRepeatedHour() {
      CronSchedule schedule = CronSchedule.parse("TZ=Europe/Paris 30 2 * * *");
      // 02:10+02:00, first pass through the repeated hour
      Instant insideFirstPass =
          ZonedDateTime.parse("2025-10-26T02:10+02:00[Europe/Paris]").toInstant();

      assertThat(schedule.nextAfter(insideFirstPass))
          .contains(Instant.parse("2025-10-26T00:30:00Z"));
    }
  }

  @Nested
  class Errors {

    @Test
    void rejectsAnUnknownZone() {
      assertThatThrownBy(() -> CronSchedule.parse("TZ=Mars/Olympus 0 2 * * *"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'TZ=Mars/Olympus 0 2 * * *'")
          .hasMessageContaining("unknown time zone 'Mars/Olympus'");
    }

    @Test
    void rejectsAnEmptyZone() {
      assertThatThrownBy(() -> CronSchedule.parse("TZ= 0 2 * * *"))
          .hasMessageContaining("time zone after TZ= is empty");
    }

    @Test
    void rejectsAZoneWithoutFields() {
      assertThatThrownBy(() -> CronSchedule.parse("TZ=Europe/Paris"))
          .hasMessageContaining("must be followed by the 5 cron fields");
    }

    @ParameterizedTest
    @CsvSource({
      "'0 2 * *', 4",
      "'0 0 2 * * *', 6",
      "'TZ=Europe/Paris 0 2 * * * 2026', 6",
      "'*', 1"
    })
    void rejectsTheWrongNumberOfFields(String cron, int found) {
      assertThatThrownBy(() -> CronSchedule.parse(cron))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + cron + "'")
          .hasMessageContaining("expected 5 fields")
          .hasMessageEndingWith("found " + found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"@daily", "@hourly", "TZ=Europe/Paris @weekly"})
    void rejectsNicknames(String cron) {
      assertThatThrownBy(() -> CronSchedule.parse(cron))
          .hasMessageContaining("'" + cron + "'")
          .hasMessageContaining("nicknames such as @daily are not supported");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "61 * * * *",
          "0 24 * * *",
          "0 0 32 * *",
          "0 0 * 13 *",
          "0 0 * * 8",
          "0 0 L * *",
          "a b c d e"
        })
    void rejectsInvalidValues(String cron) {
      assertThatThrownBy(() -> CronSchedule.parse(cron))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Invalid cron expression '" + cron + "': ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejectsBlankExpressions(String cron) {
      assertThatThrownBy(() -> CronSchedule.parse(cron)).hasMessageContaining("it is empty");
    }

    @Test
    void validateAcceptsValidAndRejectsInvalidExpressions() {
      assertThatCode(() -> CronSchedule.validate("TZ=Africa/Lagos */15 * * * *"))
          .doesNotThrowAnyException();
      assertThatThrownBy(() -> CronSchedule.validate("*/15 * * *"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
