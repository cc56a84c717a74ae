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

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.event.OnboardingStarted;
import io.github.handymanworkflows.handyman.HandymanProfile;
import io.github.handymanworkflows.health.MeasuredProbe;
import io.github.handymanworkflows.scenarios.ScenarioWorld;
import io.github.handymanworkflows.session.SessionRecord;
import io.github.handymanworkflows.test.InMemoryWorld;
import io.github.handymanworkflows.test.MarketplaceScenarios;
import io.github.handymanworkflows.test.PortWorld;
import io.github.handymanworkflows.test.data.TestHandymen;
import io.github.handymanworkflows.test.data.TestPlaces;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.test.faults.FaultSweep;
import io.github.handymanworkflows.test.faults.Outcome;
import io.github.handymanworkflows.test.faults.SweepReport;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.HandymanWorkflows;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fault-injection sweep over a scenario of every workflow and consumer of the library: each
 * scenario is played fault-free, then once per port call with one transient failure there (before
 * the call, and after it with the answer lost), and must end the same way each time.
 */
class WorkflowFaultSweepTest {

  static final Instant MONDAY = Marketplace.START; // 2026-01-05T09:00Z
  static final String CUSTOMER = "customer-1";

  @Test
  void everyWorkflowEndsTheSameWhenAnyPortCallFailsOnce() {
    Set<String> ran = new TreeSet<>();
    FaultSweep.Builder sweep =
        FaultSweep.builder("workflows")
            // How many rows an idempotent delete removed: after a lost answer the retry removes
            // nothing and counts zero. The rows are gone either way, which the state comparison
            // checks.
            .ignoring("/runs/\\d+/output/(tokensDeleted|sessionsDeleted|sessionsEnded)");
    scenario(sweep, ran, MarketplaceScenarios.accountEmails());
    scenario(
        sweep,
        ran,
        "onboarding",
        Set.of(),
        WorkflowFaultSweepTest::seedAccounts,
        m -> {
          m.driver.send(
              OnboardingStarted.TYPE.event(
                  new OnboardingStarted("h1", "h1@example.com", "Tunde", Role.HANDYMAN)));
          m.driver.send(
              OnboardingStarted.TYPE.event(
                  new OnboardingStarted("u3", "u3@example.com", "Ada", Role.CUSTOMER)));
          m.driver.advance(Duration.ofDays(5));
        });
    scenario(sweep, ran, MarketplaceScenarios.jobLifecycle());
    scenario(
        sweep,
        ran,
        "job nobody accepts",
        Set.of(),
        MarketplaceScenarios::seedJobs,
        m -> {
          m.driver.send(MarketplaceScenarios.post(m.world, "job-2", MONDAY));
          m.driver.advance(Duration.ofHours(5));
        });
    scenario(
        sweep,
        ran,
        "security monitoring",
        Set.of("security-monitoring-flow"),
        w -> {
          seedAccounts(w);
          for (int i = 0; i < 12; i++) {
            w.loginAttempts.recordFailure("u1", MONDAY.plus(Duration.ofMinutes(10 + i)));
          }
          w.sessions.save(
              new SessionRecord("s-u1", "u1", MONDAY, MONDAY.plus(Duration.ofDays(7)), MONDAY));
        },
        m -> m.driver.advanceTo(Instant.parse("2026-01-05T12:00:00Z")));
    scenario(sweep, ran, MarketplaceScenarios.cleanupAndRecovery());
    scenario(
        sweep,
        ran,
        "weekly maintenance",
        Set.of("weekly-maintenance-flow"),
        w -> {
          // No expired tokens: the report mails how many a delete removed, which a lost answer
          // cannot keep (the nightly cleanup scenario covers the deletes).
          seedUsers(w);
          w.users.save(
              TestUsers.customer("gone")
                  .lastLoginAt(Instant.parse("2024-06-01T00:00:00Z"))
                  .build());
        },
        m -> m.driver.advanceTo(Instant.parse("2026-01-11T03:00:00Z")));
    scenario(sweep, ran, MarketplaceScenarios.analytics());
    scenario(
        sweep,
        ran,
        "system health",
        Set.of("system-health-flow"),
        w -> {
          seedAccounts(w);
          boolean[] down = {false, true, true, false};
          int[] call = {0};
          w.probes.add(
              new MeasuredProbe(
                  "mongo",
                  () -> {
                    if (down[Math.min(call[0]++, down.length - 1)]) {
                      throw new IOException("connection refused");
                    }
                    return "pong";
                  },
                  () -> 0L));
        },
        m -> m.driver.advance(Duration.ofMinutes(60)));
    scenario(
        sweep,
        ran,
        "handyman performance",
        Set.of("handyman-performance-flow"),
        w -> {
          seedAccounts(w);
          handyman(w, "h-low", TestHandymen.stats(4, 8, MONDAY.minus(Duration.ofDays(2))));
          handyman(w, "h-top", TestHandymen.stats(6, 29, MONDAY.minus(Duration.ofDays(1))));
        },
        m -> m.driver.advanceTo(Instant.parse("2026-01-12T00:00:00Z")));

    SweepReport report = sweep.build().run();

    Set<String> functions =
        HandymanWorkflows.all(new InMemoryWorld().dependencies(java.time.Clock.systemUTC()))
            .stream()
            .map(WorkflowFunction::id)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(ran).as("functions run by the sweep's scenarios").containsAll(functions);
    assertThat(report.faultsTried()).isGreaterThan(100);
    report.assertNoDifferences();
  }

