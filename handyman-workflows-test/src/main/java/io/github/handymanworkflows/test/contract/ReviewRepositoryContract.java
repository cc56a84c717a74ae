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
package io.github.handymanworkflows.test.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.review.Review;
import io.github.handymanworkflows.review.ReviewRepository;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The semantics every {@link ReviewRepository} must have. Extend it and return an empty repository
 * from {@link #newRepository()}.
 */
public abstract class ReviewRepositoryContract {

  private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

  /** The repository under test, fresh for each test. */
  protected ReviewRepository reviews;

  /** An empty repository; called before each test. */
  protected abstract ReviewRepository newRepository();

  @BeforeEach
  void createRepository() {
    reviews = newRepository();
  }

  @Test
  void aJobWithoutAReviewHasNone() {
    assertThat(reviews.hasReview("job-1")).isFalse();
    assertThat(reviews.findByJob("job-1")).isEmpty();
  }

  @Test
  void storesTheFirstReviewOfAJob() {
    Review review = new Review("job-1", "c-1", "h-1", 5, "Quick and tidy", NOW);

    assertThat(reviews.saveIfAbsent(review)).isTrue();

    assertThat(reviews.hasReview("job-1")).isTrue();
    assertThat(reviews.findByJob("job-1")).contains(review);
  }

  @Test
  void aSecondReviewOfTheSameJobIsIgnored() {
    Review first = new Review("job-1", "c-1", "h-1", 5, null, NOW);
    reviews.saveIfAbsent(first);

    assertThat(reviews.saveIfAbsent(new Review("job-1", "c-1", "h-1", 1, "changed", NOW)))
        .isFalse();

    assertThat(reviews.findByJob("job-1")).contains(first);
  }

  @Test
  void reviewsOfDifferentJobsAreIndependent() {
    reviews.saveIfAbsent(new Review("job-1", "c-1", "h-1", 4, null, NOW));

    assertThat(reviews.saveIfAbsent(new Review("job-2", "c-1", "h-1", 3, null, NOW))).isTrue();
    assertThat(reviews.hasReview("job-3")).isFalse();
  }

  @Test
  void exactlyOneOfConcurrentReviewsOfAJobIsStored() throws Exception {
    List<Boolean> stored =
        Race.run(
            8, i -> reviews.saveIfAbsent(new Review("job-1", "c-1", "h-1", 1 + i % 5, null, NOW)));

    assertThat(stored).containsOnlyOnce(true);
    int winner = stored.indexOf(true);
    assertThat(reviews.findByJob("job-1").orElseThrow().rating()).isEqualTo(1 + winner % 5);
  }
}
