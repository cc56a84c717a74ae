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

import io.github.handymanworkflows.health.HealthState;
import io.github.handymanworkflows.health.HealthStateRepository;
import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.health.HealthTransition;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The semantics every {@link HealthStateRepository} must have. Extend it and return an empty
 * repository from {@link #newRepository()}.
 */
public abstract class HealthStateRepositoryContract {

  /** A reference "now": 2026-11-26T09:15:00Z. */
  protected static final Instant NOW = Instant.parse("2026-11-26T09:15:00Z");

  private static final Instant LATER = NOW.plusSeconds(900);

  /** The repository under test, fresh for each test. */
  protected HealthStateRepository states;

  /** An empty repository; called before each test. */
  protected abstract HealthStateRepository newRepository();

  @BeforeEach
  void createRepository() {
    states = newRepository();
  }

  @Test
  void anUnseenProbeHasNoState() {
    assertThat(states.find("mongo")).isEmpty();
  }

  @Test
  void aFirstUpIsNotAChangeButAFirstDownIs() {
    HealthTransition up = states.record("mongo", HealthStatus.UP, NOW);
    HealthTransition down = states.record("redis", HealthStatus.DOWN, NOW);

    assertThat(up.previous()).isNull();
    assertThat(up.changed()).isFalse();
    assertThat(down.changed()).isTrue();
    assertThat(states.find("mongo")).contains(new HealthState("mongo", HealthStatus.UP, NOW, NOW));
  }

  @Test
  void aNewStatusIsAChangeAndRestartsSince() {
    states.record("mongo", HealthStatus.UP, NOW);

    HealthTransition down = states.record("mongo", HealthStatus.DOWN, LATER);

    assertThat(down)
        .isEqualTo(new HealthTransition("mongo", HealthStatus.UP, HealthStatus.DOWN, LATER));
    assertThat(down.changed()).isTrue();
    assertThat(states.find("mongo"))
        .contains(new HealthState("mongo", HealthStatus.DOWN, LATER, LATER));
  }

  @Test
  void theSameStatusAgainIsNoChangeAndKeepsSince() {
    states.record("mongo", HealthStatus.DOWN, NOW);

    HealthTransition again = states.record("mongo", HealthStatus.DOWN, LATER);

    assertThat(again.changed()).isFalse();
    assertThat(again.since()).isEqualTo(NOW);
    assertThat(states.find("mongo"))
        .contains(new HealthState("mongo", HealthStatus.DOWN, NOW, LATER));
  }

  @Test
  void anOlderRecordingChangesNothing() {
    states.record("mongo", HealthStatus.UP, LATER);

    HealthTransition stale = states.record("mongo", HealthStatus.DOWN, NOW);

    assertThat(stale.changed()).isFalse();
    assertThat(stale.current()).isEqualTo(HealthStatus.UP);
    assertThat(states.find("mongo"))
        .contains(new HealthState("mongo", HealthStatus.UP, LATER, LATER));
  }

  @Test
  void probesAreTrackedApart() {
    states.record("mongo", HealthStatus.UP, NOW);
    states.record("redis", HealthStatus.UNKNOWN, NOW);

    assertThat(states.record("mongo", HealthStatus.UP, LATER).changed()).isFalse();
    assertThat(states.find("redis").orElseThrow().status()).isEqualTo(HealthStatus.UNKNOWN);
  }

  @Test
  void recordingTheSameCheckAgainReturnsWhatTheFirstRecordingReturned() {
    states.record("mongo", HealthStatus.UP, NOW);
    HealthTransition first = states.record("mongo", HealthStatus.DOWN, LATER);

    HealthTransition again = states.record("mongo", HealthStatus.DOWN, LATER);

    assertThat(again).isEqualTo(first);
    assertThat(again.changed()).isTrue();
    assertThat(states.find("mongo"))
        .contains(new HealthState("mongo", HealthStatus.DOWN, LATER, LATER));
  }

  @Test
  void aFirstObservationRecordedAgainIsStillAFirstObservation() {
    HealthTransition first = states.record("redis", HealthStatus.DOWN, NOW);

    assertThat(states.record("redis", HealthStatus.DOWN, NOW)).isEqualTo(first);
  }

  @Test
  void aDifferentStatusAtTheSameInstantChangesNothing() {
    states.record("mongo", HealthStatus.UP, NOW);
    HealthTransition first = states.record("mongo", HealthStatus.DOWN, LATER);

    HealthTransition other = states.record("mongo", HealthStatus.UP, LATER);

    assertThat(other).isEqualTo(first);
    assertThat(states.find("mongo").orElseThrow().status()).isEqualTo(HealthStatus.DOWN);
  }

  @Test
  void onlyOneOfConcurrentRecordingsAtDifferentInstantsReportsTheChange() throws Exception {
    states.record("mongo", HealthStatus.UP, NOW);

    List<Boolean> changed =
        Race.run(8, i -> states.record("mongo", HealthStatus.DOWN, LATER.plusSeconds(i)).changed());

    assertThat(changed).containsOnlyOnce(true);
  }
}
