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
package io.github.handymanworkflows.handyman;

import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Page;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A {@link HandymanRepository} in maps: the embedded default. Writes that read-modify-write are
 * synchronized so that stats and the set of counted jobs change together. Data is lost on restart.
 */
public final class InMemoryHandymanRepository implements HandymanRepository {

  private static final Comparator<HandymanCandidate> RANKING =
      Comparator.comparingDouble(HandymanCandidate::distanceKm)
          .thenComparing(
              Comparator.comparingDouble(
                      (HandymanCandidate c) -> c.stats().averageRating().orElse(-1))
                  .reversed())
          .thenComparing(HandymanCandidate::handymanId);

  private final ConcurrentHashMap<String, HandymanProfile> handymen = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Set<String>> countedJobs = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Set<String>> ratedJobs = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Map<String, Integer>> pendingRatings =
      new ConcurrentHashMap<>();

  /** An empty repository. */
  @Inject
  public InMemoryHandymanRepository() {}

  @Override
  public Optional<HandymanProfile> find(String handymanId) {
    Objects.requireNonNull(handymanId, "handymanId must not be null");
    return Optional.ofNullable(handymen.get(handymanId));
  }

  @Override
  public synchronized void save(HandymanProfile profile) {
    Objects.requireNonNull(profile, "profile must not be null");
    HandymanProfile existing = handymen.get(profile.handymanId());
    handymen.put(
        profile.handymanId(), existing == null ? profile : profile.withStats(existing.stats()));
  }

  @Override
  public synchronized Optional<HandymanStats> recordCompletedJob(
      String handymanId, String jobId, @Nullable Integer rating, Instant at) {
    Objects.requireNonNull(handymanId, "handymanId must not be null");
    Objects.requireNonNull(jobId, "jobId must not be null");
    Objects.requireNonNull(at, "at must not be null");
    HandymanProfile profile = handymen.get(handymanId);
    if (profile == null) {
      return Optional.empty();
    }
    Set<String> jobs = countedJobs.computeIfAbsent(handymanId, id -> new HashSet<>());
    if (jobs.contains(jobId)) {
      return Optional.of(profile.stats());
    }
    Integer pending = pendingRatings.getOrDefault(handymanId, Map.of()).get(jobId);
    Integer effective = rating != null ? rating : pending;
    HandymanStats next = profile.stats().plusJob(effective, at);
    jobs.add(jobId);
    if (effective != null) {
      ratedJobs.computeIfAbsent(handymanId, id -> new HashSet<>()).add(jobId);
    }
    Map<String, Integer> waiting = pendingRatings.get(handymanId);
    if (waiting != null) {
      waiting.remove(jobId);
    }
    handymen.put(handymanId, profile.withStats(next));
    return Optional.of(next);
  }

  @Override
  public synchronized Optional<HandymanStats> recordRating(
      String handymanId, String jobId, int rating) {
    Objects.requireNonNull(handymanId, "handymanId must not be null");
    Objects.requireNonNull(jobId, "jobId must not be null");
    if (rating < 1 || rating > 5) {
      throw new IllegalArgumentException("rating must be between 1 and 5 but was " + rating);
    }
    HandymanProfile profile = handymen.get(handymanId);
    if (profile == null) {
      return Optional.empty();
    }
    Set<String> rated = ratedJobs.computeIfAbsent(handymanId, id -> new HashSet<>());
    if (rated.contains(jobId)) {
      return Optional.of(profile.stats());
    }
    if (!countedJobs.getOrDefault(handymanId, Set.of()).contains(jobId)) {
      pendingRatings.computeIfAbsent(handymanId, id -> new HashMap<>()).putIfAbsent(jobId, rating);
      return Optional.of(profile.stats());
    }
    HandymanStats stats = profile.stats();
    HandymanStats next =
        new HandymanStats(
            stats.completedJobs(),
            stats.ratingSum() + rating,
            stats.ratingCount() + 1,
            stats.lastJobCompletedAt());
    rated.add(jobId);
    handymen.put(handymanId, profile.withStats(next));
    return Optional.of(next);
  }

  @Override
  public synchronized boolean setAvailability(
      String handymanId, boolean available, @Nullable String reason, Instant at) {
    Objects.requireNonNull(handymanId, "handymanId must not be null");
    Objects.requireNonNull(at, "at must not be null");
    HandymanProfile profile = handymen.get(handymanId);
    if (profile == null) {
      return false;
    }
    Instant changedAt = profile.availabilityChangedAt();
    if (changedAt == null || !at.isBefore(changedAt)) {
      handymen.put(handymanId, profile.withAvailability(available, reason, at));
    }
    return true;
  }

  @Override
  public List<HandymanCandidate> findCandidates(
      String skill, GeoPoint near, double radiusKm, Set<String> excludeIds, int limit) {
    String wanted = Skills.normalize(skill);
    Objects.requireNonNull(near, "near must not be null");
    Objects.requireNonNull(excludeIds, "excludeIds must not be null");
    if (!(radiusKm >= 0)) {
      throw new IllegalArgumentException("radiusKm must not be negative");
    }
    Page.requireLimit(limit);
    return handymen.values().stream()
        .filter(HandymanProfile::matchable)
        .filter(h -> h.location() != null && h.skills().contains(wanted))
        .filter(h -> !excludeIds.contains(h.handymanId()))
        .map(
            h ->
                new HandymanCandidate(
                    h.handymanId(), near.distanceKm(h.location().point()), h.stats()))
        .filter(c -> c.distanceKm() <= radiusKm)
        .sorted(RANKING)
        .limit(limit)
        .toList();
  }

  @Override
  public Page<HandymanPerformance> findPerformance(
      PerformanceCriteria criteria, Instant asOf, @Nullable String afterId, int limit) {
    Objects.requireNonNull(criteria, "criteria must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    return Page.slice(
        handymen.values().stream()
            .map(h -> classify(criteria, asOf, h))
            .filter(Objects::nonNull)
            .map(Objects::requireNonNull),
        HandymanPerformance::handymanId,
        afterId,
        limit);
  }

  private static @Nullable HandymanPerformance classify(
      PerformanceCriteria criteria, Instant asOf, HandymanProfile handyman) {
    PerformanceCohort cohort =
        criteria.classify(
            handyman.approvalStatus() == ApprovalStatus.APPROVED, handyman.stats(), asOf);
    return cohort == null
        ? null
        : new HandymanPerformance(handyman.handymanId(), cohort, handyman.stats());
  }
}
