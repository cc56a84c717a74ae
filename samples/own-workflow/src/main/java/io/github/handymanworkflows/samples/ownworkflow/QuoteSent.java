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
import io.github.handymanworkflows.event.EventValidationException;

/**
 * The handyman sent the quote.
 *
 * @param quoteId the quote
 * @param amountCents the quoted price in cents
 */
public record QuoteSent(String quoteId, long amountCents) {

  /** The wire name {@code shop/quote.sent}. */
  public static final EventType<QuoteSent> TYPE = EventType.of("shop/quote.sent", QuoteSent.class);

  /** Validates the payload. */
  public QuoteSent {
    Require.text(TYPE, "quoteId", quoteId);
    if (amountCents < 0) {
      throw new EventValidationException(TYPE.name(), "data.amountCents", "must not be negative");
    }
  }
}
