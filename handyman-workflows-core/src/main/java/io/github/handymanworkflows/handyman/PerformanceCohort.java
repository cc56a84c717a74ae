package io.github.handymanworkflows.handyman;

/** The weekly performance e-mail a handyman gets; each handyman is in at most one cohort. */
public enum PerformanceCohort {
  /** Average rating below {@link PerformanceCriteria#tipsBelow()}: gets improvement tips. */
  TIPS,
  /** Average rating at or above {@link PerformanceCriteria#recognitionAtLeast()}: gets praise. */
  RECOGNITION
}
