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

import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Urgency;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.AvailabilityChanged;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.job.Job;
import io.github.handymanworkflows.test.data.TestPlaces;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.jobs.HandymanAvailabilityFlow;
import io.github.handymanworkflows.workflows.jobs.NotifyMatchedHandyman;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HandymanAvailabilityFlowScenarioTest {

  final JobScenario s = new JobScenario(WorkflowSettings.defaults().withPageSize(2));

  Event<AvailabilityChanged> change(String handymanId, boolean available) {
    return AvailabilityChanged.TYPE.event(
        new AvailabilityChanged(handymanId, available, "back from holiday", s.clock.instant()));
  }

  void job(String jobId, String skill, io.github.handymanworkflows.domain.GeoPoint at) {
    s.world.jobs.save(
        Job.open(
            jobId,
            JobScenario.CUSTOMER,
            "Job " + jobId,
            skill,
            TestPlaces.at(at),
            Urgency.LOW,
            Money.of(1_000_000, "NGN"),
            s.clock.instant()));
  }

  @Test
  void reoffersOpenJobsOfTheHandymansSkillsNearby() {
    s.handyman("h-1", TestPlaces.IKEJA);
    s.world.handymen.save(
        s.world.handymen.find("h-1").orElseThrow().withSkills(Set.of("plumbing", "tiling")));
    s.world.handymen.setAvailability("h-1", false, "holiday", s.clock.instant());
    job("job-a", "plumbing", JobScenario.NEAR);
    job("job-b", "tiling", JobScenario.FURTHER);
    job("job-c", "plumbing", JobScenario.CLOSE);
    job("job-d", "plumbing", JobScenario.NEAR);
    job("job-e", "electrical", JobScenario.NEAR);
    job("job-far", "plumbing", TestPlaces.LEKKI);
    job("job-taken", "plumbing", JobScenario.NEAR);
    s.world.jobs.accept("job-taken", "h-other", s.clock.instant());
    s.clock.advance(Duration.ofMinutes(1));

    s.driver.send(change("h-1", true));

    assertThat(s.world.handymen.find("h-1").orElseThrow().available()).isTrue();
    RunRecord run = s.lastRun(HandymanAvailabilityFlow.FUNCTION_ID);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().path("jobsOffered").asInt()).isEqualTo(4);
    assertThat(s.driver.runs(NotifyMatchedHandyman.FUNCTION_ID))
        .extracting(RunRecord::triggerEventId)
        .containsExactlyInAnyOrder(
            "job-matched:job-a:h-1",
            "job-matched:job-b:h-1",
            "job-matched:job-c:h-1",
            "job-matched:job-d:h-1");
    assertThat(s.world.mailer.sentWithKey("job-matched:job-b:h-1").get(0).text())
        .contains("Job job-b", "Category: tiling");
    assertThat(s.mailsWithPrefix("job-matched:")).hasSize(4);
  }

  @Test
  void sameJobIsNotMailedTwiceWhenAvailabilityFlipsWithinADay() {
    s.handyman("h-1", TestPlaces.IKEJA);
    job("job-a", "plumbing", JobScenario.NEAR);
    s.driver.send(change("h-1", true));
    s.clock.advance(Duration.ofHours(1));
    s.driver.send(change("h-1", false));
    s.clock.advance(Duration.ofHours(1));
    s.driver.send(change("h-1", true));

    assertThat(s.driver.runs(HandymanAvailabilityFlow.FUNCTION_ID)).hasSize(3);
    assertThat(s.world.mailer.deliveredCount("job-matched:job-a:h-1")).isEqualTo(1);
    assertThat(s.world.mailer.sent()).hasSize(1);
  }

  @Test
  void aJobStillOpenDaysLaterIsOfferedAgainWhenTheHandymanIsAvailableAgain() {
    s.handyman("h-1", TestPlaces.IKEJA);
    job("job-a", "plumbing", JobScenario.NEAR);
    s.driver.send(change("h-1", true));
    s.driver.advance(Duration.ofDays(2));
    s.driver.send(change("h-1", true));

    // The offer's key is remembered by the provider for 24 hours only: past that, a handyman who
    // becomes available again hears about the still open job again.
    assertThat(s.world.mailer.deliveredCount("job-matched:job-a:h-1")).isEqualTo(2);
  }

  @Test
  void becomingUnavailableOffersNothing() {
    s.handyman("h-1", TestPlaces.IKEJA);
    job("job-a", "plumbing", JobScenario.NEAR);

    s.driver.send(change("h-1", false));

    assertThat(s.world.handymen.find("h-1").orElseThrow().available()).isFalse();
    assertThat(s.lastRun(HandymanAvailabilityFlow.FUNCTION_ID).output().path("jobsOffered").asInt())
        .isZero();
    assertThat(s.world.mailer.sent()).isEmpty();
  }

  @Test
  void offersAtMostTenJobsPerChange() {
    s.handyman("h-1", TestPlaces.IKEJA);
    for (int i = 10; i < 25; i++) {
      job("job-" + i, "plumbing", JobScenario.NEAR);
    }

    s.driver.send(change("h-1", true));

    RunRecord run = s.lastRun(HandymanAvailabilityFlow.FUNCTION_ID);
    assertThat(run.output().path("jobsOffered").asInt()).isEqualTo(10);
    assertThat(s.mailsWithPrefix("job-matched:")).hasSize(10);
    assertThat(run.steps()).hasSizeLessThan(15);
  }

  @Test
  void unknownHandymanFailsWithoutRetrying() {
    s.driver.send(change("nobody", true));

    RunRecord run = s.lastRun(HandymanAvailabilityFlow.FUNCTION_ID);
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().message()).contains("handyman 'nobody' does not exist");
  }
}
