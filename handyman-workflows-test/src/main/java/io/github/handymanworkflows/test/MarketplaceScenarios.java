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
package io.github.handymanworkflows.test;

import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.domain.Urgency;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.event.AccountLocked;
import io.github.handymanworkflows.event.CustomerJobCompleted;
import io.github.handymanworkflows.event.EmailVerificationRequested;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.HandymanApproved;
import io.github.handymanworkflows.event.HandymanRejected;
import io.github.handymanworkflows.event.JobAccepted;
import io.github.handymanworkflows.event.JobCompleted;
import io.github.handymanworkflows.event.JobPosted;
import io.github.handymanworkflows.event.PasswordResetRequested;
import io.github.handymanworkflows.event.TwoFactorEnabled;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.handyman.HandymanStats;
import io.github.handymanworkflows.job.Job;
import io.github.handymanworkflows.session.SessionRecord;
import io.github.handymanworkflows.test.data.TestHandymen;
import io.github.handymanworkflows.test.data.TestPlaces;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.test.faults.FaultInjector;
import io.github.handymanworkflows.test.faults.FaultSweep;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.token.TokenRecord;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.HandymanWorkflows;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Marketplace scenarios written against the ports' interfaces, so they play over the in-memory
 * world and over an adapter module's ports alike (the library's fault sweep and the MongoDB
 * module's run them): the account emails, a job's whole lifecycle (matching, sleeps, waits,
 * acceptance, completion, ratings), the nightly and weekly crons (token and session clean-up,
 * re-engagement) and the daily and monthly analytics.
 */
public final class MarketplaceScenarios {

  /** Monday 2026-01-05 09:00 UTC, where most scenarios start. */
  public static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");

  /** The customer who posts the jobs. */
  public static final String CUSTOMER = "customer-1";

  /**
   * A scenario.
   *
   * @param name names it in reports
   * @param start the clock's start
   * @param crons the cron functions scheduled (event-triggered functions are always there)
   * @param seed what the world holds at the start
   * @param script what happens
   */
  public record Scenario(
      String name,
      Instant start,
      Set<String> crons,
      Consumer<PortWorld> seed,
      Consumer<Play> script) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** One play of a scenario: the clock, the world and the driver over an engine store. */
  public static final class Play {
    /** The scenario's clock. */
    public final ManualClock clock;

    /** The world it plays in. */
    public final PortWorld world;

    /** The driver, retrying failed steps at once as a fault sweep needs. */
    public final WorkflowTestDriver driver;

    /** Seeds the world and plays the scenario through ports wrapped by {@code faults}. */
    public Play(Scenario scenario, PortWorld world, EngineStore store, FaultInjector faults) {
      this.clock = new ManualClock(scenario.start());
      this.world = world;
      scenario.seed().accept(world);
      List<WorkflowFunction> functions =
          HandymanWorkflows.all(world.dependencies(clock, WorkflowSettings.defaults(), faults))
              .stream()
              .filter(
                  fn ->
                      scenario.crons().contains(fn.id())
                          || fn.triggers().stream().noneMatch(t -> t instanceof Trigger.OnCron))
              .toList();
      this.driver =
          FaultSweep.driver(clock)
              .registry(HandymanWorkflows.registry())
              .functions(functions)
              .store(store)
              .build();
      scenario.script().accept(this);
    }
  }

  private MarketplaceScenarios() {}

  /** Every scenario here. */
  public static List<Scenario> all() {
    return List.of(accountEmails(), jobLifecycle(), cleanupAndRecovery(), analytics());
  }

  /** Every account email: welcome, verification, reset, 2FA, locked, approved, rejected. */
  public static Scenario accountEmails() {
    return new Scenario(
        "account emails",
        MONDAY,
        Set.of(),
        MarketplaceScenarios::seedAccounts,
        p -> {
          p.driver.send(
              UserRegistered.TYPE.event(
                  new UserRegistered("u1", "u1@example.com", "Ada", "Obi", Role.CUSTOMER)));
          p.driver.send(
              EmailVerificationRequested.TYPE.event(
                  new EmailVerificationRequested("u1", "tok-v1")));
          p.driver.send(
              PasswordResetRequested.TYPE.event(new PasswordResetRequested("u2", "tok-r2")));
          p.driver.send(
              TwoFactorEnabled.TYPE.event(new TwoFactorEnabled("u2", "u2@example.com", "Bola")));
          p.driver.send(
              AccountLocked.TYPE.event(
                  new AccountLocked(
                      "u2",
                      "u2@example.com",
                      "Bola",
                      "locked by support",
                      MONDAY.plusSeconds(3600))));
          p.driver.send(
              HandymanApproved.TYPE.event(
                  new HandymanApproved("h1", "h1@example.com", "Tunde", null, "admin-1", MONDAY)));
          p.driver.send(
              HandymanRejected.TYPE.event(
                  new HandymanRejected(
                      "h2",
                      "h2@example.com",
                      "Sade",
                      null,
                      "admin-1",
                      "Documents unreadable",
                      MONDAY)));
        });
  }

