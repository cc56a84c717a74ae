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
