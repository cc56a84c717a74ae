package io.github.handymanworkflows.samples.ownworkflow;

import io.github.handymanworkflows.event.EventType;

/**
 * The customer withdrew the request; the follow-up stops.
 *
 * @param quoteId the quote
 */
public record QuoteWithdrawn(String quoteId) {

  /** The wire name {@code shop/quote.withdrawn}. */
  public static final EventType<QuoteWithdrawn> TYPE =
      EventType.of("shop/quote.withdrawn", QuoteWithdrawn.class);

  /** Validates the payload. */
  public QuoteWithdrawn {
    Require.text(TYPE, "quoteId", quoteId);
  }
}
