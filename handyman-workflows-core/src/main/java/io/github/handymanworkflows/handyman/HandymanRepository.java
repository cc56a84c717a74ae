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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Handymen's marketplace state: matching, availability and track records. Implementations are
 * thread-safe.
 */
public interface HandymanRepository {

  /** The handyman with this id. */
  Optional<HandymanProfile> find(String handymanId);

  /**
   * Inserts or replaces a handyman. When the handyman already exists, the stored {@link
   * HandymanStats} are kept: stats belong to {@link #recordCompletedJob} alone, so a profile save
   * racing with a job completion cannot lose or roll back a job (§8 C.16). A new handyman starts
   * with the given stats, which lets a host migrate existing records.
   */
  void save(HandymanProfile profile);

  /**
   * Counts a completed job, atomically and once per job: a second call for the same {@code jobId}
   * (a retried step, a duplicate event, a concurrent run) changes nothing and returns the current
   * stats. Unrated jobs count as completed but not in the rating divisor (§8 B.10).
   *
   * @param rating 1 to 5, or {@code null} when the customer gave none
   * @param at when the job was completed; {@code lastJobCompletedAt} only moves forward
   * @return the stats after the call, or empty when the handyman does not exist
   * @throws IllegalArgumentException when the rating is out of range
   */
  Optional<HandymanStats> recordCompletedJob(
      String handymanId, String jobId, @Nullable Integer rating, Instant at);

  /**
   * Adds a customer's rating of a job to the stats, atomically and once per job. A job counted
   * without a rating gets this one; a job not counted yet keeps it until {@link
   * #recordCompletedJob} counts the job (a review can overtake the completion event); a job that
   * already has a rating keeps its first one.
   *
   * @param rating 1 to 5
   * @return the stats after the call, or empty when the handyman does not exist
   * @throws IllegalArgumentException when the rating is out of range
   */
  Optional<HandymanStats> recordRating(String handymanId, String jobId, int rating);

  /**
   * Sets whether the handyman takes new jobs. A change older than the stored {@code
   * availabilityChangedAt} is ignored, so events that arrive out of order cannot undo a newer
   * change.
   *
   * @return whether the handyman exists
   */
  boolean setAvailability(
      String handymanId, boolean available, @Nullable String reason, Instant at);

  /**
   * Handymen who may be offered a job: approved, e-mail verified, available, listing the skill,
   * with a location within {@code radiusKm} of {@code near}. Ranked by distance, then average
   * rating (highest first, unrated last), then id, so the same data always gives the same order (§8
   * E.29).
   *
   * @param skill the job's skill, normalized by {@link Skills#normalize}
   * @param excludeIds handymen already offered the job, for a widened second search
   * @param limit at most this many candidates, positive
   */
  List<HandymanCandidate> findCandidates(
      String skill, GeoPoint near, double radiusKm, Set<String> excludeIds, int limit);

  /** {@link #findCandidates(String, GeoPoint, double, Set, int)} with nobody excluded. */
  default List<HandymanCandidate> findCandidates(
      String skill, GeoPoint near, double radiusKm, int limit) {
    return findCandidates(skill, near, radiusKm, Set.of(), limit);
  }

  /**
   * Approved handymen classified by {@link PerformanceCriteria#classify} as of {@code asOf};
   * handymen who fall in no cohort are left out. One scan with one classification per handyman, so
   * nobody gets both e-mails.
   */
  Page<HandymanPerformance> findPerformance(
      PerformanceCriteria criteria, Instant asOf, @Nullable String afterId, int limit);
}
