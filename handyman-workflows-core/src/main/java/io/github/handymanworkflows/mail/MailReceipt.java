package io.github.handymanworkflows.mail;

import java.util.Objects;

/**
 * What a {@link Mailer} returns for an accepted message.
 *
 * @param messageId the provider's id of the delivered message
 * @param duplicate {@code true} when the idempotency key had been seen before, so nothing new was
 *     sent and {@code messageId} is that of the first delivery
 */
public record MailReceipt(String messageId, boolean duplicate) {

  /** Validates the id. */
  public MailReceipt {
    Objects.requireNonNull(messageId, "messageId must not be null");
    if (messageId.isBlank()) {
      throw new IllegalArgumentException("messageId must not be blank");
    }
  }

  /** The same receipt, marked as a duplicate. */
  public MailReceipt asDuplicate() {
    return new MailReceipt(messageId, true);
  }
}
