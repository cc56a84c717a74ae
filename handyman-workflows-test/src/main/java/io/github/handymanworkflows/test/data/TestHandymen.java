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
package io.github.handymanworkflows.test.data;

import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.handyman.ApprovalStatus;
import io.github.handymanworkflows.handyman.HandymanProfile;
import io.github.handymanworkflows.handyman.HandymanStats;
import java.time.Instant;
import java.util.Set;

/** Handyman profiles that are matchable unless changed with the {@code with...} copies. */
public final class TestHandymen {

  private TestHandymen() {}

  /** Approved, verified and available at a point, with no track record. */
  public static HandymanProfile matchable(String id, GeoPoint at, String... skills) {
    return new HandymanProfile(
        id,
        Set.of(skills),
        TestPlaces.at(at),
        ApprovalStatus.APPROVED,
        true,
        true,
        null,
        null,
        HandymanStats.empty());
  }

  /**
   * Stats with {@code completedJobs} jobs, all rated, whose ratings sum to {@code ratingSum}.
   *
   * @param lastAt when the last job was completed
   */
  public static HandymanStats stats(int completedJobs, long ratingSum, Instant lastAt) {
    return new HandymanStats(completedJobs, ratingSum, completedJobs, lastAt);
  }
}
