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

import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.CustomerJobCompleted;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.JobAccepted;
import io.github.handymanworkflows.event.JobCompleted;
import io.github.handymanworkflows.event.JobPosted;
import io.github.handymanworkflows.event.ReviewSubmitted;
import io.github.handymanworkflows.handyman.HandymanStats;
import io.github.handymanworkflows.job.Job;
import io.github.handymanworkflows.job.JobStatus;
import io.github.handymanworkflows.mail.Emails;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.mail.MailReceipt;
import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.mail.RecordingMailer;
import io.github.handymanworkflows.mail.TemplateRenderer;
import io.github.handymanworkflows.review.Review;
import io.github.handymanworkflows.scenarios.ScenarioWorld;
import io.github.handymanworkflows.test.PortWorld;
import io.github.handymanworkflows.test.WorkflowTestDriver;
import io.github.handymanworkflows.test.data.TestHandymen;
import io.github.handymanworkflows.test.data.TestJobs;
import io.github.handymanworkflows.test.data.TestPlaces;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.jobs.JobWorkflows;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays random interleavings of the host's job events — posted, accepted, completed (duplicated,
 * with the same or a new event id, and reordered), reviews and ratings — with mail outages and
 * clock jumps over all job workflows, then checks what must hold whatever the order.
 */
class JobEventInterleavingPropertyTest {

  static final List<String> JOBS = List.of("job-1", "job-2", "job-3");
  static final List<String> HANDYMEN = List.of("h-near", "h-close", "h-further");
  static final List<GeoPoint> PLACES =
      List.of(JobScenario.NEAR, JobScenario.CLOSE, JobScenario.FURTHER);
  static final String CUSTOMER = "customer-1";

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  /** Remembers when each key was first delivered, and counts sends the provider de-duplicated. */
  static final class TimedMailer implements Mailer {
    final Map<String, Instant> deliveredAt = new HashMap<>();
    final PortWorld world;
    final ManualClock clock;

    TimedMailer(PortWorld world, ManualClock clock) {
      this.world = world;
      this.clock = clock;
    }

    @Override
    public MailReceipt send(MailMessage message) {
      MailReceipt receipt = world.mailer.send(message);
      if (!receipt.duplicate()) {
        deliveredAt.put(message.idempotencyKey(), clock.instant());
      }
      return receipt;
    }
  }

  /** The host app: what it stored and emitted. */
  static final class Host {
    final Random random;
    final ManualClock clock = new ManualClock(JobScenario.START);
    final ScenarioWorld storage = ScenarioWorld.create();
    final PortWorld world = storage.ports();
    final TimedMailer mailer = new TimedMailer(world, clock);
    final WorkflowTestDriver driver;
    final Map<String, Event<JobCompleted>> completions = new HashMap<>();
    final Map<String, Instant> reviewedAt = new HashMap<>();

    /** The first rating a review gave each job: it joins the stats when completion had none. */
    final Map<String, Integer> firstReviewRating = new HashMap<>();

    final Map<String, Instant> acceptedAt = new HashMap<>();

    final java.util.Set<String> postedOnce = new HashSet<>();

    /** Jobs whose posted or completed event the host sent more than once. */
    final java.util.Set<String> resent = new HashSet<>();

    int eventCounter;

    Host(long seed) {
      random = new Random(seed);
      WorkflowDependencies base = world.dependencies(clock, WorkflowSettings.defaults());
      Emails emails = new Emails(mailer, new TemplateRenderer(), world.mailSettings);
      WorkflowDependencies deps =
          new WorkflowDependencies(
              base.users(),
              base.handymen(),
              base.jobs(),
              base.reviews(),
              base.tokens(),
              base.sessions(),
              base.reports(),
              base.loginAttempts(),
              base.healthStates(),
              base.ledger(),
              base.probes(),
              emails,
              base.tokenSecret(),
              clock,
              base.settings());
      driver =
          WorkflowTestDriver.builder()
              .clock(clock)
              .seed(seed)
              .registry(JobScenario.registry())
              .functions(JobWorkflows.all(deps))
              .store(storage.engineStore())
              .build();
      world.users.save(TestUsers.customer(CUSTOMER).build());
      for (int i = 0; i < HANDYMEN.size(); i++) {
        String id = HANDYMEN.get(i);
        world.users.save(TestUsers.handyman(id).build());
        world.handymen.save(TestHandymen.matchable(id, PLACES.get(i), "plumbing"));
      }
      for (String jobId : JOBS) {
        world.jobs.save(TestJobs.open(jobId, "plumbing", TestPlaces.IKEJA, clock.instant()));
      }
    }

