package io.github.handymanworkflows.event;

import io.github.handymanworkflows.internal.Masking;
import java.time.Instant;

/**
 * A user asked to reset their password ({@code auth/password.reset.requested}); triggers the reset
 * email.
 *
 * <p>The token travels in the payload because the email links to it. It is masked in {@code
 * toString} and must never be logged.
 *
 * @param userId the user's id
 * @param email the address to send the link to; masked in {@code toString}
 * @param firstName the name to greet with
 * @param token the raw reset token for the link; masked in {@code toString}
 * @param expiresAt when the token stops working, so the email can say so
 */
public record PasswordResetRequested(
    String userId, String email, String firstName, String token, Instant expiresAt) {

  /** The wire name {@code auth/password.reset.requested}. */
  public static final EventType<PasswordResetRequested> TYPE =
      EventType.of("auth/password.reset.requested", PasswordResetRequested.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public PasswordResetRequested {
    FIELDS.text("userId", userId);
    FIELDS.email("email", email);
    FIELDS.text("firstName", firstName);
    FIELDS.text("token", token);
    FIELDS.required("expiresAt", expiresAt);
  }

  @Override
  public String toString() {
    return "PasswordResetRequested[userId="
        + userId
        + ", email="
        + Masking.email(email)
        + ", firstName="
        + firstName
        + ", token="
        + Masking.secret(token)
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}
