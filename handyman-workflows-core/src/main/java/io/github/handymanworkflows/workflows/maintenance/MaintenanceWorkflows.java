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
package io.github.handymanworkflows.workflows.maintenance;

import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.util.List;

/** The maintenance workflows: daily and monthly analytics, weekly maintenance, health checks. */
public final class MaintenanceWorkflows {

  private MaintenanceWorkflows() {}

  /** Every maintenance workflow function, wired to the dependencies. */
  public static List<WorkflowFunction> all(WorkflowDependencies deps) {
    return List.of(
        DailyAnalyticsFlow.create(deps),
        WeeklyMaintenanceFlow.create(deps),
        ArchiveInactiveAccount.create(deps),
        MonthlyAnalyticsFlow.create(deps),
        SystemHealthFlow.create(deps));
  }

  /** The event types these workflows add to the catalogue (their fan-out events). */
  public static List<EventType<?>> events() {
    return List.of(InactiveAccountFound.TYPE);
  }
}
