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

import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.JobAccepted;
import io.github.handymanworkflows.event.JobMatched;
import io.github.handymanworkflows.event.JobPosted;
import io.github.handymanworkflows.handyman.HandymanCandidate;
import io.github.handymanworkflows.handyman.Skills;
import io.github.handymanworkflows.job.Job;
import io.github.handymanworkflows.job.JobStatus;
import io.github.handymanworkflows.mail.JobFollowUpEmail;
import io.github.handymanworkflows.workflow.Match;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowContext;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.Recipients;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code job-matching-flow}: offers a posted job to the nearest, best-rated matching handymen,
 * waits for one to accept, widens the search once when nobody does, and finally tells the customer.
 *
 * <p>Offers go out as {@code handyman/job.matched} events with the ids {@code
 * job-matched:<jobId>:<handymanId>}, so a retried send, a re-run or a re-offer by the availability
 * flow notifies nobody twice; {@link NotifyMatchedHandyman} e-mails each one.
 */
public final class JobMatchingFlow {

  /** The function id. */
  public static final String FUNCTION_ID = "job-matching-flow";

  /**
   * How long offered work is expected to take. The posted event carries no estimate; the original
   * app sent a fixed two hours as well.
   */
  static final Duration ESTIMATED_DURATION = Duration.ofHours(2);

  private final WorkflowDependencies deps;

  private JobMatchingFlow(WorkflowDependencies deps) {
    this.deps = deps;
  }

  /** Builds the function. */
  public static WorkflowFunction create(WorkflowDependencies deps) {
    JobMatchingFlow flow = new JobMatchingFlow(deps);
    return Workflow.function(FUNCTION_ID, "Job Matching Flow")
        .trigger(JobPosted.TYPE)
        .retries(2)
        .handler(flow::run);
  }

  /**
   * What the run did.
   *
   * @param jobId the job
   * @param outcome {@code ACCEPTED}, {@code NOT_ACCEPTED} (the customer was told) or {@code CLOSED}
   *     (the job was cancelled or taken before matching finished)
   * @param handymenNotified offers sent in the first search
   * @param widenedNotified offers sent in the widened search
   * @param acceptedBy the handyman who took the job, if one did
   * @param followUpSent whether the customer was e-mailed that nobody accepted
   */
  public record Result(
      String jobId,
      String outcome,
      int handymenNotified,
      int widenedNotified,
      @Nullable String acceptedBy,
      boolean followUpSent) {}

  /** A handyman found by a search: only ids and the distance go into run state. */
  record Candidate(String handymanId, double distanceKm) {}

  /** One search; {@code closed} when the job no longer waits for a handyman. */
  record Search(boolean closed, List<Candidate> candidates) {}

  /** The job's state after a wait: {@code ACCEPTED}, {@code WAITING} or {@code CLOSED}. */
  record Acceptance(String state, @Nullable String handymanId) {}

  private Result run(WorkflowContext ctx, Step step) {
    JobPosted job = ctx.data(JobPosted.TYPE);
    double radius = deps.settings().matchRadiusKm();
    Search first =
        step.run("find-matching-handymen", Search.class, () -> search(job, radius, List.of()));
    if (first.closed()) {
      return new Result(job.jobId(), "CLOSED", 0, 0, null, false);
    }
    int firstCount = first.candidates().size();
    if (firstCount > 0) {
      step.run("mark-job-matched", Boolean.class, () -> deps.jobs().markMatched(job.jobId()));
      step.sendEvent("notify-handymen", offers(job, first.candidates()));
      Acceptance acceptance = awaitAcceptance(step, job, "wait-for-acceptance", "check-acceptance");
      if (!acceptance.state().equals("WAITING")) {
        return finished(job, acceptance, firstCount, 0);
      }
    }

    List<String> alreadyOffered = first.candidates().stream().map(Candidate::handymanId).toList();
    double widened = deps.settings().widenedRadiusKm();
    Search second =
        step.run("find-more-handymen", Search.class, () -> search(job, widened, alreadyOffered));
    if (second.closed()) {
      return new Result(job.jobId(), "CLOSED", firstCount, 0, null, false);
    }
    int secondCount = second.candidates().size();
    if (secondCount > 0) {
      if (firstCount == 0) {
        step.run("mark-job-matched", Boolean.class, () -> deps.jobs().markMatched(job.jobId()));
      }
      step.sendEvent("notify-more-handymen", offers(job, second.candidates()));
      Acceptance acceptance =
          awaitAcceptance(step, job, "wait-for-widened-acceptance", "check-widened-acceptance");
      if (!acceptance.state().equals("WAITING")) {
        return finished(job, acceptance, firstCount, secondCount);
      }
    }

    if (firstCount + secondCount > 0) {
      // No offer is pending any more; the availability flow re-offers the open job later.
      step.run("reopen-job", Boolean.class, () -> deps.jobs().reopen(job.jobId()));
    }
    step.run(
        "send-customer-follow-up",
        () -> {
          var customer = Recipients.require(deps.users(), job.customerId(), "customer");
          deps.emails()
              .jobFollowUp(
                  new JobFollowUpEmail(
                      Recipients.of(customer),
                      job.jobId(),
                      job.jobTitle(),
                      firstCount + secondCount,
                      secondCount > 0));
        });
    return new Result(job.jobId(), "NOT_ACCEPTED", firstCount, secondCount, null, true);
  }

