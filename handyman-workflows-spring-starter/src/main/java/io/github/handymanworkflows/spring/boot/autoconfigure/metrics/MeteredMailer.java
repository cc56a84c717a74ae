package io.github.handymanworkflows.spring.boot.autoconfigure.metrics;

import io.github.handymanworkflows.mail.MailDeliveryException;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.mail.MailReceipt;
import io.github.handymanworkflows.mail.Mailer;
import java.util.List;
import java.util.Objects;

/**
 * Counts the emails a {@link Mailer} sends and fails to send; behaves exactly like it otherwise.
 */
public final class MeteredMailer implements Mailer {

  private final Mailer delegate;
  private final WorkflowMetrics metrics;

  /** Decorates a mailer. */
  public MeteredMailer(Mailer delegate, WorkflowMetrics metrics) {
    this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
    this.metrics = Objects.requireNonNull(metrics, "metrics must not be null");
  }

  @Override
  public MailReceipt send(MailMessage message) {
    MailReceipt receipt;
    try {
      receipt = delegate.send(message);
    } catch (MailDeliveryException e) {
      metrics.emailFailed("transient");
      throw e;
    } catch (RuntimeException e) {
      metrics.emailFailed("rejected");
      throw e;
    }
    metrics.emailSent(receipt.duplicate());
    return receipt;
  }

  /** Passes the whole list on, so a batching delegate still batches; counts each receipt. */
  @Override
  public List<MailReceipt> sendAll(List<MailMessage> messages) {
    List<MailReceipt> receipts;
    try {
      receipts = delegate.sendAll(messages);
    } catch (MailDeliveryException e) {
      metrics.emailFailed("transient");
      throw e;
    } catch (RuntimeException e) {
      metrics.emailFailed("rejected");
      throw e;
    }
    receipts.forEach(r -> metrics.emailSent(r.duplicate()));
    return receipts;
  }

  /** The decorated mailer. */
  public Mailer delegate() {
    return delegate;
  }
}
