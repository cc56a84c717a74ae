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

import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.test.WorkflowTestDriver;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The guide's workflow on the test kit: a manual clock, days pass in a line. */
class QuoteFollowUpTest {

  // tag::manual-clock[]
  final RecordingQuoteNotifier notifier = new RecordingQuoteNotifier();
  final WorkflowTestDriver driver =
      WorkflowTestDriver.builder()
          .functions(QuoteFollowUp.function(notifier))
          .startingAt(Instant.parse("2026-03-02T09:00:00Z"))
          .build();

  @Test
  void remindsTheHandymanAfterADayThenTellsTheCustomerAfterTwo() {
    driver.send(QuoteRequested.TYPE.event(new QuoteRequested("q_2", "c_2", "h_2")));

    driver.advance(QuoteFollowUp.WAIT.minusMinutes(1));
    assertThat(notifier.sent()).isEmpty();
    driver.advance(Duration.ofMinutes(1));
    assertThat(notifier.sent()).containsExactly("remind h_2 about q_2");

    driver.advance(QuoteFollowUp.WAIT);
    assertThat(notifier.sent())
        .containsExactly("remind h_2 about q_2", "tell c_2 no quote for q_2");
    assertThat(driver.lastRun(QuoteFollowUp.ID).output().asText()).isEqualTo("no-quote");
  }

  // end::manual-clock[]

  @Test
  void aQuoteWithinADayNeedsNoReminder() {
    driver.send(QuoteRequested.TYPE.event(new QuoteRequested("q_1", "c_1", "h_1")));
    driver.advance(Duration.ofHours(3));
    driver.send(QuoteSent.TYPE.event(new QuoteSent("q_1", 12_000)));

    assertThat(driver.lastRun(QuoteFollowUp.ID).status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(driver.lastRun(QuoteFollowUp.ID).output().asText()).isEqualTo("quoted");
    assertThat(notifier.sent()).isEmpty();
  }

  @Test
  void aQuoteForAnotherRequestDoesNotCount() {
    driver.send(QuoteRequested.TYPE.event(new QuoteRequested("q_3", "c_3", "h_3")));
    driver.send(QuoteSent.TYPE.event(new QuoteSent("q_other", 5_000)));
    driver.advance(QuoteFollowUp.WAIT);

    assertThat(notifier.sent()).containsExactly("remind h_3 about q_3");
    assertThat(driver.lastRun(QuoteFollowUp.ID).status()).isEqualTo(RunStatus.RUNNING);
  }

  @Test
  void aWithdrawnRequestStopsTheFollowUp() {
    driver.send(QuoteRequested.TYPE.event(new QuoteRequested("q_4", "c_4", "h_4")));
    driver.send(QuoteWithdrawn.TYPE.event(new QuoteWithdrawn("q_4")));
    driver.advance(QuoteFollowUp.WAIT.multipliedBy(3));

    assertThat(driver.lastRun(QuoteFollowUp.ID).status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(notifier.sent()).isEmpty();
  }

  @Test
  void aMalformedQuoteIsRejectedWhenSentNamingTheField() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                driver.sendJson(
                    "{\"name\":\"shop/quote.sent\",\"data\":{\"quoteId\":\"q_5\",\"amountCents\":-1}}"))
        .hasMessageContaining("data.amountCents");
  }
}
