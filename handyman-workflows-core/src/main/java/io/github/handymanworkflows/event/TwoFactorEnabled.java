package io.github.handymanworkflows.event;

import io.github.handymanworkflows.internal.Masking;

/**
 * A user turned on two-factor authentication ({@code auth/2fa.enabled}); triggers the confirmation
 * email.
 *
 * @param userId the user's id
 * @param email the address to notify; masked in {@code toString}
 * @param firstName the name to greet with
 */
public record TwoFactorEnabled(String userId, String email, String firstName) {

  /** The wire name {@code auth/2fa.enabled}. */
  public static final EventType<TwoFactorEnabled> TYPE =
      EventType.of("auth/2fa.enabled", TwoFactorEnabled.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public TwoFactorEnabled {
    FIELDS.text("userId", userId);
    FIELDS.email("email", email);
    FIELDS.text("firstName", firstName);
  }

  @Override
  public String toString() {
    return "TwoFactorEnabled[userId="
        + userId
        + ", email="
        + Masking.email(email)
        + ", firstName="
        + firstName
        + "]";
  }
}
