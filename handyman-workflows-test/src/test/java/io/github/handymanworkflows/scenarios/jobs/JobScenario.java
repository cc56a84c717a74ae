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

import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.event.JobAccepted;
import io.github.handymanworkflows.event.JobCompleted;
import io.github.handymanworkflows.event.JobPosted;
import io.github.handymanworkflows.event.ReviewSubmitted;
import io.github.handymanworkflows.handyman.HandymanProfile;
import io.github.handymanworkflows.handyman.HandymanStats;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.review.Review;
import io.github.handymanworkflows.scenarios.ScenarioWorld;
import io.github.handymanworkflows.test.MarketplaceScenarios;
import io.github.handymanworkflows.test.PortWorld;
import io.github.handymanworkflows.test.WorkflowTestDriver;
import io.github.handymanworkflows.test.data.TestHandymen;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.jobs.JobWorkflows;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A marketplace with the job workflows on the embedded engine and a manual clock: a customer, and
 * helpers to add handymen and jobs and to play the host app's part (store, then emit).
 */
final class JobScenario {

  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
  static final String CUSTOMER = MarketplaceScenarios.CUSTOMER;

  /** About 2 km north of Ikeja. */
  static final GeoPoint NEAR = GeoPoint.of(6.6218, 3.3515);

  /** About 6 km north of Ikeja. */
  static final GeoPoint CLOSE = GeoPoint.of(6.6568, 3.3515);

  /** About 17 km north of Ikeja: only the widened search (25 km) reaches it. */
  static final GeoPoint FURTHER = GeoPoint.of(6.7518, 3.3515);

  final ManualClock clock = new ManualClock(START);
  final ScenarioWorld storage;
  final PortWorld world;
  final WorkflowTestDriver driver;

  JobScenario() {
    this(WorkflowSettings.defaults());
  }

  JobScenario(WorkflowSettings settings) {
    this(settings, ScenarioWorld.create());
  }

  /**
   * A scenario in {@code world}, for example one whose mailer keeps idempotency keys longer than a
   * real provider does.
   */
  JobScenario(WorkflowSettings settings, ScenarioWorld storage) {
    this.storage = storage;
    this.world = storage.ports();
    driver =
        WorkflowTestDriver.builder()
            .clock(clock)
            .registry(registry())
            .functions(JobWorkflows.all(world.dependencies(clock, settings)))
            .store(storage.engineStore())
            .build();
    world.users.save(TestUsers.customer(CUSTOMER).name("Chioma", "Eze").build());
  }

  static io.github.handymanworkflows.event.EventRegistry registry() {
    return EventCatalogue.registry().with(JobWorkflows.events().toArray(EventType<?>[]::new));
  }

  /** A matchable plumber at a point, with an account. */
  HandymanProfile handyman(String id, GeoPoint at) {
    return handyman(id, at, HandymanStats.empty());
  }

  /** A matchable plumber with a track record (stats are only written when a handyman is new). */
  HandymanProfile handyman(String id, GeoPoint at, HandymanStats stats) {
    world.users.save(TestUsers.handyman(id).name("Tunde", id).build());
    HandymanProfile profile = TestHandymen.matchable(id, at, "plumbing").withStats(stats);
    world.handymen.save(profile);
    return profile;
  }

  /** Stores an open plumbing job at Ikeja posted now and returns the posted event. */
  Event<JobPosted> postJob(String jobId) {
    return MarketplaceScenarios.post(world, jobId, clock.instant());
  }

  /** The host app accepting a job: stores it, then emits the event. */
  Event<JobAccepted> accept(String jobId, String handymanId) {
    world.jobs.accept(jobId, handymanId, clock.instant());
    return JobAccepted.TYPE.event(new JobAccepted(handymanId, jobId, CUSTOMER, clock.instant()));
  }

  /** An accepted job, ready to complete. */
  void acceptedJob(String jobId, String handymanId) {
    postJob(jobId);
    world.jobs.accept(jobId, handymanId, clock.instant());
  }

  /** The host app completing a job: stores it, then emits the event (with a fixed id). */
  Event<JobCompleted> complete(String jobId, String handymanId, @Nullable Integer rating) {
    world.jobs.complete(jobId, Money.of(4_500_000, "NGN"), clock.instant());
    return JobCompleted.TYPE
        .event(new JobCompleted(handymanId, jobId, CUSTOMER, clock.instant(), rating, null))
        .withId("completed-" + jobId);
  }

  /** The host app storing a review, then emitting the event. */
  Event<ReviewSubmitted> review(String jobId, String handymanId, int rating) {
    world.reviews.saveIfAbsent(
        new Review(jobId, CUSTOMER, handymanId, rating, "Great work", clock.instant()));
    return ReviewSubmitted.TYPE.event(
        new ReviewSubmitted(
            "review-" + jobId, jobId, CUSTOMER, handymanId, rating, "Great work", clock.instant()));
  }

  List<MailMessage> mailsWithPrefix(String keyPrefix) {
    return world.mailer.sent().stream()
        .filter(m -> m.idempotencyKey().startsWith(keyPrefix))
        .toList();
  }

  RunRecord lastRun(String functionId) {
    return driver.lastRun(functionId);
  }
}
