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
package io.github.handymanworkflows.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

  /**
   * Sends many messages, for example one report per admin. Providers with a batch API (Resend)
   * override this to send them in as few requests as they allow; by default each message is sent
   * with {@link #send(MailMessage)}, in order. Every message keeps its idempotency semantics: a
   * repeated call delivers nothing twice.
   *
   * @return one receipt per message, in the order given
   * @throws MailDeliveryException on a transient failure; messages before the failure may have been
   *     delivered, and a retry of the same list delivers only the rest
   * @throws MailRejectedException on a permanent failure
   */
  default List<MailReceipt> sendAll(List<MailMessage> messages) {
    Objects.requireNonNull(messages, "messages must not be null");
    List<MailReceipt> receipts = new ArrayList<>(messages.size());
    for (MailMessage message : messages) {
      receipts.add(send(message));
    }
    return List.copyOf(receipts);
  }
}