  private static Result finished(JobPosted job, Acceptance acceptance, int first, int second) {
    String outcome = acceptance.state().equals("ACCEPTED") ? "ACCEPTED" : "CLOSED";
    return new Result(job.jobId(), outcome, first, second, acceptance.handymanId(), false);
  }

  private Search search(JobPosted job, double radiusKm, List<String> exclude) {
    Job stored =
        deps.jobs()
            .find(job.jobId())
            .orElseThrow(
                () -> new NonRetriableException("job '" + job.jobId() + "' does not exist"));
    if (!stored.status().awaitingHandyman()) {
      return new Search(true, List.of());
    }
    List<HandymanCandidate> found =
        deps.handymen()
            .findCandidates(
                Skills.normalize(job.category()),
                job.location().point(),
                radiusKm,
                new HashSet<>(exclude),
                deps.settings().maxMatches());
    List<Candidate> candidates = new ArrayList<>(found.size());
    for (HandymanCandidate candidate : found) {
      if (!candidate.handymanId().equals(job.customerId())) {
        candidates.add(new Candidate(candidate.handymanId(), candidate.distanceKm()));
      }
    }
    return new Search(false, candidates);
  }

  private static List<Event<JobMatched>> offers(JobPosted job, List<Candidate> candidates) {
    return candidates.stream().map(candidate -> offer(job, candidate)).toList();
  }

  private static Event<JobMatched> offer(JobPosted job, Candidate candidate) {
    JobMatched matched =
        new JobMatched(
            candidate.handymanId(),
            job.jobId(),
            job.customerId(),
            job.jobTitle(),
            job.location(),
            job.urgency(),
            ESTIMATED_DURATION,
            candidate.distanceKm());
    return JobMatched.TYPE.event(matched).withId(offerEventId(job.jobId(), candidate.handymanId()));
  }

  /** The id of the offer event, shared with the availability flow's re-offers. */
  static String offerEventId(String jobId, String handymanId) {
    return "job-matched:" + jobId + ":" + handymanId;
  }

  private Acceptance awaitAcceptance(Step step, JobPosted job, String waitId, String checkId) {
    Optional<Event<JobAccepted>> accepted =
        step.waitForEvent(
            waitId, JobAccepted.TYPE, Match.field("data.jobId"), deps.settings().acceptWindow());
    JobAccepted event = accepted.map(e -> e.data(JobAccepted.TYPE)).orElse(null);
    // Also read the job after a timeout: an acceptance stored just before the wait began sends an
    // event the wait cannot see.
    return step.run(checkId, Acceptance.class, () -> acceptance(job.jobId(), event));
  }

  private Acceptance acceptance(String jobId, @Nullable JobAccepted event) {
    if (event != null && deps.jobs().accept(jobId, event.handymanId(), event.acceptedAt())) {
      return new Acceptance("ACCEPTED", event.handymanId());
    }
    Optional<Job> job = deps.jobs().find(jobId);
    if (job.isEmpty() || job.get().status() == JobStatus.CANCELLED) {
      return new Acceptance("CLOSED", null);
    }
    if (job.get().status().awaitingHandyman()) {
      return new Acceptance("WAITING", null);
    }
    return new Acceptance("ACCEPTED", job.get().handymanId());
  }
}
