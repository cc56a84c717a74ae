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

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

  private static final ZoneId LAGOS = ZoneId.of("Africa/Lagos");

  @Test
  void aDailyRunReportsTheWholePreviousCalendarDayInTheZone() {
    ReportPeriod period =
        ReportPeriod.previous(ReportKind.DAILY, Instant.parse("2026-11-27T00:00:00Z"), LAGOS);

    assertThat(period.key()).isEqualTo("daily:2026-11-26");
    assertThat(period.from()).isEqualTo(Instant.parse("2026-11-25T23:00:00Z"));
    assertThat(period.to()).isEqualTo(Instant.parse("2026-11-26T23:00:00Z"));
  }

  @Test
  void aWeeklyRunReportsThePreviousIsoWeek() {
    ReportPeriod period =
        ReportPeriod.previous(
            ReportKind.WEEKLY, Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.UTC);

    assertThat(period.key()).isEqualTo("weekly:2026-W47");
    assertThat(period.from()).isEqualTo(Instant.parse("2026-11-16T00:00:00Z"));
    assertThat(period.to()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
  }

  @Test
  void isoWeeksUseTheWeekBasedYear() {
    assertThat(ReportPeriod.weekly(LocalDate.of(2027, 1, 1), ZoneOffset.UTC).key())
        .isEqualTo("weekly:2026-W53");
  }

  @Test
  void aMonthlyRunReportsThePreviousMonthNotTheRunMonth() {
    ReportPeriod period =
        ReportPeriod.previous(ReportKind.MONTHLY, Instant.parse("2026-12-01T02:00:00Z"), LAGOS);

    assertThat(period.key()).isEqualTo("monthly:2026-11");
    assertThat(period.contains(Instant.parse("2026-11-30T22:59:59Z"))).isTrue();
    assertThat(period.contains(period.to())).isFalse();
    assertThat(period.contains(period.from())).isTrue();
  }
}
