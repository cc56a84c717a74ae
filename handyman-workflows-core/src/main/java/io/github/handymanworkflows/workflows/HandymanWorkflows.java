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
package io.github.handymanworkflows.workflows;

import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.account.AccountWorkflows;
import io.github.handymanworkflows.workflows.email.EmailWorkflows;
import io.github.handymanworkflows.workflows.jobs.JobWorkflows;
import io.github.handymanworkflows.workflows.maintenance.MaintenanceWorkflows;
import java.util.ArrayList;
import java.util.List;

/** Every workflow function of the marketplace, and the registry of every event they use. */
public final class HandymanWorkflows {

  private HandymanWorkflows() {}

  /** All workflow functions, built on the given dependencies. */
  public static List<WorkflowFunction> all(WorkflowDependencies deps) {
    List<WorkflowFunction> all = new ArrayList<>();
    all.addAll(EmailWorkflows.all(deps));
    all.addAll(AccountWorkflows.all(deps));
    all.addAll(JobWorkflows.all(deps));
    all.addAll(MaintenanceWorkflows.all(deps));
    return List.copyOf(all);
  }

  /** The workflows' own events: fan-out and cancellation events beyond the catalogue. */
  public static List<EventType<?>> internalEvents() {
    List<EventType<?>> events = new ArrayList<>();
    events.addAll(EmailWorkflows.events());
    events.addAll(AccountWorkflows.events());
    events.addAll(JobWorkflows.events());
    events.addAll(MaintenanceWorkflows.events());
    return List.copyOf(events);
  }

  /** The catalogue plus the workflows' internal events. */
  public static EventRegistry registry() {
    return EventCatalogue.registry().with(internalEvents().toArray(new EventType<?>[0]));
  }
}
