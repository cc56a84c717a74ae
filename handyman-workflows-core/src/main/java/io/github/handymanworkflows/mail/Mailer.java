package io.github.handymanworkflows.mail;

/**
 * Sends email: the port that the Resend adapter, the outbox and the recording test double
 * implement.
 *
 * <p>Implementations must be thread-safe and honour {@link MailMessage#idempotencyKey()}: a second
 * send with a key already delivered sends nothing and returns the first receipt with {@code
 * duplicate = true}. Errors are classified so the workflow engine retries only what can succeed
 * later.
 */
public interface Mailer {

  /**
   * Sends one message, blocking until the provider has accepted or refused it.
   *
   * @return the receipt; {@link MailReceipt#duplicate()} tells whether the key was seen before
   * @throws MailDeliveryException on a transient failure (network, 5xx, rate limit): retry later
   * @throws MailRejectedException on a permanent failure (invalid address, 4xx): do not retry
   */
  MailReceipt send(MailMessage message);
}
