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
