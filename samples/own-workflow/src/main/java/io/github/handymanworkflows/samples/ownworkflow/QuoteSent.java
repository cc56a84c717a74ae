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
