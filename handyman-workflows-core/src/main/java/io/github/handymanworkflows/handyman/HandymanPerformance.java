package io.github.handymanworkflows.handyman;

import java.util.Objects;

/**
 * One handyman's place in the weekly performance run.
 *
 * @param handymanId the handyman
 * @param cohort the one e-mail they get
 * @param stats the track record the classification used
 */
public record HandymanPerformance(
    String handymanId, PerformanceCohort cohort, HandymanStats stats) {

  /** Validates the fields. */
  public HandymanPerformance {
    Objects.requireNonNull(handymanId, "handymanId must not be null");
    Objects.requireNonNull(cohort, "cohort must not be null");
    Objects.requireNonNull(stats, "stats must not be null");
  }
}