    <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    /** The same event again, or the same payload under a new id. */
    <T> Event<T> maybeRenamed(Event<T> event) {
      return random.nextBoolean() ? event : event.withId(event.id() + "-dup-" + eventCounter++);
    }

    void step() {
      String jobId = pick(JOBS);
      Job job = world.jobs.find(jobId).orElseThrow();
      switch (random.nextInt(8)) {
        case 0 -> post(job);
        case 1 -> accept(job);
        case 2, 3 -> complete(job);
        case 4 -> review(job);
        case 5 -> rate(job);
        case 6 -> world.mailer.failNextTransiently(1 + random.nextInt(2));
        default -> driver.advance(Duration.ofMinutes(random.nextInt(36 * 60)));
      }
    }

    void post(Job job) {
      Event<JobPosted> posted =
          JobPosted.TYPE
              .event(
                  new JobPosted(
                      CUSTOMER,
                      job.jobId(),
                      job.title(),
                      job.skill(),
                      job.location(),
                      job.urgency(),
                      job.budget()))
              .withId("posted-" + job.jobId());
      if (!postedOnce.add(job.jobId())) {
        resent.add(job.jobId());
      }
      driver.send(maybeRenamed(posted));
    }

    void accept(Job job) {
      String handymanId = pick(HANDYMEN);
      if (job.status().awaitingHandyman()
          && world.jobs.accept(job.jobId(), handymanId, clock.instant())) {
        acceptedAt.put(job.jobId(), clock.instant());
        driver.send(
            JobAccepted.TYPE.event(
                new JobAccepted(handymanId, job.jobId(), CUSTOMER, clock.instant())));
      }
    }

    void complete(Job job) {
      Event<JobCompleted> earlier = completions.get(job.jobId());
      if (earlier != null) {
        resent.add(job.jobId());
        driver.send(maybeRenamed(earlier));
        return;
      }
      if (job.status() != JobStatus.ACCEPTED
          || !world.jobs.complete(job.jobId(), Money.of(2_000_000, "NGN"), clock.instant())) {
        return;
      }
      Integer rating = random.nextInt(3) == 0 ? null : 1 + random.nextInt(5);
      Event<JobCompleted> completed =
          JobCompleted.TYPE
              .event(
                  new JobCompleted(
                      job.handymanId(), job.jobId(), CUSTOMER, clock.instant(), rating, null))
              .withId("completed-" + job.jobId());
      completions.put(job.jobId(), completed);
      driver.send(completed);
    }

    void review(Job job) {
      if (job.status() != JobStatus.COMPLETED) {
        return;
      }
      if (world.reviews.saveIfAbsent(
          new Review(job.jobId(), CUSTOMER, job.handymanId(), 4, null, clock.instant()))) {
        reviewedAt.put(job.jobId(), clock.instant());
      }
      firstReviewRating.putIfAbsent(job.jobId(), 4);
      driver.send(
          ReviewSubmitted.TYPE.event(
              new ReviewSubmitted(
                  "review-" + job.jobId(),
                  job.jobId(),
                  CUSTOMER,
                  job.handymanId(),
                  4,
                  null,
                  clock.instant())));
    }

