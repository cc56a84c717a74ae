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
package io.github.handymanworkflows.scenarios.faults;

import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.scenarios.ScenarioWorld;
import io.github.handymanworkflows.test.PortWorld;
import io.github.handymanworkflows.test.WorkflowTestDriver;
import io.github.handymanworkflows.test.faults.FaultInjector;
import io.github.handymanworkflows.test.faults.FaultSweep;
import io.github.handymanworkflows.test.faults.Outcome;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.HandymanWorkflows;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Every workflow of the library on the embedded engine, in a world from the scenario backend whose
 * ports go through a {@link FaultInjector}, with failed steps retried at once.
 */
final class Marketplace {

  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  final ManualClock clock;
  final ScenarioWorld storage = ScenarioWorld.create();
  final PortWorld world = storage.ports();
  final WorkflowDependencies deps;
  final WorkflowTestDriver driver;

  Marketplace(FaultInjector faults) {
    this(faults, START, WorkflowSettings.defaults(), w -> {});
  }

  Marketplace(
      FaultInjector faults, Instant start, WorkflowSettings settings, Consumer<PortWorld> seed) {
    this(faults, start, settings, seed, null);
  }

  /**
   * A marketplace where only the cron functions named in {@code crons} are scheduled (all when
   * {@code null}); every event-triggered function is there.
   */
  Marketplace(
      FaultInjector faults,
      Instant start,
      WorkflowSettings settings,
      Consumer<PortWorld> seed,
      @Nullable Set<String> crons) {
    clock = new ManualClock(start);
    seed.accept(world);
    deps = world.dependencies(clock, settings, faults);
    List<WorkflowFunction> functions =
        HandymanWorkflows.all(deps).stream()
            .filter(
                fn ->
                    crons == null
                        || crons.contains(fn.id())
                        || fn.triggers().stream().noneMatch(t -> t instanceof Trigger.OnCron))
            .toList();
    driver =
        FaultSweep.driver(clock)
            .registry(HandymanWorkflows.registry())
            .functions(functions)
            .store(storage.engineStore())
            .build();
  }

  /** The world's state, mail and every run. */
  Outcome outcome() {
    return storage.outcome().runs(driver.engine()).build();
  }
}
