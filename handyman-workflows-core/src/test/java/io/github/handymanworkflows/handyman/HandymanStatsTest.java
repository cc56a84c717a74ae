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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HandymanStatsTest {

  private static final Instant AT = Instant.parse("2026-11-26T09:00:00Z");

  @Test
  void anUnratedJobDoesNotChangeTheAverage() {
    HandymanStats stats = HandymanStats.empty().plusJob(4, AT).plusJob(null, AT);

    assertThat(stats.completedJobs()).isEqualTo(2);
    assertThat(stats.averageRating()).hasValue(4.0);
  }

  @Test
  void noRatingsMeansNoAverage() {
    assertThat(HandymanStats.empty().plusJob(null, AT).averageRating()).isEmpty();
  }

  @Test
  void inconsistentCountsAreRejected() {
    assertThatThrownBy(() -> new HandymanStats(1, 5, 2, AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ratingCount");
    assertThatThrownBy(() -> new HandymanStats(1, 6, 1, AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ratingSum");
  }

  @Test
  void skillsAreNormalized() {
    assertThat(Skills.normalize("  Electrical   Wiring ")).isEqualTo("electrical wiring");
    assertThatThrownBy(() -> Skills.normalize(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("skill");
  }

  @Test
  void criteriaClassifyAtTheThresholds() {
    PerformanceCriteria criteria = new PerformanceCriteria(2, 3.0, 4.5);

    assertThat(criteria.classify(true, new HandymanStats(2, 5, 2, AT), AT))
        .isEqualTo(PerformanceCohort.TIPS);
    assertThat(criteria.classify(true, new HandymanStats(2, 6, 2, AT), AT)).isNull();
    assertThat(criteria.classify(true, new HandymanStats(2, 9, 2, AT), AT))
        .isEqualTo(PerformanceCohort.RECOGNITION);
    assertThat(criteria.classify(false, new HandymanStats(2, 10, 2, AT), AT)).isNull();
    assertThat(criteria.classify(true, new HandymanStats(3, 4, 1, AT), AT)).isNull();
  }

  @Test
  void handymenWithFewJobsOrIdleForAWeekGetTipsAsInTheOriginal() {
    PerformanceCriteria criteria = PerformanceCriteria.defaults();

    assertThat(criteria.classify(true, new HandymanStats(1, 5, 1, AT), AT))
        .isEqualTo(PerformanceCohort.TIPS);
    assertThat(criteria.classify(true, new HandymanStats(0, 0, 0, null), AT))
        .isEqualTo(PerformanceCohort.TIPS);
    assertThat(
            criteria.classify(true, new HandymanStats(4, 16, 4, AT), AT.plus(Duration.ofDays(7))))
        .isEqualTo(PerformanceCohort.TIPS);
    assertThat(
            criteria.classify(true, new HandymanStats(4, 16, 4, AT), AT.plus(Duration.ofDays(6))))
        .isNull();
    assertThat(
            criteria.classify(true, new HandymanStats(5, 25, 5, AT), AT.plus(Duration.ofDays(9))))
        .isEqualTo(PerformanceCohort.RECOGNITION);
    assertThat(criteria.classify(false, new HandymanStats(0, 0, 0, null), AT)).isNull();
  }

  @Test
  void criteriaWithOverlappingThresholdsAreRejected() {
    assertThatThrownBy(() -> new PerformanceCriteria(1, 4.6, 4.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tipsBelow");
  }
}