  /** A job posted, matched, accepted, completed and rated, with its reminders. */
  public static Scenario jobLifecycle() {
    return new Scenario(
        "job lifecycle",
        MONDAY,
        Set.of(),
        MarketplaceScenarios::seedJobs,
        p -> {
          p.driver.send(post(p.world, "job-1", MONDAY));
          p.driver.advance(Duration.ofMinutes(30));
          p.world.jobs.accept("job-1", "h-near", p.clock.instant());
          p.driver.send(
              JobAccepted.TYPE.event(
                  new JobAccepted("h-near", "job-1", CUSTOMER, p.clock.instant())));
          p.driver.advance(Duration.ofHours(3));
          p.world.jobs.complete("job-1", Money.of(4_500_000, "NGN"), p.clock.instant());
          p.driver.send(
              JobCompleted.TYPE
                  .event(new JobCompleted("h-near", "job-1", CUSTOMER, p.clock.instant(), 4, null))
                  .withId("completed-job-1"));
          p.driver.send(
              CustomerJobCompleted.TYPE.event(
                  new CustomerJobCompleted(CUSTOMER, "job-1", "h-near", "Tunde", 5)));
          p.driver.advance(Duration.ofDays(4));
        });
  }

  /** The nightly token and session clean-up and the weekly re-engagement, over a week. */
  public static Scenario cleanupAndRecovery() {
    return new Scenario(
        "nightly cleanup and weekly recovery",
        MONDAY,
        Set.of("cleanup-expired-tokens", "account-recovery-flow"),
        w -> {
          seedAccounts(w);
          w.users.save(
              TestUsers.customer("idle")
                  .lastLoginAt(Instant.parse("2025-10-01T00:00:00Z"))
                  .build());
          for (int i = 0; i < 3; i++) {
            w.tokens.save(
                TokenRecord.issue(
                    "t" + i,
                    "u1",
                    TokenKind.VERIFICATION,
                    "raw-t" + i,
                    MONDAY.minus(Duration.ofDays(2)),
                    Duration.ofHours(1)));
          }
          w.sessions.save(
              new SessionRecord(
                  "old",
                  "u1",
                  MONDAY.minus(Duration.ofDays(9)),
                  MONDAY.minus(Duration.ofDays(2)),
                  MONDAY.minus(Duration.ofDays(2))));
        },
        p -> p.driver.advanceTo(Instant.parse("2026-01-12T09:00:00Z")));
  }

  /** The daily and monthly analytics reports at a month's end. */
  public static Scenario analytics() {
    return new Scenario(
        "daily and monthly analytics",
        Instant.parse("2026-01-31T12:00:00Z"),
        Set.of("daily-analytics-flow", "monthly-analytics-flow"),
        w -> {
          seedAccounts(w);
          w.users.save(
              TestUsers.customer("new").createdAt(Instant.parse("2026-01-31T10:00:00Z")).build());
        },
        p -> p.driver.advanceTo(Instant.parse("2026-02-01T02:00:00Z")));
  }

  /** Admin, customers u1 and u2, handymen h1 and h2, and a token each for u1 and u2. */
  public static void seedAccounts(PortWorld w) {
    w.users.save(TestUsers.admin("admin-1").name("Amaka", "Obi").build());
    w.users.save(TestUsers.customer("u1").name("Ada", "Obi").emailVerified(false).build());
    w.users.save(TestUsers.customer("u2").name("Bola", "Ade").build());
    w.users.save(TestUsers.handyman("h1").name("Tunde", "Bello").build());
    w.users.save(TestUsers.handyman("h2").name("Sade", "Ojo").build());
    w.issueToken("tok-v1", "u1", TokenKind.VERIFICATION, MONDAY, Duration.ofDays(1));
    w.issueToken("tok-r2", "u2", TokenKind.PASSWORD_RESET, MONDAY, Duration.ofHours(1));
  }

  /** The accounts, the customer and two matchable plumbers near Ikeja. */
  public static void seedJobs(PortWorld w) {
    seedAccounts(w);
    w.users.save(TestUsers.customer(CUSTOMER).name("Chioma", "Eze").build());
    for (String id : List.of("h-near", "h-close")) {
      w.users.save(TestUsers.handyman(id).name("Tunde", id).build());
      w.handymen.save(
          TestHandymen.matchable(id, TestPlaces.IKEJA, "plumbing")
              .withStats(HandymanStats.empty()));
    }
  }

  /** Stores an open plumbing job in Ikeja and returns its {@code job/posted} event. */
  public static Event<JobPosted> post(PortWorld w, String jobId, Instant at) {
    Job job =
        Job.open(
            jobId,
            CUSTOMER,
            "Fix the kitchen sink",
            "plumbing",
            TestPlaces.at(TestPlaces.IKEJA),
            Urgency.HIGH,
            Money.of(5_000_000, "NGN"),
            at);
    w.jobs.save(job);
    return JobPosted.TYPE
        .event(
            new JobPosted(
                CUSTOMER,
                jobId,
                job.title(),
                "Plumbing",
                job.location(),
                job.urgency(),
                job.budget()))
        .withId("posted-" + jobId);
  }
}
