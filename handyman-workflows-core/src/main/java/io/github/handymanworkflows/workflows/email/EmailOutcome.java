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
package io.github.handymanworkflows.workflows.email;

import io.github.handymanworkflows.mail.MailReceipt;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an email step did, in ids only (no address, no body): it handed the email to the mailer, or
 * skipped it and says why.
 *
 * @param userId the user the email is for
 * @param messageId the provider's message id, or {@code null} when skipped; a send whose key the
 *     provider had seen (a retried step whose first send went out, a repeated event) reports the
 *     first send's id, so "sent before" reads the same as "sent now"
 * @param skipped why nothing was sent, or {@code null} when it was
 */
public record EmailOutcome(String userId, @Nullable String messageId, @Nullable String skipped) {

  /** Validates that exactly one of {@code messageId} and {@code skipped} is set. */
  public EmailOutcome {
    Objects.requireNonNull(userId, "userId must not be null");
    if ((messageId == null) == (skipped == null)) {
      throw new IllegalArgumentException("exactly one of messageId and skipped must be set");
    }
  }

  /** The email was accepted by the mailer (or had been already). */
  public static EmailOutcome sent(String userId, MailReceipt receipt) {
    return new EmailOutcome(userId, receipt.messageId(), null);
  }

  /** Nothing was sent, for a reason that is not an error (the account was deleted, say). */
  public static EmailOutcome skippedBecause(String userId, String reason) {
    return new EmailOutcome(userId, null, reason);
  }

  /** Whether the mailer was called with success. */
  public boolean wasSent() {
    return messageId != null;
  }
}
