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
package io.github.handymanworkflows.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MeasuredProbeTest {

  private final AtomicLong nanos = new AtomicLong(1_000);

  @Test
  void measuresTheLatencyOfASuccessfulCall() {
    MeasuredProbe probe =
        new MeasuredProbe(
            "mongo", () -> nanos.addAndGet(Duration.ofMillis(12).toNanos()), nanos::get);

    ProbeResult result = probe.check();

    assertThat(result).isEqualTo(ProbeResult.up("mongo", Duration.ofMillis(12)));
  }

  @Test
  void aThrowingCallIsDownWithOnlyTheExceptionType() {
    MeasuredProbe probe =
        new MeasuredProbe(
            "redis",
            () -> {
              nanos.addAndGet(Duration.ofMillis(3).toNanos());
              throw new IllegalStateException("redis://:hunter2@cache:6379 refused");
            },
            nanos::get);

    ProbeResult result = probe.check();

    assertThat(result.status()).isEqualTo(HealthStatus.DOWN);
    assertThat(result.latency()).isEqualTo(Duration.ofMillis(3));
    assertThat(result.detail()).isEqualTo("IllegalStateException");
  }

  @Test
  void anInterruptedCallKeepsTheInterruptFlag() {
    MeasuredProbe probe =
        MeasuredProbe.of(
            "mail",
            () -> {
              throw new InterruptedException();
            });

    ProbeResult result = probe.check();

    assertThat(result.status()).isEqualTo(HealthStatus.DOWN);
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void aHangingCallIsDownWhenTheTimeoutPassesAndIsInterrupted() throws Exception {
    java.util.concurrent.CountDownLatch interrupted = new java.util.concurrent.CountDownLatch(1);
    MeasuredProbe probe =
        MeasuredProbe.of(
            "redis",
            () -> {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
              }
              return null;
            },
            java.time.Duration.ofMillis(100));

    ProbeResult result = probe.check();

    assertThat(result.status()).isEqualTo(HealthStatus.DOWN);
    assertThat(result.detail()).isEqualTo("timed out after PT0.1S");
    assertThat(result.latency()).isLessThan(java.time.Duration.ofSeconds(30));
    assertThat(interrupted.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aTimedCallThatAnswersInTimeIsUpAndAFailureNamesOnlyItsType() {
    assertThat(
            MeasuredProbe.of("db", () -> "pong", java.time.Duration.ofSeconds(5)).check().status())
        .isEqualTo(HealthStatus.UP);
    ProbeResult failed =
        MeasuredProbe.of(
                "db",
                () -> {
                  throw new IllegalStateException("mongodb://admin:secret@db");
                },
                java.time.Duration.ofSeconds(5))
            .check();
    assertThat(failed.status()).isEqualTo(HealthStatus.DOWN);
    assertThat(failed.detail()).isEqualTo("IllegalStateException");
  }

  @Test
  void onlyAFirstDownOrARealChangeIsWorthAnAlert() {
    Instant at = Instant.EPOCH;
    assertThat(new HealthTransition("p", null, HealthStatus.UP, at).changed()).isFalse();
    assertThat(new HealthTransition("p", null, HealthStatus.UNKNOWN, at).changed()).isFalse();
    assertThat(new HealthTransition("p", null, HealthStatus.DOWN, at).changed()).isTrue();
    assertThat(new HealthTransition("p", HealthStatus.DOWN, HealthStatus.UP, at).changed())
        .isTrue();
    assertThat(new HealthTransition("p", HealthStatus.UP, HealthStatus.UP, at).changed()).isFalse();
  }
}
