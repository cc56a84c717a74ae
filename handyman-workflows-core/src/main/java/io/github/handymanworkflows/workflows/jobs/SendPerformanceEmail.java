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

import io.github.handymanworkflows.handyman.HandymanStats;
import io.github.handymanworkflows.handyman.PerformanceCriteria;
import io.github.handymanworkflows.mail.PerformanceRecognitionEmail;
import io.github.handymanworkflows.mail.PerformanceTipsEmail;
import io.github.handymanworkflows.mail.Recipient;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowContext;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.Recipients;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Instant;

/**
 * {@code send-performance-email}: sends one handyman the weekly e-mail of their cohort, tips or
 * recognition ({@code performance-tips:<userId>:<period>} or {@code
 * performance-recognition:<userId>:<period>}). Archived or deleted accounts get nothing.
 */
public final class SendPerformanceEmail {

  /** The function id. */
  public static final String FUNCTION_ID = "send-performance-email";

  /** No completed job for this long counts as idle in the tips (the original used 7 days). */
  private final WorkflowDependencies deps;

  private SendPerformanceEmail(WorkflowDependencies deps) {
    this.deps = deps;
  }

  /** Builds the function. */
  public static WorkflowFunction create(WorkflowDependencies deps) {
    SendPerformanceEmail flow = new SendPerformanceEmail(deps);
    return Workflow.function(FUNCTION_ID, "Send Performance Email")
        .trigger(HandymanPerformanceReview.TYPE)
        .retries(2)
        .handler(flow::run);
  }

  /**
   * What the run did.
   *
   * @param handymanId the handyman
   * @param period the ISO week
   * @param email {@code TIPS}, {@code RECOGNITION}, or {@code NONE} for an inactive account
   */
  public record Result(String handymanId, String period, String email) {}

  private Result run(WorkflowContext ctx, Step step) {
    HandymanPerformanceReview review = ctx.data(HandymanPerformanceReview.TYPE);
    return step.run("send-performance-email", Result.class, () -> send(review));
  }

  private Result send(HandymanPerformanceReview review) {
    UserAccount user = Recipients.require(deps.users(), review.handymanId(), "handyman");
    if (!user.active()) {
      return new Result(review.handymanId(), review.period(), "NONE");
    }
    Recipient to = Recipients.of(user);
    HandymanStats stats = review.stats();
    Double average = stats.averageRating().isPresent() ? stats.averageRating().getAsDouble() : null;
    switch (review.cohort()) {
      case RECOGNITION -> {
        deps.emails()
            .performanceRecognition(
                new PerformanceRecognitionEmail(
                    to, review.period(), average == null ? 0 : average, stats.completedJobs()));
        return new Result(review.handymanId(), review.period(), "RECOGNITION");
      }
      case TIPS -> {
        PerformanceCriteria criteria = deps.settings().performance();
        Instant last = stats.lastJobCompletedAt();
        deps.emails()
            .performanceTips(
                new PerformanceTipsEmail(
                    to,
                    review.period(),
                    average,
                    stats.completedJobs(),
                    last,
                    average != null && average < criteria.tipsBelow(),
                    PerformanceCriteria.fewJobs(stats),
                    PerformanceCriteria.idle(stats, review.asOf())));
        return new Result(review.handymanId(), review.period(), "TIPS");
      }
      default -> throw new IllegalStateException("unknown cohort " + review.cohort());
    }
  }
}
