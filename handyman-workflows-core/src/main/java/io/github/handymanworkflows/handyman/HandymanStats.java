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

import java.time.Instant;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A handyman's track record, kept as sums so that updates are atomic increments (§8 B.10).
 *
 * <p>Only rated jobs count in the rating divisor: {@code ratingCount} may be lower than {@code
 * completedJobs}.
 *
 * @param completedJobs jobs completed, rated or not
 * @param ratingSum the sum of all ratings (1 to 5 each)
 * @param ratingCount how many completed jobs were rated
 * @param lastJobCompletedAt when the latest job was completed, or {@code null} when none was
 */
public record HandymanStats(
    int completedJobs, long ratingSum, int ratingCount, @Nullable Instant lastJobCompletedAt) {

  private static final HandymanStats EMPTY = new HandymanStats(0, 0, 0, null);

  /** Validates that the counts are consistent. */
  public HandymanStats {
    if (completedJobs < 0) {
      throw new IllegalArgumentException("completedJobs must not be negative");
    }
    if (ratingCount < 0 || ratingCount > completedJobs) {
      throw new IllegalArgumentException("ratingCount must be between 0 and completedJobs");
    }
    if (ratingSum < ratingCount || ratingSum > 5L * ratingCount) {
      throw new IllegalArgumentException("ratingSum must be between ratingCount and 5*ratingCount");
    }
  }

  /** No jobs yet. */
  public static HandymanStats empty() {
    return EMPTY;
  }

  /** The mean rating, empty when no job was rated. */
  public OptionalDouble averageRating() {
    return ratingCount == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(ratingSum / (double) ratingCount);
  }

  /**
   * The stats after one more completed job.
   *
   * @param rating 1 to 5, or {@code null} for an unrated job
   * @param at when the job was completed; {@code lastJobCompletedAt} only moves forward
   * @throws IllegalArgumentException when the rating is out of range
   */
  public HandymanStats plusJob(@Nullable Integer rating, Instant at) {
    if (rating != null && (rating < 1 || rating > 5)) {
      throw new IllegalArgumentException("rating must be between 1 and 5 but was " + rating);
    }
    Instant last =
        lastJobCompletedAt == null || at.isAfter(lastJobCompletedAt) ? at : lastJobCompletedAt;
    return new HandymanStats(
        Math.addExact(completedJobs, 1),
        rating == null ? ratingSum : ratingSum + rating,
        rating == null ? ratingCount : ratingCount + 1,
        last);
  }
}
