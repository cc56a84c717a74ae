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

import io.github.handymanworkflows.event.ReviewSubmitted;
import io.github.handymanworkflows.handyman.HandymanStats;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowContext;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowDependencies;

/**
 * {@code record-review-rating}: a review's rating joins the handyman's stats, once per job, even
 * when the review overtakes the completion event (the repository keeps it until the job is
 * counted). Without this, a rating given after completion would never reach the average.
 */
public final class RecordReviewRating {

  /** The function id. */
  public static final String FUNCTION_ID = "record-review-rating";

  private final WorkflowDependencies deps;

  private RecordReviewRating(WorkflowDependencies deps) {
    this.deps = deps;
  }

  /** Builds the function. */
  public static WorkflowFunction create(WorkflowDependencies deps) {
    RecordReviewRating flow = new RecordReviewRating(deps);
    return Workflow.function(FUNCTION_ID, "Record Review Rating")
        .trigger(ReviewSubmitted.TYPE)
        .retries(2)
        .handler(flow::run);
  }

  /**
   * What the run did.
   *
   * @param jobId the reviewed job
   * @param ratingCount the handyman's rated jobs after the call
   */
  public record Result(String jobId, int ratingCount) {}

  private Result run(WorkflowContext ctx, Step step) {
    ReviewSubmitted review = ctx.data(ReviewSubmitted.TYPE);
    HandymanStats stats =
        step.run(
            "record-rating",
            HandymanStats.class,
            () ->
                deps.handymen()
                    .recordRating(review.handymanId(), review.jobId(), review.rating())
                    .orElseThrow(
                        () ->
                            new NonRetriableException(
                                "review of job " + review.jobId() + " names an unknown handyman")));
    return new Result(review.jobId(), stats.ratingCount());
  }
}