  /** Adds one of the marketplace scenarios shared with the adapter modules. */
  static void scenario(
      FaultSweep.Builder sweep, Set<String> ran, MarketplaceScenarios.Scenario shared) {
    sweep.scenario(
        shared.name(),
        faults -> {
          ScenarioWorld world = ScenarioWorld.create();
          MarketplaceScenarios.Play play =
              new MarketplaceScenarios.Play(shared, world.ports(), world.engineStore(), faults);
          Outcome outcome = world.outcome().runs(play.driver.engine()).build();
          synchronized (ran) {
            play.driver.engine().all().stream().map(RunRecord::functionId).forEach(ran::add);
          }
          return outcome;
        });
  }

  /** Adds a scenario starting on Monday 2026-01-05 09:00 UTC. */
  static void scenario(
      FaultSweep.Builder sweep,
      Set<String> ran,
      String name,
      Set<String> crons,
      Consumer<PortWorld> seed,
      Consumer<Marketplace> script) {
    scenario(sweep, ran, name, MONDAY, crons, seed, script);
  }

  /**
   * Adds a scenario in which only the cron functions in {@code crons} are scheduled, remembering
   * which functions its plays ran.
   */
  static void scenario(
      FaultSweep.Builder sweep,
      Set<String> ran,
      String name,
      Instant start,
      Set<String> crons,
      Consumer<PortWorld> seed,
      Consumer<Marketplace> script) {
    sweep.scenario(
        name,
        faults -> {
          Marketplace m = new Marketplace(faults, start, WorkflowSettings.defaults(), seed, crons);
          script.accept(m);
          Outcome outcome = m.outcome();
          synchronized (ran) {
            m.driver.engine().all().stream().map(RunRecord::functionId).forEach(ran::add);
          }
          return outcome;
        });
  }

  static void seedAccounts(PortWorld w) {
    MarketplaceScenarios.seedAccounts(w);
    w.users.save(TestUsers.customer("u3").name("Ada", "").build());
  }

  static void seedUsers(PortWorld w) {
    w.users.save(TestUsers.admin("admin-1").name("Amaka", "Obi").build());
    w.users.save(TestUsers.customer("u1").name("Ada", "Obi").emailVerified(false).build());
    w.users.save(TestUsers.customer("u2").name("Bola", "Ade").build());
    w.users.save(TestUsers.handyman("h1").name("Tunde", "Bello").build());
    w.users.save(TestUsers.handyman("h2").name("Sade", "Ojo").build());
    w.users.save(TestUsers.customer("u3").name("Ada", "").build());
  }

  static void handyman(
      PortWorld w, String id, io.github.handymanworkflows.handyman.HandymanStats stats) {
    w.users.save(TestUsers.handyman(id).name("Tunde", id).build());
    HandymanProfile profile =
        TestHandymen.matchable(id, TestPlaces.IKEJA, "plumbing").withStats(stats);
    w.handymen.save(profile);
  }
}
