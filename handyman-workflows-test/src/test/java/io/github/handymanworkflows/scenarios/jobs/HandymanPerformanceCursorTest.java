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

import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.scenarios.ScenarioWorld;
import io.github.handymanworkflows.test.PortWorld;
import io.github.handymanworkflows.test.WorkflowTestDriver;
import io.github.handymanworkflows.test.data.TestHandymen;
import io.github.handymanworkflows.test.data.TestPlaces;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.test.faults.FaultInjector;
import io.github.handymanworkflows.test.faults.FaultMode;
import io.github.handymanworkflows.test.faults.FaultSweep;
import io.github.handymanworkflows.workflows.HandymanWorkflows;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.jobs.HandymanPerformanceFlow;
import io.github.handymanworkflows.workflows.jobs.SendPerformanceEmail;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scan capped at 400 pages resumes where the last run stopped: with more handymen than one run
 * reads, every handyman is reviewed within the runs needed, and a retried step neither skips nor
 * repeats a page.
 */
class HandymanPerformanceCursorTest {

  /** One handyman per page, 400 pages per run: three more than one run reads. */
  static final int HANDYMEN = 403;

  /** Monday 2026-01-12 00:00 UTC, the first scheduled run after the start. */
  static final Instant FIRST_RUN = Instant.parse("2026-01-12T00:00:00Z");

  final ManualClock clock = new ManualClock(Instant.parse("2026-01-10T09:00:00Z"));
  final ScenarioWorld storage = ScenarioWorld.create();
  final PortWorld world = storage.ports();

  List<String> seedHandymen() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < HANDYMEN; i++) {
      String id = String.format("h-%04d", i);
      ids.add(id);
      world.users.save(TestUsers.handyman(id).name("Tunde", id).build());
      world.handymen.save(
          TestHandymen.matchable(id, TestPlaces.IKEJA, "plumbing")
              .withStats(TestHandymen.stats(6, 29, Instant.parse("2026-01-09T10:00:00Z"))));
    }
    return ids;
  }

  @ParameterizedTest(name = "one lost answer at {0}")
  @ValueSource(strings = {"handymen.findPerformance", "ledger.saveCursor"})
  void everyHandymanIsReviewedOnceWithinTheRunsNeededThenTheScanWrapsAround(String faultAt) {
    List<String> ids = seedHandymen();
    FaultInjector faults = FaultInjector.onFirst(faultAt, FaultMode.ANSWER_LOST);
    WorkflowDependencies deps =
        world.dependencies(clock, WorkflowSettings.defaults().withPageSize(1), faults);
    WorkflowTestDriver driver =
        FaultSweep.driver(clock)
            .registry(HandymanWorkflows.registry())
            .functions(
                List.of(HandymanPerformanceFlow.create(deps), SendPerformanceEmail.create(deps)))
            .store(storage.engineStore())
            .build();

    driver.advanceTo(FIRST_RUN.plus(Duration.ofMinutes(1)));
    RunRecord first = driver.lastRun(HandymanPerformanceFlow.FUNCTION_ID);
    driver.advanceTo(FIRST_RUN.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(1)));
    RunRecord second = driver.lastRun(HandymanPerformanceFlow.FUNCTION_ID);
    driver.advanceTo(FIRST_RUN.plus(Duration.ofDays(14)).plus(Duration.ofMinutes(1)));
    RunRecord third = driver.lastRun(HandymanPerformanceFlow.FUNCTION_ID);

    assertThat(faults.injected()).as("the fault was injected").isPresent();
    assertThat(List.of(first, second, third))
        .extracting(RunRecord::status)
        .containsOnly(RunStatus.COMPLETED);
    // Run 1 reads the cap and stops; run 2 resumes after the last handyman run 1 reviewed and
    // reaches the end; run 3 starts at the first page again.
    assertThat(first.output().path("complete").asBoolean()).isFalse();
    assertThat(first.output().path("resumedAfter").isNull()).isTrue();
    assertThat(second.output().path("resumedAfter").asText()).isEqualTo("h-0399");
    assertThat(second.output().path("complete").asBoolean()).isTrue();
    assertThat(third.output().path("resumedAfter").isNull()).isTrue();

    Map<String, Integer> reviewsInTwoRuns = new HashMap<>();
    for (RunRecord run : driver.runs(SendPerformanceEmail.FUNCTION_ID)) {
      if (run.startedAt().isBefore(FIRST_RUN.plus(Duration.ofDays(14)))) {
        String handyman = run.triggerEventId().split(":")[1];
        reviewsInTwoRuns.merge(handyman, 1, Integer::sum);
      }
    }
    assertThat(reviewsInTwoRuns.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(reviewsInTwoRuns.values()).containsOnly(1);
    assertThat(
            IntStream.of(
                    first.output().path("recognition").asInt()
                        + first.output().path("tips").asInt(),
                    second.output().path("recognition").asInt()
                        + second.output().path("tips").asInt())
                .sum())
        .isEqualTo(HANDYMEN);
  }
}
