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
package io.github.handymanworkflows.scenarios.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.HealthStatus;
import io.github.handymanworkflows.health.MeasuredProbe;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.maintenance.SystemHealthFlow;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SystemHealthFlowScenarioTest {

  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  final AtomicBoolean mongoUp = new AtomicBoolean(true);
  final AtomicLong nanos = new AtomicLong();
  final MaintenanceScenario s =
      new MaintenanceScenario(START, WorkflowSettings.defaults(), probes());

  List<HealthProbe> probes() {
    List<HealthProbe> seeded = new ArrayList<>();
    seeded.add(
        new MeasuredProbe(
            "mongo",
            () -> {
              nanos.addAndGet(12_000_000);
              if (!mongoUp.get()) {
                throw new IOException("connection refused");
              }
              return "pong";
            },
            nanos::get));
    seeded.add(new MeasuredProbe("redis", () -> nanos.addAndGet(3_000_000), nanos::get));
    return seeded;
  }

  /** Runs the check at the next quarter hour with mongo up or down. */
  void check(boolean up) {
    mongoUp.set(up);
    s.driver.advance(Duration.ofMinutes(15));
  }

  List<MailMessage> alerts() {
    return s.mailsWithPrefix("health-alert:admin-1:");
  }

  @Test
  void alertsOnlyWhenAProbeGoesDownOrRecovers() {
    check(true);
    check(true);
    assertThat(alerts()).isEmpty();

    check(false);
    assertThat(alerts()).hasSize(1);
    MailMessage down = alerts().get(0);
    assertThat(down.subject()).isEqualTo("[Alert] Handyman system status: DEGRADED");
    assertThat(down.text())
        .contains("mongo: DOWN, latency 12 ms (IOException)", "redis: UP, latency 3 ms");
    assertThat(down.idempotencyKey())
        .isEqualTo(
            "health-alert:admin-1:" + Instant.parse("2026-01-05T09:45:00Z").getEpochSecond());

    check(false);
    check(false);
    assertThat(alerts()).hasSize(1);

    check(true);
    assertThat(alerts()).hasSize(2);
    assertThat(alerts().get(1).subject()).isEqualTo("[Recovered] Handyman system status: HEALTHY");

    check(false);
    check(true);
    assertThat(alerts()).hasSize(4);
    assertThat(s.mailsWithPrefix("health-alert:admin-2:")).hasSize(4);
    assertThat(s.mailsWithPrefix("health-alert:admin-old:")).isEmpty();

    RunRecord last = s.driver.lastRun(SystemHealthFlow.FUNCTION_ID);
    assertThat(last.output().path("overallStatus").asText()).isEqualTo("HEALTHY");
    assertThat(last.output().path("alerted").asBoolean()).isTrue();
    assertThat(s.driver.runs(SystemHealthFlow.FUNCTION_ID)).hasSize(8);
    assertThat(s.world.healthStates.find("mongo").orElseThrow().status())
        .isEqualTo(HealthStatus.UP);
  }

  @Test
  void firstObservationDownAlertsAtOnce() {
    check(false);

    assertThat(alerts()).hasSize(1);
    RunRecord run = s.driver.lastRun(SystemHealthFlow.FUNCTION_ID);
    assertThat(run.output().path("probesDown").asInt()).isEqualTo(1);
    assertThat(run.output().path("adminsAlerted").asInt()).isEqualTo(2);
  }

  @Test
  void alertSurvivesProviderOutage() {
    check(true);
    s.world.mailer.failNextTransiently(1);
    check(false);
    s.driver.advance(Duration.ofMinutes(1));

    assertThat(alerts()).hasSize(1);
    assertThat(s.mailsWithPrefix("health-alert:admin-2:")).hasSize(1);
  }
}
