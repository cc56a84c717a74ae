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
package io.github.handymanworkflows.test.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.report.AnalyticsMetrics;
import io.github.handymanworkflows.report.AnalyticsReport;
import io.github.handymanworkflows.report.ReportPeriod;
import io.github.handymanworkflows.report.ReportRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The semantics every {@link ReportRepository} must have. Extend it and return an empty repository
 * from {@link #newRepository()}.
 */
public abstract class ReportRepositoryContract {

  private static final ZoneId LAGOS = ZoneId.of("Africa/Lagos");
  private static final Instant GENERATED_AT = Instant.parse("2026-11-27T00:00:05Z");

  /** The repository under test, fresh for each test. */
  protected ReportRepository reports;

  /** An empty repository; called before each test. */
  protected abstract ReportRepository newRepository();

  @BeforeEach
  void createRepository() {
    reports = newRepository();
  }

  @Test
  void findsNothingForAnUnknownPeriod() {
    assertThat(reports.find("daily:2026-11-26")).isEmpty();
  }

  @Test
  void storesTheFirstReportOfAPeriodWithEveryField() {
    AnalyticsReport report = report(ReportPeriod.daily(LocalDate.of(2026, 11, 26), LAGOS), 7);

    assertThat(reports.saveIfAbsent(report)).isTrue();

    assertThat(reports.find("daily:2026-11-26")).contains(report);
  }

  @Test
  void aRerunOfThePeriodKeepsTheFirstReport() {
    ReportPeriod period = ReportPeriod.weekly(LocalDate.of(2026, 11, 26), LAGOS);
    AnalyticsReport first = report(period, 7);

    reports.saveIfAbsent(first);

    assertThat(reports.saveIfAbsent(report(period, 99))).isFalse();
    assertThat(reports.find("weekly:2026-W48")).contains(first);
  }

  @Test
  void periodsOfDifferentKindsAreStoredApart() {
    reports.saveIfAbsent(report(ReportPeriod.daily(LocalDate.of(2026, 11, 1), LAGOS), 1));

    assertThat(reports.saveIfAbsent(report(ReportPeriod.monthly(YearMonth.of(2026, 11), LAGOS), 2)))
        .isTrue();
    assertThat(reports.find("monthly:2026-11").orElseThrow().metrics().newUsers()).isEqualTo(2);
    assertThat(reports.find("daily:2026-11-01").orElseThrow().metrics().newUsers()).isEqualTo(1);
  }

  @Test
  void exactlyOneOfConcurrentSavesOfAPeriodWins() throws Exception {
    ReportPeriod period = ReportPeriod.monthly(YearMonth.of(2026, 10), LAGOS);

    List<Boolean> stored = Race.run(8, i -> reports.saveIfAbsent(report(period, i)));

    assertThat(stored).containsOnlyOnce(true);
    assertThat(reports.find(period.key()).orElseThrow().metrics().newUsers())
        .isEqualTo(stored.indexOf(true));
  }

  private static AnalyticsReport report(ReportPeriod period, long newUsers) {
    AnalyticsMetrics metrics =
        new AnalyticsMetrics(
            newUsers,
            3,
            Map.of(Role.CUSTOMER, 10L, Role.HANDYMAN, 4L, Role.ADMIN, 1L),
            5,
            2,
            Map.of("NGN", 1_250_000L, "USD", 4_999L));
    return new AnalyticsReport(period, metrics, GENERATED_AT);
  }
}
