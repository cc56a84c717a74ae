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
package io.github.handymanworkflows.scenarios.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.DailyAnalyticsRequested;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.report.AnalyticsReport;
import io.github.handymanworkflows.test.data.TestJobs;
import io.github.handymanworkflows.test.data.TestPlaces;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.maintenance.DailyAnalyticsFlow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Paris switches to summer time on 29 March 2026, so that day is 23 hours long: 2026-03-28T23:00Z
 * to 2026-03-29T22:00Z.
 */
class DailyAnalyticsFlowScenarioTest {

  final MaintenanceScenario s =
      new MaintenanceScenario(
          Instant.parse("2026-03-29T12:00:00Z"),
          WorkflowSettings.defaults().withZone(ZoneId.of("Europe/Paris")));

  void user(String id, Role role, String createdAt) {
    s.world.users.save(TestUsers.user(id, role).createdAt(Instant.parse(createdAt)).build());
  }

  @BeforeEach
  void data() {
    user("c-before", Role.CUSTOMER, "2026-03-28T22:30:00Z");
    user("c-first-hour", Role.CUSTOMER, "2026-03-28T23:30:00Z");
    user("h-last-hour", Role.HANDYMAN, "2026-03-29T21:30:00Z");
    user("c-next-day", Role.CUSTOMER, "2026-03-29T22:30:00Z");
    s.world.users.recordLogin("c-before", Instant.parse("2026-03-29T08:00:00Z"));
    s.world.jobs.save(
        TestJobs.open(
            "job-1", "plumbing", TestPlaces.IKEJA, Instant.parse("2026-03-29T09:00:00Z")));
    s.world.jobs.save(
        TestJobs.open(
            "job-2", "plumbing", TestPlaces.IKEJA, Instant.parse("2026-03-27T09:00:00Z")));
    s.world.jobs.accept("job-2", "h-last-hour", Instant.parse("2026-03-27T10:00:00Z"));
    s.world.jobs.complete(
        "job-2", Money.of(7_500_000, "NGN"), Instant.parse("2026-03-29T10:00:00Z"));
  }

  @Test
  void reportsTheCalendarDayOfTheZoneAndMailsEachActiveAdmin() {
    // 01:00 on 30 March in Paris (summer time) is 23:00 UTC on the 29th.
    s.driver.advanceTo(Instant.parse("2026-03-29T23:00:00Z"));

    RunRecord run = s.driver.lastRun(DailyAnalyticsFlow.FUNCTION_ID);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().path("period").asText()).isEqualTo("2026-03-29");
    assertThat(run.output().path("adminsEmailed").asInt()).isEqualTo(2);
    AnalyticsReport report = s.world.reports.find("daily:2026-03-29").orElseThrow();
    assertThat(report.period().from()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
    assertThat(report.period().to()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    assertThat(report.metrics().newUsers()).isEqualTo(2);
    assertThat(report.metrics().activeUsers()).isEqualTo(1);
    assertThat(report.metrics().jobsPosted()).isEqualTo(1);
    assertThat(report.metrics().jobsCompleted()).isEqualTo(1);
    assertThat(report.metrics().revenueByCurrency()).containsEntry("NGN", 7_500_000L);
    assertThat(report.metrics().usersByRole())
        .containsEntry(Role.CUSTOMER, 2L)
        .containsEntry(Role.HANDYMAN, 1L)
        .containsEntry(Role.ADMIN, 2L);

    // Both admins' reports went to the mailer as one batch: one request on a batching provider.
    assertThat(s.world.mailer.batchSizes()).containsExactly(2);
    MailMessage mail = s.world.mailer.sentWithKey("analytics:daily:2026-03-29:admin-1").get(0);
    assertThat(mail.to().get(0).email()).isEqualTo("admin-1@example.com");
    assertThat(mail.subject()).isEqualTo("Handyman Daily report: 2026-03-29");
    assertThat(mail.text())
        .contains("Hi Amaka", "New users: 2", "Jobs completed: 1", "Revenue (NGN): ");
    assertThat(s.world.mailer.deliveredCount("analytics:daily:2026-03-29:admin-2")).isEqualTo(1);
    assertThat(s.mailsWithPrefix("analytics:daily:2026-03-29:admin-old")).isEmpty();
  }

  @Test
  void rerunOfTheSameDayMailsNobodyAgain() {
    s.driver.advanceTo(Instant.parse("2026-03-29T23:00:00Z"));
    int before = s.world.mailer.sent().size();

    s.driver.send(
        DailyAnalyticsRequested.TYPE.event(new DailyAnalyticsRequested(LocalDate.of(2026, 3, 29))));

    RunRecord rerun = s.driver.lastRun(DailyAnalyticsFlow.FUNCTION_ID);
    assertThat(rerun.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(rerun.output().path("stored").asBoolean()).isFalse();
    assertThat(s.world.mailer.sent()).hasSize(before);
  }

  @Test
  void onDemandRequestReportsAnEarlierDayOnce() {
    s.driver.send(
        DailyAnalyticsRequested.TYPE.event(new DailyAnalyticsRequested(LocalDate.of(2026, 3, 28))));
    s.driver.send(DailyAnalyticsRequested.TYPE.event(DailyAnalyticsRequested.latest()));

    assertThat(s.driver.runs(DailyAnalyticsFlow.FUNCTION_ID))
        .extracting(r -> r.output().path("stored").asBoolean())
        .containsExactly(true, false);
    assertThat(s.world.reports.find("daily:2026-03-28").orElseThrow().metrics().newUsers())
        .isEqualTo(1);
    assertThat(s.mailsWithPrefix("analytics:daily:2026-03-28:")).hasSize(2);
  }

  @Test
  void requestForADayNotOverYetIsRefused() {
    s.driver.send(
        DailyAnalyticsRequested.TYPE.event(new DailyAnalyticsRequested(LocalDate.of(2026, 3, 29))));

    RunRecord run = s.driver.lastRun(DailyAnalyticsFlow.FUNCTION_ID);
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().message()).contains("data.date must be a day before the request");
    assertThat(s.world.reports.find("daily:2026-03-29")).isEmpty();
  }

  @Test
  void reportSurvivesProviderOutage() {
    s.world.mailer.failNextTransiently(1);
    s.driver.advanceTo(Instant.parse("2026-03-29T23:00:00Z"));
    s.driver.advance(Duration.ofMinutes(10));

    assertThat(s.driver.lastRun(DailyAnalyticsFlow.FUNCTION_ID).status())
        .isEqualTo(RunStatus.COMPLETED);
    assertThat(s.mailsWithPrefix("analytics:daily:2026-03-29:")).hasSize(2);
  }
}
