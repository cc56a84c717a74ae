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
import io.github.handymanworkflows.event.JobCompleted;
import io.github.handymanworkflows.handyman.HandymanProfile;
import io.github.handymanworkflows.handyman.HandymanStats;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.scenarios.ScenarioWorld;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.jobs.HandymanAvailabilityFlow;
import io.github.handymanworkflows.workflows.jobs.JobCompletionFlow;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobCompletionFlowScenarioTest {

  final JobScenario s = new JobScenario();

  @BeforeEach
  void busyHandymanWithAcceptedJob() {
    busyHandymanWithAcceptedJob(s);
  }

  static void busyHandymanWithAcceptedJob(JobScenario s) {
    s.handyman("h-1", JobScenario.NEAR);
    s.world.handymen.setAvailability("h-1", false, "on-a-job", s.clock.instant());
    s.clock.advance(Duration.ofHours(1));
    s.acceptedJob("job-1", "h-1");
    s.clock.advance(Duration.ofHours(3));
  }

  HandymanStats stats() {
    return s.world.handymen.find("h-1").orElseThrow().stats();
  }

  @Test
  void countsJobRestoresAvailabilityAsksForReviewAndRemindsOnce() {
    s.driver.send(s.complete("job-1", "h-1", 4));

    assertThat(stats().completedJobs()).isEqualTo(1);
    assertThat(stats().averageRating()).hasValue(4.0);
    HandymanProfile profile = s.world.handymen.find("h-1").orElseThrow();
    assertThat(profile.available()).isTrue();
    assertThat(profile.availabilityReason()).isEqualTo("job-completed");
    assertThat(s.lastRun(HandymanAvailabilityFlow.FUNCTION_ID).triggerEventId())
        .isEqualTo("availability:h-1:job-completed:job-1");

    s.driver.advance(Duration.ofHours(24).minusMinutes(1));
    assertThat(s.mailsWithPrefix("review-request:")).isEmpty();
    s.driver.advance(Duration.ofMinutes(1));
    MailMessage request = s.world.mailer.sentWithKey("review-request:job-1").get(0);
    assertThat(request.to().get(0).email()).isEqualTo("customer-1@example.com");
    assertThat(request.subject()).isEqualTo("How did Tunde h-1 do?");
    assertThat(request.text()).contains("Hi Chioma", "Fix the kitchen sink", "job-1");

    s.driver.advance(Duration.ofDays(3));
    MailMessage reminder = s.world.mailer.sentWithKey("review-reminder:job-1").get(0);
    assertThat(reminder.subject()).isEqualTo("Reminder: review your job \"Fix the kitchen sink\"");
    RunRecord run = s.lastRun(JobCompletionFlow.FUNCTION_ID);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().path("completedJobs").asInt()).isEqualTo(1);
    assertThat(run.output().path("averageRating").asDouble()).isEqualTo(4.0);
    assertThat(run.output().path("reminderSent").asBoolean()).isTrue();
    assertThat(s.world.mailer.sent()).hasSize(2);
  }

  @Test
  void reviewSubmittedBeforeTheReminderMeansNoReminder() {
    s.driver.send(s.complete("job-1", "h-1", null));
    s.driver.advance(Duration.ofDays(2));
    assertThat(s.world.mailer.deliveredCount("review-request:job-1")).isEqualTo(1);

    s.driver.send(s.review("job-1", "h-1", 5));
    s.driver.advance(Duration.ofDays(5));

    assertThat(s.mailsWithPrefix("review-reminder:")).isEmpty();
    RunRecord run = s.lastRun(JobCompletionFlow.FUNCTION_ID);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().path("reviewReceived").asBoolean()).isTrue();
    assertThat(run.output().path("reminderSent").asBoolean()).isFalse();
    assertThat(run.output().path("averageRating").isNull()).isTrue();
  }

  @Test
  void reviewStoredWhileWaitingMeansNoRequestAtAll() {
    s.driver.send(s.complete("job-1", "h-1", 5));
    s.driver.advance(Duration.ofHours(2));
    s.driver.send(s.review("job-1", "h-1", 5));
    s.driver.advance(Duration.ofDays(5));

    assertThat(s.world.mailer.sent()).isEmpty();
    assertThat(
            s.lastRun(JobCompletionFlow.FUNCTION_ID).output().path("reviewRequested").asBoolean())
        .isFalse();
  }

  @Test
  void duplicateCompletionCountsOnceAndMailsOnce() {
    // Mailing once relies on the mailer remembering the key past the late duplicate: the flow keeps
    // no "review requested" marker of its own, so with a provider's 24-hour window a duplicate more
    // than a day late asks again (an open item).
    JobScenario s =
        new JobScenario(WorkflowSettings.defaults(), ScenarioWorld.create(Duration.ofDays(30)));
    busyHandymanWithAcceptedJob(s);
    var completed = s.complete("job-1", "h-1", 5);
    s.driver.send(completed);
    s.driver.send(completed);
    s.clock.advance(Duration.ofMinutes(5));
    s.driver.send(completed.withId("completed-job-1-again"));
    assertThat(s.driver.runs(JobCompletionFlow.FUNCTION_ID)).hasSize(1);
    s.driver.advance(Duration.ofDays(2));
    // Past the 24-hour idempotency window a duplicate starts a run, which must still be harmless.
    s.driver.send(completed.withId("completed-job-1-late"));
    s.driver.advance(Duration.ofDays(5));

    assertThat(s.driver.runs(JobCompletionFlow.FUNCTION_ID)).hasSize(2);
    assertThat(s.world.handymen.find("h-1").orElseThrow().stats().completedJobs()).isEqualTo(1);
    assertThat(s.world.handymen.find("h-1").orElseThrow().stats().ratingSum()).isEqualTo(5);
    assertThat(s.world.mailer.deliveredCount("review-request:job-1")).isEqualTo(1);
    assertThat(s.world.mailer.deliveredCount("review-reminder:job-1")).isEqualTo(1);
    // The week also has a Monday: the handyman, with one job, gets performance tips.
    assertThat(s.world.mailer.sent())
        .extracting(MailMessage::idempotencyKey)
        .filteredOn(key -> key.startsWith("review-"))
        .hasSize(2);
    assertThat(s.driver.running()).isEmpty();
  }

  @Test
  void completionByAnotherHandymanFailsWithoutCounting() {
    s.handyman("h-2", JobScenario.CLOSE);
    s.driver.send(
        JobCompleted.TYPE.event(
            new JobCompleted("h-2", "job-1", JobScenario.CUSTOMER, s.clock.instant(), 5, null)));

    RunRecord run = s.lastRun(JobCompletionFlow.FUNCTION_ID);
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().message()).contains("not done by this handyman");
    assertThat(s.world.handymen.find("h-2").orElseThrow().stats().completedJobs()).isZero();
  }

  @Test
  void reviewRequestSurvivesProviderOutage() {
    s.driver.send(s.complete("job-1", "h-1", 3));
    s.world.mailer.failNextTransiently(2);
    s.driver.advance(Duration.ofHours(25));

    assertThat(s.world.mailer.deliveredCount("review-request:job-1")).isEqualTo(1);
    assertThat(s.world.mailer.attempts()).isEqualTo(3);
    assertThat(s.lastRun(JobCompletionFlow.FUNCTION_ID).step("request-customer-review"))
        .hasValueSatisfying(step -> assertThat(step.attempts()).isEqualTo(3));
  }

  @Test
  void declaresAnIdempotencyKeyPerJobForInngest() {
    var fn = s.driver.engine().functions().get(JobCompletionFlow.FUNCTION_ID);
    assertThat(fn.idempotency()).contains("event.data.jobId");
  }
}
