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
import io.github.handymanworkflows.handyman.ApprovalStatus;
import io.github.handymanworkflows.job.JobStatus;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.test.data.TestPlaces;
import io.github.handymanworkflows.workflows.jobs.JobMatchingFlow;
import io.github.handymanworkflows.workflows.jobs.NotifyMatchedHandyman;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobMatchingFlowScenarioTest {

  final JobScenario s = new JobScenario();

  @Test
  void offersJobToNearestHandymenAndStopsWhenOneAccepts() {
    s.handyman("h-close", JobScenario.CLOSE);
    s.handyman("h-near", JobScenario.NEAR);
    s.handyman("h-further", JobScenario.FURTHER);
    s.world.handymen.save(
        s.world.handymen.find("h-close").orElseThrow().withApprovalStatus(ApprovalStatus.PENDING));
    s.handyman("h-near2", JobScenario.NEAR);

    s.driver.send(s.postJob("job-1"));

    assertThat(s.world.jobs.find("job-1").orElseThrow().status()).isEqualTo(JobStatus.MATCHED);
    assertThat(s.driver.runs(NotifyMatchedHandyman.FUNCTION_ID))
        .extracting(RunRecord::triggerEventId)
        .containsExactlyInAnyOrder("job-matched:job-1:h-near", "job-matched:job-1:h-near2");
    MailMessage offer = s.world.mailer.sentWithKey("job-matched:job-1:h-near").get(0);
    assertThat(offer.to().get(0).email()).isEqualTo("h-near@example.com");
    assertThat(offer.subject()).isEqualTo("New job near you: Fix the kitchen sink");
    assertThat(offer.text())
        .contains("Category: plumbing", "Urgency:  high", "km away", "open for 2 hours");
    assertThat(offer.tags()).containsEntry("workflow", "notify-matched-handyman");

    s.driver.advance(Duration.ofMinutes(30));
    s.driver.send(s.accept("job-1", "h-near2"));

    RunRecord run = s.lastRun(JobMatchingFlow.FUNCTION_ID);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().path("outcome").asText()).isEqualTo("ACCEPTED");
    assertThat(run.output().path("acceptedBy").asText()).isEqualTo("h-near2");
    assertThat(run.output().path("handymenNotified").asInt()).isEqualTo(2);
    assertThat(s.world.jobs.find("job-1").orElseThrow().handymanId()).isEqualTo("h-near2");
    assertThat(s.mailsWithPrefix("job-follow-up:")).isEmpty();
    assertThat(s.mailsWithPrefix("job-matched:")).hasSize(2);
    assertThat(s.driver.running()).isEmpty();
  }

  @Test
  void widensSearchWhenNobodyAcceptsThenTellsCustomer() {
    s.handyman("h-near", JobScenario.NEAR);
    s.handyman("h-further", JobScenario.FURTHER);
    s.handyman("h-lekki", TestPlaces.LEKKI);

    s.driver.send(s.postJob("job-1"));
    assertThat(s.mailsWithPrefix("job-matched:")).hasSize(1);

    s.driver.advance(Duration.ofHours(2));
    assertThat(s.world.mailer.deliveredCount("job-matched:job-1:h-further")).isEqualTo(1);
    assertThat(s.world.mailer.deliveredCount("job-matched:job-1:h-near")).isEqualTo(1);
    assertThat(s.mailsWithPrefix("job-follow-up:")).isEmpty();

    s.driver.advance(Duration.ofHours(2));
    MailMessage followUp = s.world.mailer.sentWithKey("job-follow-up:job-1").get(0);
    assertThat(followUp.to().get(0).email()).isEqualTo("customer-1@example.com");
    assertThat(followUp.subject()).isEqualTo("Update on your job: Fix the kitchen sink");
    assertThat(followUp.text()).contains("Hi Chioma", "to 2 handymen", "further away");
    RunRecord run = s.lastRun(JobMatchingFlow.FUNCTION_ID);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().path("outcome").asText()).isEqualTo("NOT_ACCEPTED");
    assertThat(run.output().path("handymenNotified").asInt()).isEqualTo(1);
    assertThat(run.output().path("widenedNotified").asInt()).isEqualTo(1);
    assertThat(s.world.jobs.find("job-1").orElseThrow().status()).isEqualTo(JobStatus.OPEN);
    assertThat(s.world.mailer.deliveredCount("job-matched:job-1:h-lekki")).isZero();
    assertThat(s.driver.running()).isEmpty();
  }

  @Test
  void acceptanceDuringWidenedWaitEndsTheRunWithoutFollowUp() {
    s.handyman("h-near", JobScenario.NEAR);
    s.handyman("h-further", JobScenario.FURTHER);
    s.driver.send(s.postJob("job-1"));
    s.driver.advance(Duration.ofHours(3));

    s.driver.send(s.accept("job-1", "h-further"));

    RunRecord run = s.lastRun(JobMatchingFlow.FUNCTION_ID);
    assertThat(run.output().path("outcome").asText()).isEqualTo("ACCEPTED");
    assertThat(run.output().path("acceptedBy").asText()).isEqualTo("h-further");
    s.driver.advance(Duration.ofDays(1));
    assertThat(s.mailsWithPrefix("job-follow-up:")).isEmpty();
  }

  @Test
  void noMatchingHandymanTellsCustomerAtOnce() {
    s.handyman("h-lekki", TestPlaces.LEKKI);

    s.driver.send(s.postJob("job-1"));

    RunRecord run = s.lastRun(JobMatchingFlow.FUNCTION_ID);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().path("outcome").asText()).isEqualTo("NOT_ACCEPTED");
    assertThat(run.output().path("handymenNotified").asInt()).isZero();
    assertThat(s.mailsWithPrefix("job-matched:")).isEmpty();
    MailMessage followUp = s.world.mailer.sentWithKey("job-follow-up:job-1").get(0);
    assertThat(followUp.text()).contains("to 0 handymen", "higher budget");
    assertThat(s.world.jobs.find("job-1").orElseThrow().status()).isEqualTo(JobStatus.OPEN);
  }

  @Test
  void acceptanceStoredWithoutEventIsFoundAfterTheWait() {
    s.handyman("h-near", JobScenario.NEAR);
    s.driver.send(s.postJob("job-1"));

    s.world.jobs.accept("job-1", "h-near", s.clock.instant());
    s.driver.advance(Duration.ofHours(2));

    RunRecord run = s.lastRun(JobMatchingFlow.FUNCTION_ID);
    assertThat(run.output().path("outcome").asText()).isEqualTo("ACCEPTED");
    assertThat(run.output().path("acceptedBy").asText()).isEqualTo("h-near");
    assertThat(s.mailsWithPrefix("job-follow-up:")).isEmpty();
  }

  @Test
  void cancelledJobIsNotOffered() {
    s.handyman("h-near", JobScenario.NEAR);
    var posted = s.postJob("job-1");
    s.world.jobs.cancel("job-1", s.clock.instant());

    s.driver.send(posted);

    RunRecord run = s.lastRun(JobMatchingFlow.FUNCTION_ID);
    assertThat(run.output().path("outcome").asText()).isEqualTo("CLOSED");
    assertThat(s.world.mailer.sent()).isEmpty();
  }

  @Test
  void unknownJobFailsWithoutRetrying() {
    var posted = s.postJob("job-1");
    s.world.jobs.cancel("job-1", s.clock.instant());
    JobScenario other = new JobScenario();

    other.driver.send(posted);

    RunRecord run = other.lastRun(JobMatchingFlow.FUNCTION_ID);
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().message()).contains("job 'job-1' does not exist");
    assertThat(run.step("find-matching-handymen").orElseThrow().attempts()).isEqualTo(1);
  }

  @Test
  void offerEmailSurvivesProviderOutage() {
    s.handyman("h-near", JobScenario.NEAR);
    s.world.mailer.failNextTransiently(2);

    s.driver.send(s.postJob("job-1"));
    s.driver.advance(Duration.ofMinutes(10));

    assertThat(s.world.mailer.deliveredCount("job-matched:job-1:h-near")).isEqualTo(1);
    assertThat(s.world.mailer.attempts()).isEqualTo(3);
    RunRecord notify = s.lastRun(NotifyMatchedHandyman.FUNCTION_ID);
    assertThat(notify.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(notify.output().path("emailed").asBoolean()).isTrue();
  }

  @Test
  void offerForJobTakenMeanwhileIsNotMailed() {
    s.handyman("h-near", JobScenario.NEAR);
    s.handyman("h-close", JobScenario.CLOSE);
    s.world.mailer.failNextTransiently(1);

    s.driver.send(s.postJob("job-1"));
    // The first offer failed and waits for its retry; meanwhile the other handyman takes the job.
    s.driver.send(s.accept("job-1", "h-close"));
    s.driver.advance(Duration.ofMinutes(10));

    assertThat(s.world.mailer.deliveredCount("job-matched:job-1:h-near")).isZero();
    assertThat(s.driver.runs(NotifyMatchedHandyman.FUNCTION_ID))
        .anySatisfy(r -> assertThat(r.output().path("skipped").asText()).isEqualTo("job-closed"));
  }
}