    void rate(Job job) {
      if (job.status() != JobStatus.COMPLETED) {
        return;
      }
      boolean hadReview = world.reviews.hasReview(job.jobId());
      driver.send(
          CustomerJobCompleted.TYPE.event(
              new CustomerJobCompleted(CUSTOMER, job.jobId(), job.handymanId(), "Tunde", 5)));
      if (!hadReview && world.reviews.hasReview(job.jobId())) {
        reviewedAt.put(job.jobId(), clock.instant());
        // The stored rating is announced as customer/review.submitted, which rates the job.
        firstReviewRating.putIfAbsent(job.jobId(), 5);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void invariantsHoldForAnyInterleaving(long seed) {
    Host host = new Host(seed);
    int steps = 20 + host.random.nextInt(40);
    for (int i = 0; i < steps; i++) {
      host.step();
    }
    host.driver.advance(Duration.ofDays(40));

    // The mailer keeps keys for 24 hours, as providers do, and records every delivery. A logical
    // email (key) goes out once, unless the host sent the job's event again and the repeat came
    // after the provider forgot the key, or (for an offer) the handyman became available again and
    // was re-offered the still open job: the job workflows keep no "sent" markers of their own
    // (the once-ever emails, welcome and account archived, do).
    Map<String, List<Instant>> deliveries = new HashMap<>();
    for (RecordingMailer.Attempt attempt : host.world.mailer.attemptLog()) {
      if (attempt.result() == RecordingMailer.Result.DELIVERED) {
        deliveries
            .computeIfAbsent(attempt.message().idempotencyKey(), k -> new ArrayList<>())
            .add(attempt.at());
      }
    }
    deliveries.forEach(
        (key, times) -> {
          if (times.size() > 1) {
            String[] parts = key.split(":");
            boolean reoffered =
                key.startsWith("job-matched:")
                    && host.driver.runs("handyman-availability-flow").stream()
                        .anyMatch(
                            r ->
                                r.triggerEventId().startsWith("availability:" + parts[2] + ":")
                                    && r.startedAt().isAfter(times.get(0)));
            if (!reoffered) {
              assertThat(host.resent)
                  .as("job of %s, delivered at %s, seed %d", key, times, seed)
                  .contains(parts[1]);
            }
            for (int i = 1; i < times.size(); i++) {
              assertThat(Duration.between(times.get(i - 1), times.get(i)))
                  .as("repeat of %s, seed %d", key, seed)
                  .isGreaterThanOrEqualTo(RecordingMailer.DEFAULT_WINDOW);
            }
          }
        });

    // Each completed job counted once in its handyman's stats, with its rating: the one given at
    // completion, else the first review's.
    Map<String, int[]> expected = new HashMap<>();
    for (Event<JobCompleted> completed : host.completions.values()) {
      JobCompleted data = completed.data(JobCompleted.TYPE);
      int[] counts = expected.computeIfAbsent(data.handymanId(), k -> new int[2]);
      counts[0]++;
      counts[1] +=
          data.rating() != null
              ? data.rating()
              : host.firstReviewRating.getOrDefault(data.jobId(), 0);
    }
    for (String handymanId : HANDYMEN) {
      HandymanStats stats = host.world.handymen.find(handymanId).orElseThrow().stats();
      int[] counts = expected.getOrDefault(handymanId, new int[2]);
      assertThat(stats.completedJobs())
          .as("jobs of %s, seed %d", handymanId, seed)
          .isEqualTo(counts[0]);
      assertThat(stats.ratingSum())
          .as("ratings of %s, seed %d", handymanId, seed)
          .isEqualTo(counts[1]);
    }

    // Review mails only for completed jobs, and never after the review was in.
    for (String jobId : JOBS) {
      for (String prefix : List.of("review-request:", "review-reminder:")) {
        @Nullable Instant sentAt = host.mailer.deliveredAt.get(prefix + jobId);
        if (sentAt != null) {
          assertThat(host.completions).as("completed %s, seed %d", jobId, seed).containsKey(jobId);
          Instant reviewed = host.reviewedAt.get(jobId);
          assertThat(reviewed == null || !reviewed.isBefore(sentAt))
              .as(
                  "%s%s sent at %s after review at %s, seed %d",
                  prefix, jobId, sentAt, reviewed, seed)
              .isTrue();
        }
      }
      // A customer hears "nobody accepted" only while nobody had.
      Instant followUp = host.mailer.deliveredAt.get("job-follow-up:" + jobId);
      Instant accepted = host.acceptedAt.get(jobId);
      if (followUp != null && accepted != null) {
        assertThat(accepted)
            .as("follow-up for %s, seed %d", jobId, seed)
            .isAfterOrEqualTo(followUp);
      }
    }

    // Nothing waits forever, and the only failures are outages that outlasted the retries.
    assertThat(host.driver.running()).as("running, seed %d", seed).isEmpty();
    List<RunRecord> failed = new ArrayList<>();
    for (RunRecord run : host.driver.engine().all()) {
      if (run.status() == RunStatus.FAILED) {
        failed.add(run);
      }
    }
    assertThat(failed)
        .as("failed runs, seed %d", seed)
        .allSatisfy(
            run -> assertThat(run.error().message()).contains("simulated transient mail failure"));
  }
}
