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

import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.CustomerJobCompleted;
import io.github.handymanworkflows.handyman.HandymanStats;
import io.github.handymanworkflows.workflows.jobs.RecordReviewRating;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordReviewRatingScenarioTest {

  final JobScenario s = new JobScenario();

  @BeforeEach
  void acceptedJob() {
    s.handyman("h-1", JobScenario.NEAR);
    s.acceptedJob("job-1", "h-1");
  }

  HandymanStats stats() {
    return s.world.handymen.find("h-1").orElseThrow().stats();
  }

  @Test
  void aReviewAfterCompletionRaisesTheAverageOnce() {
    s.driver.send(s.complete("job-1", "h-1", null));
    s.driver.advance(Duration.ofHours(30));
    assertThat(stats().ratingCount()).isZero();

    s.driver.send(s.review("job-1", "h-1", 4));
    s.driver.send(s.review("job-1", "h-1", 4));
    s.driver.advance(Duration.ofDays(4));

    assertThat(stats())
        .extracting(HandymanStats::completedJobs, HandymanStats::ratingCount)
        .containsExactly(1, 1);
    assertThat(stats().averageRating()).hasValue(4.0);
    assertThat(s.driver.runs(RecordReviewRating.FUNCTION_ID, RunStatus.COMPLETED)).hasSize(2);
    assertThat(s.mailsWithPrefix("review-reminder:")).isEmpty();
  }

  @Test
  void aReviewThatOvertakesTheCompletionEventStillCounts() {
    s.driver.send(s.review("job-1", "h-1", 5));
    s.driver.send(s.complete("job-1", "h-1", null));
    s.driver.advance(Duration.ofDays(5));

    assertThat(stats())
        .extracting(HandymanStats::completedJobs, HandymanStats::ratingCount)
        .containsExactly(1, 1);
    assertThat(stats().averageRating()).hasValue(5.0);
  }

  @Test
  void aRatingGivenWithTheCustomersConfirmationReachesTheStats() {
    s.driver.send(s.complete("job-1", "h-1", null));
    s.driver.send(
        CustomerJobCompleted.TYPE.event(
            new CustomerJobCompleted(JobScenario.CUSTOMER, "job-1", "h-1", "Tunde", 3)));
    s.driver.advance(Duration.ofDays(5));

    assertThat(stats().averageRating()).hasValue(3.0);
    assertThat(s.world.mailer.sent()).isEmpty();
  }
}
