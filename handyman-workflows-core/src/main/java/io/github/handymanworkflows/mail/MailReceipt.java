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
