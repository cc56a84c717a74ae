package io.github.handymanworkflows.workflows;

import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.util.ArrayList;
import java.util.List;

/** Every workflow function of the marketplace, and the registry of every event they use. */
public final class HandymanWorkflows {

  private HandymanWorkflows() {}

  /** All workflow functions, built on the given dependencies. */
  public static List<WorkflowFunction> all(WorkflowDependencies deps) {
    List<WorkflowFunction> all = new ArrayList<>();
    return List.copyOf(all);
  }

  /** The catalogue plus the workflows' internal fan-out events. */
  public static EventRegistry registry() {
    return EventCatalogue.registry();
  }
}
