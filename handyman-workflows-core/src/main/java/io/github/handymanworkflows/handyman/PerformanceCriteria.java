package io.github.handymanworkflows.handyman;

import org.jspecify.annotations.Nullable;

/**
 * Who gets a performance e-mail. Only approved handymen with at least {@code minCompletedJobs}
 * completed jobs and at least one rating are classified. Because {@code tipsBelow <=
 * recognitionAtLeast}, no average falls in both cohorts (the original could send both, §2.3 #13);
 * averages in between get no e-mail.
 *
 * @param minCompletedJobs completed jobs needed before anyone judges the average, at least 1
 * @param tipsBelow averages strictly below this get tips
 * @param recognitionAtLeast averages at or above this get recognition
 */
public record PerformanceCriteria(
    int minCompletedJobs, double tipsBelow, double recognitionAtLeast) {

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
   * The cohort for these stats, or {@code null} when they are not judged or fall in between.
   *
   * @param approved whether the handyman is approved
   */
  public @Nullable PerformanceCohort classify(boolean approved, HandymanStats stats) {
    if (!approved || stats.completedJobs() < minCompletedJobs || stats.ratingCount() == 0) {
      return null;
    }
    double average = stats.averageRating().orElseThrow();
    if (average < tipsBelow) {
      return PerformanceCohort.TIPS;
    }
    return average >= recognitionAtLeast ? PerformanceCohort.RECOGNITION : null;
  }
}
