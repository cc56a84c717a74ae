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
