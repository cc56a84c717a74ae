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
package io.github.handymanworkflows.test.resend;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One email the {@link FakeResendServer} accepted, as it arrived.
 *
 * @param id the id the server answered with
 * @param idempotencyKey the request's {@code Idempotency-Key} (for a batch, the batch's key)
 * @param batch whether it came in a {@code POST /emails/batch}
 * @param from the sender, as sent ({@code "Name" <address>} or a bare address)
 * @param to the recipients, as sent
 * @param replyTo the reply-to addresses, as sent
 * @param subject the subject
 * @param html the HTML body, or null
 * @param text the text body, or null
 * @param tags the tags by name
 * @param headers the custom email headers by name
 */
public record SentEmail(
    String id,
    @Nullable String idempotencyKey,
    boolean batch,
    String from,
    List<String> to,
    List<String> replyTo,
    String subject,
    @Nullable String html,
    @Nullable String text,
    Map<String, String> tags,
    Map<String, String> headers) {

  /** Whether any recipient is {@code address} (case-insensitive, with or without a name). */
  public boolean isTo(String address) {
    String wanted = address.toLowerCase(java.util.Locale.ROOT);
    return to.stream()
        .map(t -> t.toLowerCase(java.util.Locale.ROOT))
        .anyMatch(t -> t.equals(wanted) || t.endsWith("<" + wanted + ">"));
  }

  /** Subject, text and HTML together, for "does the email mention X" checks. */
  public String content() {
    return subject + "\n" + (text == null ? "" : text) + "\n" + (html == null ? "" : html);
  }
}
