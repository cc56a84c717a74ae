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
