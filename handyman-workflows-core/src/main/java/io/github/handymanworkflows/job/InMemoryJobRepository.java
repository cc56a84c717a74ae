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
package io.github.handymanworkflows.job;

import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.handyman.Skills;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** A {@link JobRepository} in a map: the embedded default. Data is lost on restart. */
public final class InMemoryJobRepository implements JobRepository {

  private final ConcurrentHashMap<String, Job> jobs = new ConcurrentHashMap<>();

  /** An empty repository. */
  @Inject
  public InMemoryJobRepository() {}

  @Override
  public Optional<Job> find(String jobId) {
    Objects.requireNonNull(jobId, "jobId must not be null");
    return Optional.ofNullable(jobs.get(jobId));
  }

  @Override
  public void save(Job job) {
    Objects.requireNonNull(job, "job must not be null");
    jobs.merge(
        job.jobId(),
        job,
        (stored, next) -> {
          if (stored.status() != next.status() && !stored.status().canTransitionTo(next.status())) {
            throw new IllegalJobTransitionException(job.jobId(), stored.status(), next.status());
          }
          return next;
        });
  }

  @Override
  public boolean markMatched(String jobId) {
    return transition(
        jobId,
        JobStatus.MATCHED,
        job -> job.status() == JobStatus.MATCHED,
        job -> job.withStatus(JobStatus.MATCHED));
  }

  @Override
  public boolean reopen(String jobId) {
    return transition(
        jobId,
        JobStatus.OPEN,
        job -> job.status() == JobStatus.OPEN,
        job -> job.status() == JobStatus.MATCHED ? job.withStatus(JobStatus.OPEN) : job);
  }

  @Override
  public boolean accept(String jobId, String handymanId, Instant at) {
    Objects.requireNonNull(handymanId, "handymanId must not be null");
    Objects.requireNonNull(at, "at must not be null");
    return transition(
        jobId,
        JobStatus.ACCEPTED,
        job -> job.status() == JobStatus.ACCEPTED && handymanId.equals(job.handymanId()),
        job -> job.accepted(handymanId, at));
  }

  @Override
  public boolean complete(String jobId, Money finalPrice, Instant at) {
    Objects.requireNonNull(finalPrice, "finalPrice must not be null");
    Objects.requireNonNull(at, "at must not be null");
    return transition(
        jobId,
        JobStatus.COMPLETED,
        job -> job.status() == JobStatus.COMPLETED,
        job -> job.completed(finalPrice, at));
  }

  @Override
  public boolean cancel(String jobId, Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    return transition(
        jobId,
        JobStatus.CANCELLED,
        job -> job.status() == JobStatus.CANCELLED,
        job -> job.cancelled(at));
  }

  @Override
  public Page<Job> findAwaitingHandyman(
      String skill, GeoPoint near, double radiusKm, @Nullable String afterId, int limit) {
    String wanted = Skills.normalize(skill);
    Objects.requireNonNull(near, "near must not be null");
    if (!(radiusKm >= 0)) {
      throw new IllegalArgumentException("radiusKm must not be negative");
    }
    return Page.slice(
        jobs.values().stream()
            .filter(job -> job.status().awaitingHandyman() && job.skill().equals(wanted))
            .filter(job -> near.distanceKm(job.location().point()) <= radiusKm),
        Job::jobId,
        afterId,
        limit);
  }

  @Override
  public long countPosted(Instant from, Instant to) {
    requireWindow(from, to);
    return jobs.values().stream().filter(job -> within(job.postedAt(), from, to)).count();
  }

  @Override
  public CompletionSummary summarizeCompleted(Instant from, Instant to) {
    requireWindow(from, to);
    long count = 0;
    Map<String, Long> revenue = new HashMap<>();
    for (Job job : jobs.values()) {
      Instant completedAt = job.completedAt();
      Money price = job.finalPrice();
      if (job.status() == JobStatus.COMPLETED
          && completedAt != null
          && price != null
          && within(completedAt, from, to)) {
        count++;
        revenue.merge(price.currency(), price.minorUnits(), Math::addExact);
      }
    }
    return new CompletionSummary(count, revenue);
  }

  /**
   * Applies a transition atomically: {@code done} recognizes a job already in the target state
   * (idempotent success); otherwise the stored status must allow {@code target}.
   */
  private boolean transition(
      String jobId, JobStatus target, Predicate<Job> done, Function<Job, Job> change) {
    Objects.requireNonNull(jobId, "jobId must not be null");
    boolean[] result = {false};
    jobs.computeIfPresent(
        jobId,
        (id, job) -> {
          if (done.test(job)) {
            result[0] = true;
            return job;
          }
          if (!job.status().canTransitionTo(target)) {
            return job;
          }
          result[0] = true;
          return change.apply(job);
        });
    return result[0];
  }

  private static boolean within(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  private static void requireWindow(Instant from, Instant to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from");
    }
  }
}
