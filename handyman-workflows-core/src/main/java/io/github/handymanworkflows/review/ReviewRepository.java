package io.github.handymanworkflows.review;

import java.util.Optional;

/** Reviews, one per job. Implementations are thread-safe. */
public interface ReviewRepository {

  /**
   * Stores the review unless the job already has one; the first review stays.
   *
   * @return {@code true} when stored, {@code false} when the job already had a review
   */
  boolean saveIfAbsent(Review review);

  /** Whether the job has a review: what the completion workflow checks before reminding. */
  boolean hasReview(String jobId);

  /** The review of a job. */
  Optional<Review> findByJob(String jobId);
}
