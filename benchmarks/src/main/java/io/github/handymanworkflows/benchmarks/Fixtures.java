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
package io.github.handymanworkflows.benchmarks;

import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Location;
import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Urgency;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.event.JobAccepted;
import io.github.handymanworkflows.event.JobPosted;
import io.github.handymanworkflows.event.PublishResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Realistic catalogue events and a publisher that goes nowhere, shared by the benchmarks. */
final class Fixtures {

  static final Instant EPOCH = Instant.parse("2025-06-02T09:00:00Z");

  private Fixtures() {}

  /** A {@code customer/job.posted} payload for the given job number. */
  static JobPosted jobPosted(int n) {
    return new JobPosted(
        "customer-" + n,
        "job-" + n,
        "Fix the leaking kitchen tap",
        "plumbing",
        new Location("12 Allen Avenue, Ikeja, Lagos", GeoPoint.of(6.6018, 3.3515)),
        Urgency.HIGH,
        Money.of(1_500_000L, "NGN"));
  }

  /** A sent {@code customer/job.posted} event: id and timestamp set, as Inngest delivers it. */
  static Event<JobPosted> jobPostedEvent(int n) {
    return new Event<>(
        "01JX0000000000000000000" + (n % 10),
        JobPosted.TYPE.name(),
        jobPosted(n),
        Map.of("source", "api"),
        EPOCH);
  }

  /** {@code count} job.posted events without ids, so the engine assigns them. */
  static List<Event<JobPosted>> jobPostedBatch(int count) {
    List<Event<JobPosted>> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      events.add(Event.of(JobPosted.TYPE, jobPosted(i)));
    }
    return events;
  }

  /** The {@code handyman/job.accepted} events that answer {@link #jobPostedBatch(int)}. */
  static List<Event<JobAccepted>> jobAcceptedBatch(int count) {
    List<Event<JobAccepted>> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      events.add(
          Event.of(
              JobAccepted.TYPE,
              new JobAccepted("handyman-" + i, "job-" + i, "customer-" + i, EPOCH)));
    }
    return events;
  }

  /** A publisher for cores that never send events from steps. */
  static EventPublisher nowhere() {
    return events -> CompletableFuture.completedFuture(new PublishResult(List.of()));
  }
}
