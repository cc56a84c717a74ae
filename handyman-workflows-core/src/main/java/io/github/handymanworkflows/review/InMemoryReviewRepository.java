package io.github.handymanworkflows.review;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link ReviewRepository} in a map: the embedded default. Data is lost on restart. */
public final class InMemoryReviewRepository implements ReviewRepository {

  private final ConcurrentHashMap<String, Review> reviews = new ConcurrentHashMap<>();

  /** An empty repository. */
  @Inject
  public InMemoryReviewRepository() {}

  @Override
  public boolean saveIfAbsent(Review review) {
    Objects.requireNonNull(review, "review must not be null");
    return reviews.putIfAbsent(review.jobId(), review) == null;
  }

  @Override
  public boolean hasReview(String jobId) {
    Objects.requireNonNull(jobId, "jobId must not be null");
    return reviews.containsKey(jobId);
  }

  @Override
  public Optional<Review> findByJob(String jobId) {
    Objects.requireNonNull(jobId, "jobId must not be null");
    return Optional.ofNullable(reviews.get(jobId));
  }
}
