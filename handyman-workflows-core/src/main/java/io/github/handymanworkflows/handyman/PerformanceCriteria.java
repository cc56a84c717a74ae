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

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who gets a performance e-mail. As in the original (§2.3 #13), approved handymen get tips when
 * their average is below {@code tipsBelow} (judged once they have {@code minCompletedJobs}
 * completed jobs and a rating), when they completed fewer than {@link #FEW_JOBS_BELOW} jobs, or
 * when their last job is {@link #IDLE_AFTER} old; recognition when their average is at least {@code
 * recognitionAtLeast}. Nobody gets both: a low average means tips, then recognition wins over few
 * jobs or idleness (the original could send both); averages in between get no e-mail.
 *
 * @param minCompletedJobs completed jobs needed before anyone judges the average, at least 1
 * @param tipsBelow averages strictly below this get tips
 * @param recognitionAtLeast averages at or above this get recognition
 */
public record PerformanceCriteria(
    int minCompletedJobs, double tipsBelow, double recognitionAtLeast) {

  /** Handymen with fewer completed jobs than this get tips, whatever their rating. */
  public static final int FEW_JOBS_BELOW = 2;

  /** Handymen whose last completed job is at least this old get tips. */
  public static final Duration IDLE_AFTER = Duration.ofDays(7);

  /** Validates the thresholds. */
  public PerformanceCriteria {
    if (minCompletedJobs < 1) {
      throw new IllegalArgumentException("minCompletedJobs must be at least 1");
    }
    if (!(tipsBelow >= 1 && tipsBelow <= 5)) {
      throw new IllegalArgumentException("tipsBelow must be between 1 and 5");
    }
    if (!(recognitionAtLeast >= 1 && recognitionAtLeast <= 5)) {
      throw new IllegalArgumentException("recognitionAtLeast must be between 1 and 5");
    }
    if (tipsBelow > recognitionAtLeast) {
      throw new IllegalArgumentException("tipsBelow must not be above recognitionAtLeast");
    }
  }

  /** 3 completed jobs; tips below 3.0; recognition from 4.5. */
  public static PerformanceCriteria defaults() {
    return new PerformanceCriteria(3, 3.0, 4.5);
  }

  /**
   * The cohort for these stats as of {@code asOf}, or {@code null} when none applies.
   *
   * @param approved whether the handyman is approved
   * @param asOf when the review runs, to tell idle handymen
   */
  public @Nullable PerformanceCohort classify(boolean approved, HandymanStats stats, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf must not be null");
    if (!approved) {
      return null;
    }
    boolean judged = stats.completedJobs() >= minCompletedJobs && stats.ratingCount() > 0;
    double average = judged ? stats.averageRating().orElseThrow() : Double.NaN;
    if (judged && average < tipsBelow) {
      return PerformanceCohort.TIPS;
    }
    if (judged && average >= recognitionAtLeast) {
      return PerformanceCohort.RECOGNITION;
    }
    return fewJobs(stats) || idle(stats, asOf) ? PerformanceCohort.TIPS : null;
  }

  /** Whether the handyman completed fewer than {@link #FEW_JOBS_BELOW} jobs. */
  public static boolean fewJobs(HandymanStats stats) {
    return stats.completedJobs() < FEW_JOBS_BELOW;
  }

  /**
   * Whether the handyman's last completed job is at least {@link #IDLE_AFTER} before {@code asOf}.
   * A handyman who never completed a job counts under {@link #fewJobs} instead.
   */
  public static boolean idle(HandymanStats stats, Instant asOf) {
    Instant last = stats.lastJobCompletedAt();
    return last != null && !last.isAfter(asOf.minus(IDLE_AFTER));
  }
}
