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
package io.github.handymanworkflows.workflows.jobs;

import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.event.AvailabilityChanged;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.JobMatched;
import io.github.handymanworkflows.handyman.HandymanProfile;
import io.github.handymanworkflows.job.Job;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowContext;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@code handyman-availability-flow}: records a handyman's availability and, when they become
 * available, re-offers open jobs that need one of their skills within {@code widenedRadiusKm} (jobs
 * still open went through the first search already).
 *
 * <p>Re-offers are {@code handyman/job.matched} events with the same ids as the matching flow's
 * offers ({@code job-matched:<jobId>:<handymanId>}), so a job already offered to this handyman is
 * neither re-sent nor re-mailed. At most {@link #MAX_REOFFERS} jobs are offered per change, so a
 * handyman coming back is not flooded.
 */
public final class HandymanAvailabilityFlow {

  /** The function id. */
  public static final String FUNCTION_ID = "handyman-availability-flow";

  /** Jobs offered at most per availability change. */
  static final int MAX_REOFFERS = 10;

  /** Pages scanned at most per change (pages may hold only the handyman's own jobs). */
  static final int MAX_PAGES = 20;

  private final WorkflowDependencies deps;

  private HandymanAvailabilityFlow(WorkflowDependencies deps) {
    this.deps = deps;
  }

  /** Builds the function. */
  public static WorkflowFunction create(WorkflowDependencies deps) {
    HandymanAvailabilityFlow flow = new HandymanAvailabilityFlow(deps);
    return Workflow.function(FUNCTION_ID, "Handyman Availability Flow")
        .trigger(AvailabilityChanged.TYPE)
        .retries(1)
        .handler(flow::run);
  }

  /**
   * What the run did.
   *
   * @param handymanId the handyman
   * @param available the availability recorded
   * @param jobsOffered open jobs re-offered
   */
  public record Result(String handymanId, boolean available, int jobsOffered) {}

  /**
   * One page of open jobs as ready-made offers, and where the scan goes on.
   *
   * @param offers the offers of this page
   * @param nextSkill the skill to scan next, or {@code null} when the scan is over
   * @param nextAfterId the job id cursor within {@code nextSkill}, or {@code null} to start it
   */
  record OpenJobs(
      List<JobMatched> offers, @Nullable String nextSkill, @Nullable String nextAfterId) {}

  private Result run(WorkflowContext ctx, Step step) {
    AvailabilityChanged change = ctx.data(AvailabilityChanged.TYPE);
    String handymanId = change.handymanId();
    step.run(
        "update-availability",
        () -> {
          if (!deps.handymen()
              .setAvailability(
                  handymanId, change.available(), change.reason(), change.changedAt())) {
            throw new NonRetriableException("handyman '" + handymanId + "' does not exist");
          }
        });
    if (!change.available()) {
      return new Result(handymanId, false, 0);
    }
    int offered = 0;
    String skill = "";
    String afterId = null;
    int pages = 0;
    while (skill != null && offered < MAX_REOFFERS && pages++ < MAX_PAGES) {
      String fromSkill = skill;
      String fromId = afterId;
      int limit = Math.min(deps.settings().pageSize(), MAX_REOFFERS - offered);
      OpenJobs page =
          step.run(
              "find-open-jobs",
              OpenJobs.class,
              () -> openJobs(handymanId, fromSkill, fromId, limit));
      if (!page.offers().isEmpty()) {
        step.sendEvent("offer-open-jobs", events(page.offers()));
        offered += page.offers().size();
      }
      skill = page.nextSkill();
      afterId = page.nextAfterId();
    }
    return new Result(handymanId, true, offered);
  }

  private static List<Event<JobMatched>> events(List<JobMatched> offers) {
    return offers.stream()
        .map(
            offer ->
                JobMatched.TYPE
                    .event(offer)
                    .withId(JobMatchingFlow.offerEventId(offer.jobId(), offer.handymanId())))
        .toList();
  }

  /**
   * Scans the handyman's skills in alphabetical order, each by job id, so the cursor is stable even
   * when the profile is read again for the next page. An empty {@code fromSkill} starts the scan.
   */
  private OpenJobs openJobs(
      String handymanId, String fromSkill, @Nullable String afterId, int limit) {
    HandymanProfile profile =
        deps.handymen()
            .find(handymanId)
            .orElseThrow(
                () -> new NonRetriableException("handyman '" + handymanId + "' does not exist"));
    if (!profile.matchable() || profile.location() == null) {
      return new OpenJobs(List.of(), null, null);
    }
    GeoPoint near = profile.location().point();
    TreeSet<String> skills = new TreeSet<>(profile.skills());
    String skill = skills.ceiling(fromSkill);
    if (skill == null) {
      return new OpenJobs(List.of(), null, null);
    }
    Page<Job> page =
        deps.jobs()
            .findAwaitingHandyman(skill, near, deps.settings().widenedRadiusKm(), afterId, limit);
    List<JobMatched> offers = new ArrayList<>();
    for (Job job : page.items()) {
      if (!job.customerId().equals(handymanId)) {
        offers.add(
            new JobMatched(
                handymanId,
                job.jobId(),
                job.customerId(),
                job.title(),
                job.location(),
                job.urgency(),
                JobMatchingFlow.ESTIMATED_DURATION,
                near.distanceKm(job.location().point())));
      }
    }
    if (page.hasNext()) {
      return new OpenJobs(offers, skill, page.nextCursor());
    }
    return new OpenJobs(offers, skills.higher(skill), null);
  }
}
