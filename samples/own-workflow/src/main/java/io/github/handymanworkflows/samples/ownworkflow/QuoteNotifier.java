package io.github.handymanworkflows.samples.ownworkflow;

/**
 * The example's port: how the host reaches people. A real host sends email or push messages; each
 * call may be retried, so an implementation de-duplicates by quote id.
 */
public interface QuoteNotifier {

  /** Reminds the handyman that a quote is waiting. */
  void remindHandyman(String quoteId, String handymanId);

  /** Tells the customer that no quote came. */
  void tellCustomerNoQuote(String quoteId, String customerId);
}
