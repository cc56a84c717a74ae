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
package io.github.handymanworkflows.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Location;
import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Urgency;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class JobStatusTest {

  @ParameterizedTest
  @CsvSource({
    "OPEN, MATCHED", "OPEN, ACCEPTED", "OPEN, CANCELLED",
    "MATCHED, OPEN", "MATCHED, ACCEPTED", "MATCHED, CANCELLED",
    "ACCEPTED, IN_PROGRESS", "ACCEPTED, COMPLETED", "ACCEPTED, CANCELLED",
    "IN_PROGRESS, COMPLETED", "IN_PROGRESS, CANCELLED"
  })
  void allowsTheDocumentedTransitions(JobStatus from, JobStatus to) {
    assertThat(from.canTransitionTo(to)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "OPEN, COMPLETED", "OPEN, IN_PROGRESS", "MATCHED, COMPLETED", "ACCEPTED, OPEN",
    "IN_PROGRESS, ACCEPTED", "COMPLETED, OPEN", "COMPLETED, CANCELLED", "CANCELLED, OPEN"
  })
  void refusesOtherTransitions(JobStatus from, JobStatus to) {
    assertThat(from.canTransitionTo(to)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(JobStatus.class)
  void finalStatesLeadNowhereAndNoStateLoopsToItself(JobStatus status) {
    assertThat(status.next().isEmpty()).isEqualTo(status.isFinal());
    assertThat(status.canTransitionTo(status)).isFalse();
  }

  @Test
  void aCompletedJobNeedsAPriceAndAHandyman() {
    Job open =
        Job.open(
            "job-1",
            "c-1",
            "Fix the sink",
            "Plumbing",
            new Location("Ikeja", GeoPoint.of(6.6, 3.35)),
            Urgency.HIGH,
            Money.of(100, "NGN"),
            Instant.EPOCH);

    assertThat(open.skill()).isEqualTo("plumbing");
    assertThatThrownBy(() -> open.withStatus(JobStatus.COMPLETED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("handymanId");
    assertThatThrownBy(() -> open.accepted("h-1", Instant.EPOCH).withStatus(JobStatus.COMPLETED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finalPrice");
  }
}
