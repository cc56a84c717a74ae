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

import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.health.ProbeResult;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The semantics every {@link HealthProbe} must have. Extend it with a probe against a reachable
 * dependency and one against an unreachable one (a closed port, a wrong host).
 */
public abstract class HealthProbeContract {

  /** A probe whose dependency answers. */
  protected abstract HealthProbe healthyProbe();

  /** A probe whose dependency fails or cannot be reached. */
  protected abstract HealthProbe failingProbe();

  /**
   * Strings that must never appear in a result's detail, such as the password or API key the probe
   * was configured with.
   */
  protected Set<String> secrets() {
    return Set.of();
  }

  /** The longest a single check may take in these tests. */
  protected Duration maxLatency() {
    return Duration.ofSeconds(10);
  }

  @Test
  void aReachableDependencyIsUpWithAMeasuredLatency() {
    HealthProbe probe = healthyProbe();

    ProbeResult result = probe.check();

    assertThat(result.status()).isEqualTo(HealthStatus.UP);
    assertThat(result.name()).isEqualTo(probe.name());
    assertThat(result.latency()).isBetween(Duration.ZERO, maxLatency());
  }

  @Test
  void aFailingDependencyIsDownWithoutThrowing() {
    HealthProbe probe = failingProbe();

    ProbeResult result = probe.check();

    assertThat(result.status()).isEqualTo(HealthStatus.DOWN);
    assertThat(result.name()).isEqualTo(probe.name());
    assertThat(result.latency()).isBetween(Duration.ZERO, maxLatency());
  }

  @Test
  void detailsNeverContainSecrets() {
    for (ProbeResult result : new ProbeResult[] {healthyProbe().check(), failingProbe().check()}) {
      String detail = String.valueOf(result.detail());
      for (String secret : secrets()) {
        assertThat(detail).doesNotContain(secret);
      }
    }
  }

  @Test
  void theNameIsShortAndStable() {
    HealthProbe probe = healthyProbe();

    assertThat(probe.name()).isNotBlank().hasSizeLessThanOrEqualTo(40).isEqualTo(probe.name());
    assertThat(probe.check().name()).isEqualTo(probe.name());
  }
}
