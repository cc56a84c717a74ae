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

import io.github.handymanworkflows.event.CustomerJobCompleted;
import io.github.handymanworkflows.event.ReviewSubmitted;
import io.github.handymanworkflows.job.Job;
import io.github.handymanworkflows.review.Review;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowContext;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Instant;

/**
 * {@code record-customer-rating}: the consumer of {@code customer/job.completed}, which had none in
 * the original app. When the customer rated the job as they confirmed it, that rating is their
 * review: it is stored (the first review of a job wins) and announced as {@code
 * customer/review.submitted} (id {@code review-submitted:<jobId>}), so the completion flow neither
 * asks for a review nor reminds. Without a rating the event needs nothing: the completion flow asks
 * for the review.
 */
public final class RecordCustomerRating {

  /** The function id. */
  public static final String FUNCTION_ID = "record-customer-rating";

  private final WorkflowDependencies deps;

  private RecordCustomerRating(WorkflowDependencies deps) {
    this.deps = deps;
  }

  /** Builds the function. */
  public static WorkflowFunction create(WorkflowDependencies deps) {
    RecordCustomerRating flow = new RecordCustomerRating(deps);
    return Workflow.function(FUNCTION_ID, "Record Customer Rating")
        .trigger(CustomerJobCompleted.TYPE)
        .retries(2)
        .handler(flow::run);
  }

  /**
   * What the run did.
   *
   * @param jobId the job
   * @param rated whether the event carried a rating
   * @param stored whether it became the job's review (false when the job already had one)
   */
  public record Result(String jobId, boolean rated, boolean stored) {}

  private Result run(WorkflowContext ctx, Step step) {
    CustomerJobCompleted done = ctx.data(CustomerJobCompleted.TYPE);
    Integer rating = done.rating();
    if (rating == null) {
      return new Result(done.jobId(), false, false);
    }
    Instant at = ctx.triggeredAt();
    boolean stored =
        step.run(
            "store-rating",
            Boolean.class,
            () -> {
              requireJob(done);
              Review review =
                  new Review(done.jobId(), done.customerId(), done.handymanId(), rating, null, at);
              // A review equal to ours was stored by this step's attempt whose answer was lost.
              return deps.reviews().saveIfAbsent(review)
                  || deps.reviews().findByJob(done.jobId()).filter(review::equals).isPresent();
            });
    if (stored) {
      step.sendEvent(
          "announce-review",
          ReviewSubmitted.TYPE
              .event(
                  new ReviewSubmitted(
                      "rating-" + done.jobId(),
                      done.jobId(),
                      done.customerId(),
                      done.handymanId(),
                      rating,
                      null,
                      at))
              .withId("review-submitted:" + done.jobId()));
    }
    return new Result(done.jobId(), true, stored);
  }

  private void requireJob(CustomerJobCompleted done) {
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
  }
}
