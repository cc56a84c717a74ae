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
package io.github.handymanworkflows.scenarios.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.scenarios.ScenarioWorld;
import io.github.handymanworkflows.test.PortWorld;
import io.github.handymanworkflows.test.WorkflowTestDriver;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.email.EmailOutcome;
import io.github.handymanworkflows.workflows.email.EmailWorkflows;
import java.time.Instant;
import java.util.List;

/**
 * The email functions on the embedded engine, in a world from the scenario backend with a manual
 * clock.
 */
final class EmailScenario {

  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  final ManualClock clock = new ManualClock(START);
  final ScenarioWorld storage = ScenarioWorld.create();
  final PortWorld world = storage.ports();
  final WorkflowDependencies deps = world.dependencies(clock, WorkflowSettings.defaults());
  final WorkflowTestDriver driver =
      WorkflowTestDriver.builder()
          .clock(clock)
          .registry(
              EventCatalogue.registry().with(EmailWorkflows.events().toArray(new EventType<?>[0])))
          .functions(EmailWorkflows.all(deps))
          .store(storage.engineStore())
          .build();

  /** The run's result read back as an email outcome. */
  static EmailOutcome outcome(RunRecord run) {
    assertThat(run.output()).as("output of %s", run.functionId()).isNotNull();
    try {
      return Json.mapper().treeToValue(run.output(), EmailOutcome.class);
    } catch (JsonProcessingException e) {
      throw new AssertionError("output of " + run.functionId() + " is not an EmailOutcome", e);
    }
  }

  /** The one email delivered, checked to be the only one. */
  MailMessage onlyEmail() {
    List<MailMessage> sent = world.mailer.sent();
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }
}
