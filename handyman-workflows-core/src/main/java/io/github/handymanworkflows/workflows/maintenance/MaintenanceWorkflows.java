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
