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
package io.github.handymanworkflows.test.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.mail.Address;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.mail.RecordingMailer;
import io.github.handymanworkflows.test.WorkflowTestDriver;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep on a host's own workflow and port: it finds a lost email, and passes the fix. */
class FaultSweepTest {

  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  /** A host's own port: loyalty points, awarded once per job. */
  interface LoyaltyLedger {
    boolean award(String userId, String jobId, int points);

    boolean awarded(String userId, String jobId);
  }

  static final class InMemoryLoyaltyLedger implements LoyaltyLedger {
    final Map<String, Integer> points = new ConcurrentHashMap<>();

    @Override
    public boolean award(String userId, String jobId, int amount) {
      return points.putIfAbsent(userId + ":" + jobId, amount) == null;
    }

    @Override
    public boolean awarded(String userId, String jobId) {
      return points.containsKey(userId + ":" + jobId);
    }
  }

  record JobDone(String userId, String jobId) {
    static final EventType<JobDone> TYPE = EventType.of("host/job.done", JobDone.class);
  }

  /** Awards and mails in one step; {@code fixed} tells an own earlier award from someone else's. */
  static WorkflowFunction loyaltyFlow(LoyaltyLedger ledger, Mailer mailer, boolean fixed) {
    return Workflow.function("loyalty-flow", "Loyalty")
        .trigger(JobDone.TYPE)
        .retries(2)
        .handler(
            (ctx, step) -> {
              JobDone done = ctx.data(JobDone.TYPE);
              return step.run(
                  "award-and-mail",
                  Boolean.class,
                  () -> {
                    boolean awarded = ledger.award(done.userId(), done.jobId(), 10);
                    if (!awarded && !fixed) {
                      return false; // "already done": the bug the sweep must find
                    }
                    mailer.send(
                        MailMessage.builder()
                            .from(Address.of("no-reply@host.test"))
                            .to(Address.of(done.userId() + "@host.test"))
                            .subject("You earned 10 points")
                            .text("Thanks!")
                            .html("<p>Thanks!</p>")
                            .idempotencyKey("loyalty:" + done.jobId())
                            .build());
                    return true;
                  });
            });
  }

  static FaultSweep sweep(boolean fixed, Path reports) {
    return FaultSweep.builder(fixed ? "loyalty-fixed" : "loyalty-buggy")
        .reportDirectory(reports)
        .scenario(
            "points for a completed job",
            faults -> {
              ManualClock clock = new ManualClock(START);
              InMemoryLoyaltyLedger ledger = new InMemoryLoyaltyLedger();
              RecordingMailer mailer = new RecordingMailer(clock, Duration.ofHours(24));
              WorkflowTestDriver driver =
                  FaultSweep.driver(clock)
                      .registry(EventRegistry.builder().register(JobDone.TYPE).build())
                      .functions(
                          loyaltyFlow(
                              faults.wrap(LoyaltyLedger.class, "ledger", ledger),
                              faults.wrap(Mailer.class, "mailer", mailer),
                              fixed))
                      .build();
              driver.send(JobDone.TYPE.event(new JobDone("ada", "job-1")));
              return Outcome.builder()
                  .state("ledger", ledger)
                  .mail(mailer)
                  .runs(driver.engine())
                  .build();
            })
        .build();
  }

  @Test
  void findsTheEmailLostWhenTheAwardsAnswerIsLost(@TempDir Path reports) throws Exception {
    SweepReport report = sweep(false, reports).run();

    assertThat(report.faultsTried()).isEqualTo(4);
    // Every retry of the step after the award was written skips the email.
    assertThat(report.differences())
        .extracting(
            SweepReport.Difference::position,
            SweepReport.Difference::call,
            SweepReport.Difference::mode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "ledger.award", FaultMode.ANSWER_LOST),
            org.assertj.core.groups.Tuple.tuple(2, "mailer.send", FaultMode.FAIL_BEFORE),
            org.assertj.core.groups.Tuple.tuple(2, "mailer.send", FaultMode.ANSWER_LOST));
    assertThatThrownBy(report::assertNoDifferences)
        .hasMessageContaining("fault at call 1 (ledger.award, ANSWER_LOST)")
        .hasMessageContaining("/mail/0: expected")
        .hasMessageContaining("/runs/0/output: expected true but was false");
    assertThat(Files.readString(reports.resolve("loyalty-buggy.txt")))
        .startsWith(
            "fault sweep loyalty-buggy: 1 scenarios, 4 fault positions tried, 3 differences")
        .contains("points for a completed job");
  }

  @Test
  void passesTheWorkflowThatTreatsItsOwnAwardAsDone(@TempDir Path reports) {
    SweepReport report = sweep(true, reports).run().assertNoDifferences();

    assertThat(report.scenarios())
        .singleElement()
        .satisfies(s -> assertThat(s.portCalls()).isEqualTo(2));
  }

  @Test
  void countsAndFailsOnlyTheChosenCall() {
    FaultInjector faults = FaultInjector.at(2, FaultMode.FAIL_BEFORE);
    InMemoryLoyaltyLedger target = new InMemoryLoyaltyLedger();
    LoyaltyLedger ledger = faults.wrap(LoyaltyLedger.class, "ledger", target);

    assertThat(ledger.award("a", "j", 1)).isTrue();
    assertThatThrownBy(() -> ledger.award("b", "j", 1)).isInstanceOf(InjectedFault.class);
    assertThat(ledger.award("b", "j", 1)).isTrue();
    assertThat(faults.calls()).containsExactly("ledger.award", "ledger.award", "ledger.award");
    assertThat(faults.injected()).contains("call 2 (ledger.award), FAIL_BEFORE");
    assertThat(ledger.toString()).isNotNull();
    assertThat(faults.callCount()).isEqualTo(3);
  }
}
