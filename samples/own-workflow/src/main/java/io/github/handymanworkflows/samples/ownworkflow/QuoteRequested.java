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

import io.github.handymanworkflows.event.EventType;

/**
 * A customer asked a handyman for a quote.
 *
 * @param quoteId the quote
 * @param customerId who asked
 * @param handymanId who is asked
 */
public record QuoteRequested(String quoteId, String customerId, String handymanId) {

  /** The wire name {@code shop/quote.requested}. */
  public static final EventType<QuoteRequested> TYPE =
      EventType.of("shop/quote.requested", QuoteRequested.class);

  /** Validates the payload: every id is required. */
  public QuoteRequested {
    Require.text(TYPE, "quoteId", quoteId);
    Require.text(TYPE, "customerId", customerId);
    Require.text(TYPE, "handymanId", handymanId);
  }
}
