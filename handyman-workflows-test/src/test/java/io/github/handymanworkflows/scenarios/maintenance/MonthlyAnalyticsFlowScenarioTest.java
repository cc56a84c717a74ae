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

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.report.AnalyticsReport;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.maintenance.MonthlyAnalyticsFlow;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Lagos is UTC+1 all year: April 2026 there is 2026-03-31T23:00Z to 2026-04-30T23:00Z. */
class MonthlyAnalyticsFlowScenarioTest {

  final MaintenanceScenario s =
      new MaintenanceScenario(
          Instant.parse("2026-04-30T12:00:00Z"),
          WorkflowSettings.defaults().withZone(ZoneId.of("Africa/Lagos")));

  void customer(String id, String createdAt) {
    s.world.users.save(
        TestUsers.user(id, Role.CUSTOMER).createdAt(Instant.parse(createdAt)).build());
  }

  @Test
  void reportsThePreviousLagosMonthWithGrowthOnce() {
    customer("c-march", "2026-03-31T22:30:00Z");
    customer("c-april-first", "2026-03-31T23:30:00Z");
    customer("c-april-last", "2026-04-30T22:30:00Z");
    customer("c-may", "2026-04-30T23:30:00Z");

    // 02:00 on 1 May in Lagos is 01:00 UTC.
    s.driver.advanceTo(Instant.parse("2026-05-01T01:00:00Z"));

    RunRecord run = s.driver.lastRun(MonthlyAnalyticsFlow.FUNCTION_ID);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().path("period").asText()).isEqualTo("2026-04");
    AnalyticsReport report = s.world.reports.find("monthly:2026-04").orElseThrow();
    assertThat(report.period().from()).isEqualTo(Instant.parse("2026-03-31T23:00:00Z"));
    assertThat(report.metrics().newUsers()).isEqualTo(2);
    MailMessage mail = s.world.mailer.sentWithKey("analytics:monthly:2026-04:admin-2").get(0);
    assertThat(mail.subject()).isEqualTo("Handyman Monthly report: 2026-04");
    assertThat(mail.text())
        .contains(
            "(1 April 2026 to 30 April 2026)",
            "New users: 2",
            "New users up 100.0% on the previous period (1 to 2)");
    assertThat(s.mailsWithPrefix("analytics:monthly:")).hasSize(2);

    s.driver.advanceTo(Instant.parse("2026-05-31T12:00:00Z"));
    assertThat(s.driver.runs(MonthlyAnalyticsFlow.FUNCTION_ID)).hasSize(1);
  }
}
