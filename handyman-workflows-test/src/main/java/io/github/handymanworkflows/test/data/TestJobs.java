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
import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Urgency;
import io.github.handymanworkflows.job.Job;
import java.time.Instant;

/** Open jobs with defaults: customer {@code customer-1}, medium urgency, a budget of ₦50,000. */
public final class TestJobs {

  /** The default posting time: 2026-11-26T10:00:00Z. */
  public static final Instant POSTED_AT = Instant.parse("2026-11-26T10:00:00Z");

  private TestJobs() {}

  /** An open job needing {@code skill} at a point. */
  public static Job open(String jobId, String skill, GeoPoint at) {
    return open(jobId, skill, at, POSTED_AT);
  }

  /** An open job needing {@code skill} at a point, posted at a given time. */
  public static Job open(String jobId, String skill, GeoPoint at, Instant postedAt) {
    return Job.open(
        jobId,
        "customer-1",
        "Fix the " + skill,
        skill,
        TestPlaces.at(at),
        Urgency.MEDIUM,
        Money.of(5_000_000, "NGN"),
        postedAt);
  }
}
