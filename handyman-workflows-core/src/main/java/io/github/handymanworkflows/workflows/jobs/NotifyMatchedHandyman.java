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

import io.github.handymanworkflows.event.JobMatched;
import io.github.handymanworkflows.handyman.HandymanProfile;
import io.github.handymanworkflows.job.Job;
import io.github.handymanworkflows.mail.JobMatchedEmail;
import io.github.handymanworkflows.user.UserAccount;
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
 * {@code notify-matched-handyman}: e-mails a handyman the job offered to them ({@code
 * handyman/job.matched}, which had no consumer in the original app). The e-mail key is {@code
 * job-matched:<jobId>:<handymanId>}, so an offer repeated by the availability flow is not mailed
 * twice. Offers for jobs taken or cancelled in the meantime, and to handymen who stopped taking
 * jobs, are dropped.
 */
public final class NotifyMatchedHandyman {

  /** The function id (also the {@code workflow} tag of the e-mail). */
  public static final String FUNCTION_ID = "notify-matched-handyman";

  private final WorkflowDependencies deps;

  private NotifyMatchedHandyman(WorkflowDependencies deps) {
    this.deps = deps;
  }

  /** Builds the function. */
  public static WorkflowFunction create(WorkflowDependencies deps) {
    NotifyMatchedHandyman flow = new NotifyMatchedHandyman(deps);
    return Workflow.function(FUNCTION_ID, "Notify Matched Handyman")
        .trigger(JobMatched.TYPE)
        .retries(2)
        .handler(flow::run);
  }

  /**
   * What the run did.
   *
   * @param jobId the job
   * @param handymanId the handyman
   * @param emailed whether the offer was e-mailed
   * @param skipped why not, or {@code null}: {@code job-closed}, {@code handyman-unavailable}
   */
  public record Result(
      String jobId, String handymanId, boolean emailed, @Nullable String skipped) {}

  private Result run(WorkflowContext ctx, Step step) {
    JobMatched offer = ctx.data(JobMatched.TYPE);
    return step.run("send-job-offer", Result.class, () -> send(offer));
  }

  private Result send(JobMatched offer) {
    Job job =
        deps.jobs()
            .find(offer.jobId())
            .orElseThrow(
                () -> new NonRetriableException("job '" + offer.jobId() + "' does not exist"));
    if (!job.status().awaitingHandyman()) {
      return new Result(offer.jobId(), offer.handymanId(), false, "job-closed");
    }
    UserAccount handyman = Recipients.require(deps.users(), offer.handymanId(), "handyman");
    Optional<HandymanProfile> profile = deps.handymen().find(offer.handymanId());
    if (!handyman.active() || profile.isEmpty() || !profile.get().matchable()) {
      return new Result(offer.jobId(), offer.handymanId(), false, "handyman-unavailable");
    }
    deps.emails()
        .jobMatched(
            new JobMatchedEmail(
                Recipients.of(handyman),
                job.jobId(),
                offer.jobTitle(),
                job.skill(),
                offer.location().address(),
                offer.urgency(),
                job.budget(),
                offer.distanceKm(),
                deps.settings().acceptWindow()));
    return new Result(offer.jobId(), offer.handymanId(), true, null);
  }
}
