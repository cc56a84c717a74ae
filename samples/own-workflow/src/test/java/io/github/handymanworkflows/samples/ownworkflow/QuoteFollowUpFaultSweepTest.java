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
package io.github.handymanworkflows.samples.ownworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.test.WorkflowTestDriver;
import io.github.handymanworkflows.test.faults.FaultSweep;
import io.github.handymanworkflows.test.faults.Outcome;
import io.github.handymanworkflows.test.faults.SweepReport;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The guide's workflow under the fault-injection sweep: whichever notifier call fails once (before
 * it ran, or after it ran with its answer lost), the retried run ends as the fault-free one did,
 * with no notification lost or sent twice.
 */
class QuoteFollowUpFaultSweepTest {

  // tag::sweep[]
  @Test
  void quoteFollowUpSurvivesAnyOneFailedNotification() {
    SweepReport report =
        FaultSweep.builder("quote-follow-up")
            .scenario(
                "no quote: reminder, then the customer is told",
                faults -> {
                  ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
                  RecordingQuoteNotifier notifier = new RecordingQuoteNotifier();
                  QuoteNotifier faulty = faults.wrap(QuoteNotifier.class, "notifier", notifier);
                  WorkflowTestDriver driver =
                      FaultSweep.driver(clock) // retries a failed step at once
                          .functions(QuoteFollowUp.function(faulty))
                          .build();
                  driver.send(QuoteRequested.TYPE.event(new QuoteRequested("q_1", "c_1", "h_1")));
                  driver.advance(QuoteFollowUp.WAIT);
                  driver.advance(QuoteFollowUp.WAIT);
                  return Outcome.builder()
                      .add("notifications", notifier.sent())
                      .runs(driver.engine())
                      .build();
                })
            .scenario(
                "a quote after the reminder",
                faults -> {
                  ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
                  RecordingQuoteNotifier notifier = new RecordingQuoteNotifier();
                  QuoteNotifier faulty = faults.wrap(QuoteNotifier.class, "notifier", notifier);
                  WorkflowTestDriver driver =
                      FaultSweep.driver(clock).functions(QuoteFollowUp.function(faulty)).build();
                  driver.send(QuoteRequested.TYPE.event(new QuoteRequested("q_2", "c_2", "h_2")));
                  driver.advance(QuoteFollowUp.WAIT);
                  driver.advance(Duration.ofHours(2));
                  driver.send(QuoteSent.TYPE.event(new QuoteSent("q_2", 12_000)));
                  return Outcome.builder()
                      .add("notifications", notifier.sent())
                      .runs(driver.engine())
                      .build();
                })
            .build()
            .run(); // writes target/fault-sweep/quote-follow-up.txt

    report.assertNoDifferences(); // fails naming the scenario, the call, the mode and the diff
    assertThat(report.faultsTried()).isEqualTo(6); // 3 notifier calls x 2 modes
  }
  // end::sweep[]
}
