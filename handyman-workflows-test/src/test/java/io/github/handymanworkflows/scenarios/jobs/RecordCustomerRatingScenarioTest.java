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
package io.github.handymanworkflows.scenarios.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.CustomerJobCompleted;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.workflows.jobs.JobCompletionFlow;
import io.github.handymanworkflows.workflows.jobs.RecordCustomerRating;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordCustomerRatingScenarioTest {

  final JobScenario s = new JobScenario();

  @BeforeEach
  void acceptedJob() {
    s.handyman("h-1", JobScenario.NEAR);
    s.acceptedJob("job-1", "h-1");
  }

  Event<CustomerJobCompleted> customerCompleted(@Nullable Integer rating) {
    return CustomerJobCompleted.TYPE.event(
        new CustomerJobCompleted(JobScenario.CUSTOMER, "job-1", "h-1", "Tunde", rating));
  }

  @Test
  void ratingBecomesTheReviewSoNoRequestOrReminderGoesOut() {
    s.driver.send(s.complete("job-1", "h-1", null));
    s.clock.advance(Duration.ofHours(1));
    s.driver.send(customerCompleted(4));

    assertThat(s.world.reviews.findByJob("job-1"))
        .hasValueSatisfying(r -> assertThat(r.rating()).isEqualTo(4));
    RunRecord run = s.lastRun(RecordCustomerRating.FUNCTION_ID);
    assertThat(run.output().path("stored").asBoolean()).isTrue();
    s.driver.advance(Duration.ofDays(5));
    assertThat(s.world.mailer.sent()).isEmpty();
    assertThat(s.lastRun(JobCompletionFlow.FUNCTION_ID).status()).isEqualTo(RunStatus.COMPLETED);
  }

  @Test
  void ratingArrivingWhileWaitingForReviewEndsTheWait() {
    s.driver.send(s.complete("job-1", "h-1", null));
    s.driver.advance(Duration.ofHours(30));
    assertThat(s.world.mailer.deliveredCount("review-request:job-1")).isEqualTo(1);

    s.driver.send(customerCompleted(5));
    s.driver.advance(Duration.ofDays(4));

    assertThat(s.mailsWithPrefix("review-reminder:")).isEmpty();
    assertThat(s.lastRun(JobCompletionFlow.FUNCTION_ID).output().path("reviewReceived").asBoolean())
        .isTrue();
  }

  @Test
  void firstReviewWinsAndNoSecondAnnouncement() {
    s.driver.send(s.review("job-1", "h-1", 2));
    s.driver.send(customerCompleted(5));

    assertThat(s.world.reviews.findByJob("job-1").orElseThrow().rating()).isEqualTo(2);
    RunRecord run = s.lastRun(RecordCustomerRating.FUNCTION_ID);
    assertThat(run.output().path("stored").asBoolean()).isFalse();
    assertThat(run.step("announce-review")).isEmpty();
  }

  @Test
  void withoutRatingNothingIsStored() {
    s.driver.send(customerCompleted(null));

    assertThat(s.world.reviews.hasReview("job-1")).isFalse();
    RunRecord run = s.lastRun(RecordCustomerRating.FUNCTION_ID);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().path("rated").asBoolean()).isFalse();
  }
}
