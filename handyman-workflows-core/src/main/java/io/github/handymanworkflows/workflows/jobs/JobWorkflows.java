package io.github.handymanworkflows.workflows.jobs;

import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.util.List;

/**
 * The job workflows: matching and offers, completion and reviews, availability, and the weekly
 * performance e-mails.
 */
public final class JobWorkflows {

  private JobWorkflows() {}

  /** Every job workflow function, wired to the dependencies. */
  public static List<WorkflowFunction> all(WorkflowDependencies deps) {
    return List.of(
        JobMatchingFlow.create(deps),
        NotifyMatchedHandyman.create(deps),
        JobCompletionFlow.create(deps),
        RecordCustomerRating.create(deps),
        HandymanAvailabilityFlow.create(deps),
        HandymanPerformanceFlow.create(deps),
        SendPerformanceEmail.create(deps));
  }

  /** The event types these workflows add to the catalogue (their fan-out events). */
  public static List<EventType<?>> events() {
    return List.of(HandymanPerformanceReview.TYPE);
  }
}
