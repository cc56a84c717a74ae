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
package io.github.handymanworkflows.mail;

/**
 * Thanks a top-rated handyman.
 *
 * @param handyman the handyman
 * @param period the review period, for example the ISO week {@code 2026-W23}; part of the key
 * @param rating the average rating
 * @param completedJobs jobs completed so far
 */
public record PerformanceRecognitionEmail(
    Recipient handyman, String period, double rating, int completedJobs) {

  /** Validates the fields. */
  public PerformanceRecognitionEmail {
    Require.present(handyman, "handyman");
    Require.text(period, "period");
    Require.notNegative(completedJobs, "completedJobs");
    if (!(rating >= 0 && rating <= 5)) {
      throw new MailValidationException("rating", "must be between 0 and 5");
    }
  }
}
