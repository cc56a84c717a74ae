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

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Tips for a handyman whose numbers are low; the flags pick which tips are shown.
 *
 * @param handyman the handyman
 * @param period the review period, for example the ISO week {@code 2026-W23}; part of the key
 * @param rating the average rating, or {@code null} when not rated yet
 * @param completedJobs jobs completed so far
 * @param lastJobCompletedAt the last completion, or {@code null} when none
 * @param lowRating whether the rating is below the threshold
 * @param fewJobs whether too few jobs were completed
 * @param idle whether no job was completed recently
 */
public record PerformanceTipsEmail(
    Recipient handyman,
    String period,
    @Nullable Double rating,
    int completedJobs,
    @Nullable Instant lastJobCompletedAt,
    boolean lowRating,
    boolean fewJobs,
    boolean idle) {

  /** Validates the fields. */
  public PerformanceTipsEmail {
    Require.present(handyman, "handyman");
    Require.text(period, "period");
    Require.notNegative(completedJobs, "completedJobs");
    if (!lowRating && !fewJobs && !idle) {
      throw new MailValidationException("lowRating", "at least one of lowRating, fewJobs, idle");
    }
  }
}
