package io.github.handymanworkflows.mail;

import io.github.handymanworkflows.internal.Masking;

/**
 * A user an email goes to.
 *
 * @param userId the user's id; part of idempotency keys
 * @param email the user's address
 * @param firstName the name to greet; may be blank, then the email greets "there"
 */
public record Recipient(String userId, String email, String firstName) {

  /** Validates the fields. */
  public Recipient {
    Require.text(userId, "userId");
    Address.validate(email, null, "email");
    Require.present(firstName, "firstName");
  }

  /** A recipient. */
  public static Recipient of(String userId, String email, String firstName) {
    return new Recipient(userId, email, firstName);
  }

  /** The address to send to. */
  public Address address() {
    return Address.of(email);
  }

  @Override
  public String toString() {
    return "Recipient[userId=" + userId + ", email=" + Masking.email(email) + "]";
  }
}
