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
package io.github.handymanworkflows.scenarios.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.handyman.ApprovalStatus;
import io.github.handymanworkflows.handyman.HandymanStats;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.test.data.TestHandymen;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.jobs.HandymanPerformanceFlow;
import io.github.handymanworkflows.workflows.jobs.SendPerformanceEmail;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class HandymanPerformanceFlowScenarioTest {

  final JobScenario s =
      new JobScenario(
          WorkflowSettings.defaults().withPageSize(2).withZone(ZoneId.of("Africa/Lagos")));

  void handyman(String id, HandymanStats stats) {
    s.handyman(id, JobScenario.NEAR, stats);
  }

  @Test
  void mondayRunSendsTipsOrRecognitionOncePerHandyman() {
    Instant lastWeek = Instant.parse("2025-12-20T10:00:00Z");
    handyman("h-low", TestHandymen.stats(4, 8, lastWeek));
    handyman("h-top", TestHandymen.stats(6, 29, Instant.parse("2026-01-09T10:00:00Z")));
    handyman("h-middle", TestHandymen.stats(5, 18, lastWeek));
    handyman("h-new", TestHandymen.stats(1, 1, lastWeek));
    handyman("h-pending", TestHandymen.stats(4, 4, lastWeek));
    s.world.handymen.save(
        s.world
            .handymen
            .find("h-pending")
            .orElseThrow()
            .withApprovalStatus(ApprovalStatus.PENDING));
    handyman("h-top2", TestHandymen.stats(5, 25, lastWeek));
    s.world.users.archive("h-top2", "left", s.clock.instant());

    // Monday 2026-01-12 00:00 in Lagos is Sunday 23:00 UTC.
    s.driver.advanceTo(Instant.parse("2026-01-11T23:00:00Z"));

    RunRecord run = s.lastRun(HandymanPerformanceFlow.FUNCTION_ID);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().path("period").asText()).isEqualTo("2026-W02");
    // h-low for its rating; h-middle idle since 20 December; h-new with one job (as the original).
    assertThat(run.output().path("tips").asInt()).isEqualTo(3);
    assertThat(run.output().path("recognition").asInt()).isEqualTo(2);
    assertThat(run.output().path("complete").asBoolean()).isTrue();

    MailMessage tips = s.world.mailer.sentWithKey("performance-tips:h-low:2026-W02").get(0);
    assertThat(tips.to().get(0).email()).isEqualTo("h-low@example.com");
    assertThat(tips.subject()).isEqualTo("Ideas to get more jobs on Handyman");
    assertThat(tips.text())
        .contains("completed jobs 4", "average rating 2.0", "Ratings:", "Stay visible");
    MailMessage thanks =
        s.world.mailer.sentWithKey("performance-recognition:h-top:2026-W02").get(0);
    assertThat(thanks.text()).contains("average rating of 4.8", "over 6 completed jobs");
    MailMessage fewJobs = s.world.mailer.sentWithKey("performance-tips:h-new:2026-W02").get(0);
    assertThat(fewJobs.text()).contains("More jobs:", "Stay visible");
    assertThat(tips.text()).doesNotContain("More jobs:");
    MailMessage idle = s.world.mailer.sentWithKey("performance-tips:h-middle:2026-W02").get(0);
    assertThat(idle.text()).contains("Stay visible").doesNotContain("More jobs:");
    assertThat(s.world.mailer.sent()).hasSize(4);
    assertThat(s.driver.runs(SendPerformanceEmail.FUNCTION_ID))
        .anySatisfy(r -> assertThat(r.output().path("email").asText()).isEqualTo("NONE"));
    assertThat(s.driver.running()).isEmpty();
  }

  @Test
  void nextWeekIsANewPeriodButTheSameCohort() {
    handyman("h-low", TestHandymen.stats(4, 8, Instant.parse("2025-12-20T10:00:00Z")));

    s.driver.advanceTo(Instant.parse("2026-01-18T23:00:00Z"));

    assertThat(s.driver.runs(HandymanPerformanceFlow.FUNCTION_ID)).hasSize(2);
    assertThat(s.world.mailer.sent())
        .extracting(MailMessage::idempotencyKey)
        .containsExactly("performance-tips:h-low:2026-W02", "performance-tips:h-low:2026-W03");
  }

  @Test
  void declaresConcurrencyOfOne() {
    assertThat(s.driver.engine().functions().get(HandymanPerformanceFlow.FUNCTION_ID).concurrency())
        .singleElement()
        .satisfies(c -> assertThat(c.limit()).isEqualTo(1));
  }
}
