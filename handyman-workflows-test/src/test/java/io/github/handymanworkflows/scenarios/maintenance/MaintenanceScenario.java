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

import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.scenarios.ScenarioWorld;
import io.github.handymanworkflows.test.PortWorld;
import io.github.handymanworkflows.test.WorkflowTestDriver;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.maintenance.MaintenanceWorkflows;
import java.time.Instant;
import java.util.List;

/** The maintenance workflows on the embedded engine, with two admins (and one archived admin). */
final class MaintenanceScenario {

  final ManualClock clock;
  final ScenarioWorld storage = ScenarioWorld.create();
  final PortWorld world = storage.ports();
  final WorkflowTestDriver driver;

  MaintenanceScenario(Instant start, WorkflowSettings settings) {
    this(start, settings, List.of());
  }

  MaintenanceScenario(Instant start, WorkflowSettings settings, List<HealthProbe> probes) {
    clock = new ManualClock(start);
    world.users.save(TestUsers.admin("admin-1").name("Amaka", "Obi").build());
    world.users.save(TestUsers.admin("admin-2").name("Bola", "Ade").build());
    world.users.save(
        TestUsers.admin("admin-old")
            .archived(Instant.parse("2026-01-02T00:00:00Z"), "left")
            .build());
    world.probes.addAll(probes);
    driver =
        WorkflowTestDriver.builder()
            .clock(clock)
            .registry(
                EventCatalogue.registry()
                    .with(MaintenanceWorkflows.events().toArray(EventType<?>[]::new)))
            .functions(MaintenanceWorkflows.all(world.dependencies(clock, settings)))
            .store(storage.engineStore())
            .build();
  }

  List<MailMessage> mailsWithPrefix(String keyPrefix) {
    return world.mailer.sent().stream()
        .filter(m -> m.idempotencyKey().startsWith(keyPrefix))
        .toList();
  }
}
