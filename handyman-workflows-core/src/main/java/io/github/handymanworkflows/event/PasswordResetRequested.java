package io.github.handymanworkflows.event;

/**
 * A user asked to reset their password ({@code auth/password.reset.requested}); triggers the reset
 * email.
 *
 * <p>The payload names the token by id only: the raw token never travels in an event, which the
 * workflow engine stores (§8 G.35). The email step derives it from the stored record with the
 * {@link io.github.handymanworkflows.token.TokenSecret} and sends it to the address on the account,
 * so an event cannot redirect a reset link elsewhere. Issue the token with {@link
 * io.github.handymanworkflows.token.TokenIssuer}.
 *
 * @param userId the user's id
 * @param tokenId the id of the stored password-reset token
 */
public record PasswordResetRequested(String userId, String tokenId) {

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
    FIELDS.text("tokenId", tokenId);
  }
}
