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
package io.github.handymanworkflows.scenarios.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.scenarios.ScenarioWorld;
import io.github.handymanworkflows.test.PortWorld;
import io.github.handymanworkflows.test.WorkflowTestDriver;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.account.AccountWorkflows;
import io.github.handymanworkflows.workflows.email.EmailWorkflows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The account and email functions together on the embedded engine (the account flows' events are
 * consumed by both), in a world from the scenario backend with a manual clock starting on Monday
 * 2026-01-05 at 09:00 UTC.
 */
final class AccountScenario {

  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  final ManualClock clock;
  final ScenarioWorld storage = ScenarioWorld.create();
  final PortWorld world = storage.ports();
  final WorkflowDependencies deps;
  final WorkflowTestDriver driver;

  AccountScenario() {
    this(START, WorkflowSettings.defaults());
  }

  AccountScenario(Instant start, WorkflowSettings settings) {
    clock = new ManualClock(start);
    deps = world.dependencies(clock, settings);
    List<EventType<?>> extra = new ArrayList<>(AccountWorkflows.events());
    extra.addAll(EmailWorkflows.events());
    List<WorkflowFunction> functions = new ArrayList<>(AccountWorkflows.all(deps));
    functions.addAll(EmailWorkflows.all(deps));
    driver =
        WorkflowTestDriver.builder()
            .clock(clock)
            .registry(EventCatalogue.registry().with(extra.toArray(new EventType<?>[0])))
            .functions(functions)
            .store(storage.engineStore())
            .build();
  }

  /** The run's result read back as a record. */
  static <T> T output(RunRecord run, Class<T> type) {
    assertThat(run.output()).as("output of %s", run.functionId()).isNotNull();
    try {
      return Json.mapper().treeToValue(run.output(), type);
    } catch (JsonProcessingException e) {
      throw new AssertionError("output of " + run.functionId() + " is not a " + type, e);
    }
  }
}
