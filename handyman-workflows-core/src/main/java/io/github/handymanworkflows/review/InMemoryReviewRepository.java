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
