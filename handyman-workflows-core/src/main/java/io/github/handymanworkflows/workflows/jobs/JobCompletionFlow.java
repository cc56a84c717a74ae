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

import io.github.handymanworkflows.event.AvailabilityChanged;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.JobCompleted;
import io.github.handymanworkflows.event.ReviewSubmitted;
import io.github.handymanworkflows.handyman.HandymanStats;
import io.github.handymanworkflows.job.Job;
import io.github.handymanworkflows.job.JobStatus;
import io.github.handymanworkflows.mail.ReviewEmail;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.workflow.Match;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowContext;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.Recipients;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code job-completion-flow}: counts the job in the handyman's stats (atomically, once per job),
 * makes the handyman available again at once, asks the customer for a review after {@code
 * reviewDelay}, and reminds them once if no review came within {@code reviewWindow}.
 *
 * <p>A duplicate completion event, with the same or another event id, counts nothing twice (the
 * repository de-duplicates by job) and mails nothing twice (the keys {@code review-request:<jobId>}
 * and {@code review-reminder:<jobId>}); the function also declares an idempotency key per job for
 * Inngest. The job must exist and belong to the event's handyman and customer.
 */
public final class JobCompletionFlow {

  /** The function id. */
  public static final String FUNCTION_ID = "job-completion-flow";

  /** The availability reason sent when a job is done. */
  static final String AVAILABLE_AGAIN = "job-completed";

  private static final String UNNAMED_HANDYMAN = "your handyman";

  private final WorkflowDependencies deps;

  private JobCompletionFlow(WorkflowDependencies deps) {
    this.deps = deps;
  }

  /** Builds the function. */
  public static WorkflowFunction create(WorkflowDependencies deps) {
    JobCompletionFlow flow = new JobCompletionFlow(deps);
    return Workflow.function(FUNCTION_ID, "Job Completion Flow")
        .trigger(JobCompleted.TYPE)
        .retries(2)
        .idempotency("event.data.jobId")
        .handler(flow::run);
  }

  /**
   * What the run did.
   *
   * @param jobId the job
   * @param handymanId the handyman
   * @param completedJobs the handyman's completed jobs after this one
   * @param averageRating their average rating, or {@code null} when unrated
   * @param reviewRequested whether the review request was e-mailed
   * @param reviewReceived whether a review arrived (or already existed)
   * @param reminderSent whether the reminder was e-mailed
   */
  public record Result(
      String jobId,
      String handymanId,
      int completedJobs,
      @Nullable Double averageRating,
      boolean reviewRequested,
      boolean reviewReceived,
      boolean reminderSent) {}

  /** The stats after counting the job. */
  record Stats(int completedJobs, @Nullable Double averageRating) {}

  private Result run(WorkflowContext ctx, Step step) {
    JobCompleted done = ctx.data(JobCompleted.TYPE);
    Stats stats = step.run("update-handyman-stats", Stats.class, () -> recordJob(done));
    // The availability flow sets the flag and re-offers open jobs; the id makes a duplicate
    // completion restore availability only once.
    step.sendEvent(
        "restore-availability",
        AvailabilityChanged.TYPE
            .event(
                new AvailabilityChanged(
                    done.handymanId(), true, AVAILABLE_AGAIN, done.completedAt()))
            .withId(
                "availability:" + done.handymanId() + ":" + AVAILABLE_AGAIN + ":" + done.jobId()));

    step.sleepUntil(
        "wait-before-review-request", done.completedAt().plus(deps.settings().reviewDelay()));
    boolean requested =
        step.run(
            "request-customer-review",
            Boolean.class,
            () -> !deps.reviews().hasReview(done.jobId()) && mail(done, false));
    if (!requested) {
      return result(done, stats, false, true, false);
    }
    Optional<Event<ReviewSubmitted>> review =
        step.waitForEvent(
            "wait-for-review",
            ReviewSubmitted.TYPE,
            Match.field("data.jobId"),
            deps.settings().reviewWindow());
    if (review.isPresent()) {
      return result(done, stats, true, true, false);
    }
    // The host stores reviews too: one submitted while the run slept is not an event it can see.
    boolean reminded =
        step.run(
            "send-review-reminder",
            Boolean.class,
            () -> !deps.reviews().hasReview(done.jobId()) && mail(done, true));
    return result(done, stats, true, !reminded, reminded);
  }

  private static Result result(
      JobCompleted done, Stats stats, boolean requested, boolean received, boolean reminded) {
    return new Result(
        done.jobId(),
        done.handymanId(),
        stats.completedJobs(),
        stats.averageRating(),
        requested,
        received,
        reminded);
  }

  private Stats recordJob(JobCompleted done) {
    requireJob(done);
    HandymanStats stats =
        deps.handymen()
            .recordCompletedJob(done.handymanId(), done.jobId(), done.rating(), done.completedAt())
            .orElseThrow(
                () ->
                    new NonRetriableException(
                        "handyman '" + done.handymanId() + "' does not exist"));
    Double average = stats.averageRating().isPresent() ? stats.averageRating().getAsDouble() : null;
    return new Stats(stats.completedJobs(), average);
  }

  private Job requireJob(JobCompleted done) {
    Job job =
        deps.jobs()
            .find(done.jobId())
            .orElseThrow(
                () -> new NonRetriableException("job '" + done.jobId() + "' does not exist"));
    if (!job.customerId().equals(done.customerId())
        || !done.handymanId().equals(job.handymanId())) {
      throw new NonRetriableException(
          "job '" + done.jobId() + "' was not done by this handyman for this customer");
    }
    if (job.status() == JobStatus.CANCELLED) {
      throw new NonRetriableException("job '" + done.jobId() + "' was cancelled");
    }
    return job;
  }

  private boolean mail(JobCompleted done, boolean reminder) {
    Job job = requireJob(done);
    UserAccount customer = Recipients.require(deps.users(), done.customerId(), "customer");
    String handymanName =
        deps.users().find(done.handymanId()).map(UserAccount::displayName).orElse("");
    ReviewEmail email =
        new ReviewEmail(
            Recipients.of(customer),
            done.jobId(),
            job.title(),
            handymanName.isBlank() ? UNNAMED_HANDYMAN : handymanName);
    if (reminder) {
      deps.emails().reviewReminder(email);
    } else {
      deps.emails().reviewRequest(email);
    }
    return true;
  }
}
