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
package io.github.handymanworkflows.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.DailyAnalyticsRequested;
import io.github.handymanworkflows.test.InMemoryWorld;
import io.github.handymanworkflows.test.PortWorld;
import io.github.handymanworkflows.test.WorkflowTestDriver;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.workflow.Concurrency;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.HandymanWorkflows;
import io.github.handymanworkflows.workflows.maintenance.DailyAnalyticsFlow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overlap and catch-up policy of every cron workflow (docs/cron-policies.md, §8 B.14). */
class CronPoliciesTest {

  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void everyCronWorkflowRunsOneAtATime() {
    List<WorkflowFunction> crons =
        HandymanWorkflows.all(new InMemoryWorld().dependencies(new ManualClock(START))).stream()
            .filter(fn -> fn.triggers().stream().anyMatch(t -> t instanceof Trigger.OnCron))
            .toList();

    assertThat(crons).hasSize(8);
    for (WorkflowFunction fn : crons) {
      assertThat(fn.concurrency())
          .as("concurrency of %s", fn.id())
          .extracting(Concurrency::limit, Concurrency::key)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(1, null));
    }
  }

  @Test
  void aStalledEngineFiresOnceAndTheMissedDaysAreReportedOnDemand() {
    ManualClock clock = new ManualClock(START);
    ScenarioWorld storage = ScenarioWorld.create();
    PortWorld world = storage.ports();
    world.users.save(TestUsers.admin("admin-1").build());
    WorkflowTestDriver driver =
        WorkflowTestDriver.builder()
            .clock(clock)
            .registry(HandymanWorkflows.registry())
            .functions(
                HandymanWorkflows.all(world.dependencies(clock)).stream()
                    .filter(fn -> fn.id().equals(DailyAnalyticsFlow.FUNCTION_ID))
                    .toList())
            .store(storage.engineStore())
            .build();

    // Nothing ran for three days; then the engine catches up with one late fire, never a storm.
    clock.set(START.plus(Duration.ofDays(3)));
    driver.runDue();

    assertThat(driver.runs(DailyAnalyticsFlow.FUNCTION_ID, RunStatus.COMPLETED))
        .extracting(r -> r.output().path("period").asText())
        .containsExactly("2026-01-05");

    // The days in between are reported on demand, each once.
    driver.send(
        DailyAnalyticsRequested.TYPE.event(
            new DailyAnalyticsRequested(LocalDate.parse("2026-01-06"))),
        DailyAnalyticsRequested.TYPE.event(
            new DailyAnalyticsRequested(LocalDate.parse("2026-01-07"))));
    driver.runDue();

    assertThat(world.reports.find("daily:2026-01-06")).isPresent();
    assertThat(world.reports.find("daily:2026-01-07")).isPresent();
    assertThat(world.mailer.sent())
        .extracting(m -> m.idempotencyKey())
        .containsExactlyInAnyOrder(
            "analytics:daily:2026-01-05:admin-1",
            "analytics:daily:2026-01-06:admin-1",
            "analytics:daily:2026-01-07:admin-1");
  }
}
