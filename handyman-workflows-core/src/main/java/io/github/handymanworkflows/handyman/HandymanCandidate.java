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
package io.github.handymanworkflows.handyman;

import java.util.Objects;

/**
 * A handyman who may be offered a job, with what the ranking used.
 *
 * @param handymanId the handyman
 * @param distanceKm great-circle distance from the job, in kilometres
 * @param stats their track record (average rating, completed jobs)
 */
public record HandymanCandidate(String handymanId, double distanceKm, HandymanStats stats) {

  /** Validates the fields. */
  public HandymanCandidate {
    Objects.requireNonNull(handymanId, "handymanId must not be null");
    Objects.requireNonNull(stats, "stats must not be null");
    if (!(distanceKm >= 0)) {
      throw new IllegalArgumentException("distanceKm must not be negative");
    }
  }
}
