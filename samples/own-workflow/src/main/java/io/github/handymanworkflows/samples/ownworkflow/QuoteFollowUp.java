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

import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.workflow.Match;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Duration;
import java.util.Optional;

/**
 * Follows up a quote request: waits a day for the quote, reminds the handyman, waits another day,
 * then tells the customer no quote came. A withdrawn request cancels the run.
 *
 * <p>Its event types are declared by using them ({@code trigger}, {@code cancelOn}) and by {@code
 * waitsFor}; the engine derives its registry from them, so nothing else lists them.
 */
public final class QuoteFollowUp {

  /** The function id. */
  public static final String ID = "quote-follow-up";

  /** How long each wait for the quote lasts. */
  public static final Duration WAIT = Duration.ofHours(24);

  private QuoteFollowUp() {}

  /** The function, notifying through {@code notifier}. */
  public static WorkflowFunction function(QuoteNotifier notifier) {
    return Workflow.function(ID, "Quote follow-up")
        .trigger(QuoteRequested.TYPE)
        .cancelOn(QuoteWithdrawn.TYPE, "data.quoteId")
        .waitsFor(QuoteSent.TYPE)
        .retries(3)
        .handler(
            (ctx, step) -> {
              QuoteRequested request = ctx.data(QuoteRequested.TYPE);
              Optional<Event<QuoteSent>> sent =
                  step.waitForEvent(
                      "wait-for-quote", QuoteSent.TYPE, Match.field("data.quoteId"), WAIT);
              if (sent.isEmpty()) {
                step.run(
                    "remind-handyman",
                    () -> notifier.remindHandyman(request.quoteId(), request.handymanId()));
                sent =
                    step.waitForEvent(
                        "wait-after-reminder", QuoteSent.TYPE, Match.field("data.quoteId"), WAIT);
              }
              if (sent.isEmpty()) {
                step.run(
                    "tell-customer",
                    () -> notifier.tellCustomerNoQuote(request.quoteId(), request.customerId()));
                return "no-quote";
              }
              return "quoted";
            });
  }
}
