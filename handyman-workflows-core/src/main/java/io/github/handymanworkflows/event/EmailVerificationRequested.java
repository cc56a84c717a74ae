package io.github.handymanworkflows.event;

import io.github.handymanworkflows.internal.Masking;
import java.time.Instant;

/**
 * A user must confirm their email address ({@code auth/email.verification.requested}); triggers the
 * verification email.
 *
 * <p>The token travels in the payload because the email links to it. It is masked in {@code
 * toString} and must never be logged.
 *
 * @param userId the user's id
 * @param email the address to confirm; masked in {@code toString}
 * @param firstName the name to greet with
 * @param token the raw verification token for the link; masked in {@code toString}
 * @param expiresAt when the token stops working, so the email can say so
 */
public record EmailVerificationRequested(
    String userId, String email, String firstName, String token, Instant expiresAt) {

  /** The wire name {@code auth/email.verification.requested}. */
  public static final EventType<EmailVerificationRequested> TYPE =
      EventType.of("auth/email.verification.requested", EmailVerificationRequested.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public EmailVerificationRequested {
    FIELDS.text("userId", userId);
    FIELDS.email("email", email);
    FIELDS.text("firstName", firstName);
    FIELDS.text("token", token);
    FIELDS.required("expiresAt", expiresAt);
  }

  @Override
  public String toString() {
    return "EmailVerificationRequested[userId="
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
