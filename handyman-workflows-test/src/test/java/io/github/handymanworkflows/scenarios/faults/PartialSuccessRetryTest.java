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
package io.github.handymanworkflows.scenarios.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.health.MeasuredProbe;
import io.github.handymanworkflows.session.SessionRecord;
import io.github.handymanworkflows.test.PortWorld;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.test.faults.FaultInjector;
import io.github.handymanworkflows.test.faults.FaultMode;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import io.github.handymanworkflows.workflows.account.LockRequested;
import io.github.handymanworkflows.workflows.maintenance.DailyAnalyticsFlow;
import io.github.handymanworkflows.workflows.maintenance.SystemHealthFlow;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The three losses found by injecting one transient failure into a step after some of its writes
 * succeeded: each retried step must end as if nothing had failed.
 */
class PartialSuccessRetryTest {

  static final Instant DETECTED = Marketplace.START;

  @Test
  void lockRetriedAfterTheLockWasWrittenStillEndsSessionsAndTellsTheUser() {
    Marketplace m =
        new Marketplace(FaultInjector.onFirst("sessions.deleteForUser", FaultMode.FAIL_BEFORE));
    m.world.users.save(TestUsers.customer("a").build());
    m.world.sessions.save(
        new SessionRecord(
            "s-1", "a", DETECTED.minusSeconds(600), DETECTED.plusSeconds(3600), DETECTED));
    LockRequested lock = new LockRequested("a", 11, DETECTED.minusSeconds(60), DETECTED);

    m.driver.send(LockRequested.TYPE.event(lock).withId(lock.eventId()));

    assertThat(m.world.users.find("a").orElseThrow().lockedUntil())
        .isEqualTo(DETECTED.plus(Duration.ofHours(24)));
    assertThat(m.world.sessions.find("s-1")).isEmpty();
    assertThat(m.driver.runs("send-account-locked", RunStatus.COMPLETED)).hasSize(1);
    assertThat(m.world.mailer.sent()).hasSize(1);
  }

  @Test
  void reportRetriedAfterItWasStoredIsStillMailed() {
    Instant start = Instant.parse("2026-03-29T12:00:00Z");
    Function<FaultInjector, Marketplace> play =
        faults ->
            new Marketplace(
                faults,
                start,
                WorkflowSettings.defaults(),
                w -> w.users.save(TestUsers.admin("admin-1").build()));
    int afterStore =
        positionAfter(
            play, "reports.saveIfAbsent", m -> run(m, Instant.parse("2026-03-30T01:00:00Z")));
    Marketplace m = play.apply(FaultInjector.at(afterStore, FaultMode.FAIL_BEFORE));

    run(m, Instant.parse("2026-03-30T01:00:00Z"));

    assertThat(m.world.reports.find("daily:2026-03-29")).isPresent();
    assertThat(m.driver.lastRun(DailyAnalyticsFlow.FUNCTION_ID).status())
        .isEqualTo(RunStatus.COMPLETED);
    assertThat(m.world.mailer.sentTo(TestUsers.admin("admin-1").build().email())).hasSize(1);
  }

  @Test
  void healthCheckRetriedAfterTheStatusWasRecordedStillAlerts() {
    AtomicBoolean up = new AtomicBoolean(false);
    Function<FaultInjector, Marketplace> play =
        faults ->
            new Marketplace(faults, DETECTED, WorkflowSettings.defaults(), w -> seedHealth(w, up));
    int record =
        positionAfter(play, "healthStates.record", m -> run(m, DETECTED.plusSeconds(900))) - 1;
    Marketplace m = play.apply(FaultInjector.at(record, FaultMode.ANSWER_LOST));

    run(m, DETECTED.plusSeconds(900));

    assertThat(m.driver.lastRun(SystemHealthFlow.FUNCTION_ID).output().path("alerted").asBoolean())
        .isTrue();
    assertThat(m.world.mailer.sent()).hasSize(1);
  }

  static void seedHealth(PortWorld w, AtomicBoolean up) {
    w.users.save(TestUsers.admin("admin-1").build());
    w.probes.add(
        new MeasuredProbe(
            "mongo",
            () -> {
              if (!up.get()) {
                throw new IOException("connection refused");
              }
              return "pong";
            },
            () -> 0L));
  }

  static void run(Marketplace m, Instant until) {
    m.driver.advanceTo(until);
  }

  /** The position of the call that follows the first {@code call} in a fault-free play. */
  static int positionAfter(
      Function<FaultInjector, Marketplace> play,
      String call,
      java.util.function.Consumer<Marketplace> script) {
    FaultInjector counting = FaultInjector.none();
    script.accept(play.apply(counting));
    int index = counting.calls().indexOf(call);
    assertThat(index).as("calls of a fault-free play: %s", counting.calls()).isNotNegative();
    return index + 2;
  }
}
