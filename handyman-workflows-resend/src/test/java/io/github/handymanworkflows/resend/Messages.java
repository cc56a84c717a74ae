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
package io.github.handymanworkflows.resend;

import io.github.handymanworkflows.mail.Address;
import io.github.handymanworkflows.mail.MailMessage;

/** Valid messages for the tests. */
final class Messages {

  private Messages() {}

  static MailMessage welcome(String key) {
    return to("ada@example.org", key);
  }

  static MailMessage to(String address, String key) {
    return MailMessage.builder()
        .from(Address.of("noreply@handyman.example", "Handyman"))
        .to(Address.of(address, "Ada"))
        .replyTo(Address.of("help@handyman.example"))
        .subject("Welcome to Handyman")
        .html("<p>Hello Ada</p>")
        .text("Hello Ada")
        .idempotencyKey(key)
        .tag("workflow", "send-welcome-email")
        .tag("email", "WELCOME")
        .build();
  }
}
